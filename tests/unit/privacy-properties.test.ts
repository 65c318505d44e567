import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPatientDetails, findingKey, nhsCheckDigit } from '../../lib/privacy';

// Ordinary lower-case words, never one of the labels that turn a number into a hospital number.
const LABELS = new Set(['case', 'unit', 'hosp', 'hospital', 'patient', 'record', 'records', 'medical', 'number']);
const word = fc.stringMatching(/^[a-z]{4,10}$/).filter((candidate) => !LABELS.has(candidate));
const words = fc.array(word, { maxLength: 6 }).map((list) => list.join(' '));
const separator = fc.constantFrom(' ', '-', '');
const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => d.join(''));

function spaced(digits: string, between: string): string {
  return `${digits.slice(0, 3)}${between}${digits.slice(3, 6)}${between}${digits.slice(6)}`;
}

// Text with a fair share of the shapes the detectors look for, so properties reach their branches.
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  word,
  fc.constantFrom(
    'Mr ',
    'Dr ',
    'patient ',
    'DOB ',
    'born ',
    'MRN ',
    'Ward 7B',
    ' Hospital',
    '12/03/1954',
    '12 March 1954',
    'SW1A 1AA',
    '07700 900123',
    '943 476 5919',
    '@nhs.net',
    'a 73-year-old man',
    'seen on ',
    'Jones',
    "O'Neill",
    '\n',
    ', ',
    '. ',
  ),
);
const clinicalText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('NHS numbers, for any nine digits', () => {
  it('finds a valid number with spaces, hyphens or none among other words', () => {
    fc.assert(
      fc.property(
        nineDigits.filter((digits) => nhsCheckDigit(digits) !== undefined),
        separator,
        words,
        words,
        (digits, between, before, after) => {
          const nhsNumber = spaced(`${digits}${nhsCheckDigit(digits)}`, between);
          const text = `${before} ${nhsNumber} ${after}`;
          const findings = detectPatientDetails(text).filter((finding) => finding.kind === 'nhs-number');
          expect(findings.map((finding) => finding.text)).toEqual([nhsNumber]);
        },
      ),
    );
  });

  it('never calls ten unbroken digits with the wrong check digit an NHS number', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), words, words, (digits, last, a, b) => {
        fc.pre(last !== nhsCheckDigit(digits));
        const text = `${a} ${digits}${last} ${b}`;
        expect(detectPatientDetails(text).map((finding) => finding.kind)).not.toContain('nhs-number');
      }),
    );
  });

  it('warns about ten digits grouped as an NHS number, whatever the check digit (perhaps mistyped)', () => {
    fc.assert(
      fc.property(
        nineDigits.filter((digits) => !digits.startsWith('0')),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(' ', '-', '.'),
        words,
        words,
        (digits, last, between, a, b) => {
          const text = `${a} ${spaced(`${digits}${last}`, between)} ${b}`;
          expect(detectPatientDetails(text).map((finding) => finding.kind)).toContain('nhs-number');
        },
      ),
    );
  });
});

describe('detectPatientDetails, for any text', () => {
  it('never throws, and every finding slices back to its own text, in order and without overlap', () => {
    fc.assert(
      fc.property(fc.oneof(clinicalText, fc.string({ unit: 'binary' })), (text) => {
        const findings = detectPatientDetails(text);
        let previousEnd = 0;
        for (const finding of findings) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
          expect(finding.end).toBeGreaterThan(finding.start);
          previousEnd = finding.end;
        }
      }),
    );
  });

  it('finds nothing the user has marked as not a patient detail', () => {
    fc.assert(
      fc.property(clinicalText, (text) => {
        const keys = detectPatientDetails(text).map(findingKey);
        const left = detectPatientDetails(text, { ignored: keys }).map(findingKey);
        expect(left.filter((key) => keys.includes(key))).toEqual([]);
      }),
    );
  });
});
