import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  detectPatientDetails,
  findingKey,
  hasBlockingWarnings,
  redact,
  redactAll,
} from '../../lib/privacy';
import { LABELLED_SENTENCES } from './fixtures/privacy-sentences';

const NOTE = 'Mrs Jones, DOB 12/03/1954, NHS 943 476 5919, a 73-year-old woman on Ward 7B.';

describe('a finding', () => {
  it('says what it is, where it is and what to put instead', () => {
    const [finding] = detectPatientDetails('NHS number 943 476 5919 on the list');
    expect(finding).toEqual({
      id: 'nhs-number:11:943 476 5919',
      kind: 'nhs-number',
      severity: 'warning',
      start: 11,
      end: 23,
      text: '943 476 5919',
      message: 'This looks like an NHS number. Remove it: reflections must not identify patients.',
      placeholder: '[NHS number]',
    });
  });

  it('keeps its id while the same text stays in the same place', () => {
    const ids = detectPatientDetails(NOTE).map((finding) => finding.id);
    expect(detectPatientDetails(`${NOTE} More words after.`).map((finding) => finding.id)).toEqual(ids);
  });

  it('gives each kind a plain message and a neutral placeholder', () => {
    for (const finding of detectPatientDetails(NOTE)) {
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
      expect(finding.placeholder).not.toBe('');
    }
  });
});

describe('detectPatientDetails', () => {
  it('returns findings sorted by start and never overlapping', () => {
    const findings = detectPatientDetails(NOTE);
    expect(findings.map((finding) => finding.kind)).toEqual([
      'name',
      'date-of-birth',
      'nhs-number',
      'age-and-sex',
      'place',
    ]);
    for (const [index, finding] of findings.entries()) {
      expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1]?.end ?? 0);
    }
  });

  it('keeps the warning when a hint overlaps it', () => {
    // "admitted on 12/03/1954" is a seen-date hint; "DOB" makes the same date a date-of-birth warning.
    const findings = detectPatientDetails('admitted on DOB 12/03/1954');
    expect(findings.map(({ kind, text }) => [kind, text])).toEqual([['date-of-birth', '12/03/1954']]);
  });

  it('prefers a labelled hospital number to the NHS-number shape of the same digits', () => {
    const findings = detectPatientDetails('hospital number 9434765919');
    expect(findings.map(({ kind }) => kind)).toEqual(['record-number']);
  });

  it('finds nothing in empty text', () => {
    expect(detectPatientDetails('')).toEqual([]);
  });
});

describe('ignored findings', () => {
  it('keys a finding by its kind and normalised text', () => {
    const [nhs] = detectPatientDetails('NHS 943-476-5919');
    const [name] = detectPatientDetails('Mrs  Jones said');
    expect(nhs && findingKey(nhs)).toBe('nhs-number:9434765919');
    expect(name && findingKey(name)).toBe('name:jones');
  });

  it('leaves out what the user marked "not a patient detail", wherever it moves', () => {
    const keys = detectPatientDetails('Mrs Jones was kind').map(findingKey);
    const later = detectPatientDetails('Today Mrs JONES, DOB 12/03/1954, was kind', { ignored: keys });
    expect(later.map(({ kind }) => kind)).toEqual(['date-of-birth']);
  });

  it('treats the same NHS number with other spacing as the same exception', () => {
    const keys = detectPatientDetails('943 476 5919').map(findingKey);
    expect(detectPatientDetails('9434765919', { ignored: keys })).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces one finding with its placeholder', () => {
    const text = 'Seen with Mrs Jones today';
    const [finding] = detectPatientDetails(text);
    expect(finding && redact(text, finding)).toBe('Seen with Mrs [name] today');
  });

  it('replaces every finding and leaves the rest as written', () => {
    expect(redactAll(NOTE, detectPatientDetails(NOTE))).toBe(
      'Mrs [name], DOB [date of birth], NHS [NHS number], a woman in her seventies on [ward].',
    );
  });

  it('skips a finding that overlaps one already replaced', () => {
    const findings = [
      { start: 0, end: 5, placeholder: '[a]' },
      { start: 3, end: 8, placeholder: '[b]' },
    ];
    expect(redactAll('0123456789', findings)).toBe('012[b]89');
  });

  it('returns the text unchanged when there is nothing to redact', () => {
    expect(redactAll('Ward rounds ran late', [])).toBe('Ward rounds ran late');
  });
});

describe('counting and blocking', () => {
  it('counts warnings and hints', () => {
    expect(countBySeverity(detectPatientDetails(NOTE))).toEqual({ warnings: 3, hints: 2 });
  });

  it('blocks on a warning but never on hints alone', () => {
    expect(hasBlockingWarnings(detectPatientDetails(NOTE))).toBe(true);
    expect(hasBlockingWarnings(detectPatientDetails('a 73-year-old man on Ward 7B'))).toBe(false);
    expect(hasBlockingWarnings([])).toBe(false);
  });
});

// How fast detection is per keystroke is a bench figure (bench/figures/privacy.mjs). These guard against the
// one failure a timing cannot hide on any machine: a pattern whose work grows faster than the text, which
// on 50,000 characters takes seconds, not milliseconds.
describe('never stalls on long or hostile text', () => {
  /** Best of several runs in CPU time, so other work on the machine does not fail the test. */
  function cpuMilliseconds(text: string): number {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 7; run += 1) {
      const before = process.cpuUsage();
      detectPatientDetails(text);
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }

  it('checks a 50,000-character entry of realistic sentences', () => {
    let entry = '';
    for (let index = 0; entry.length < 50_000; index += 1) {
      entry += `${LABELLED_SENTENCES[index % LABELLED_SENTENCES.length]?.text} `;
    }
    expect(cpuMilliseconds(entry.slice(0, 50_000))).toBeLessThan(250);
  });

  it.each([
    ['one long word', 'a'.repeat(50_000)],
    ['one long number', '1'.repeat(50_000)],
    ['spaced digits', '0 '.repeat(25_000)],
    ['repeated titles', 'Mr '.repeat(16_000)],
    ['repeated wards', 'Ward '.repeat(10_000)],
    ['repeated cues', 'DOB patient admitted on the '.repeat(1_800)],
    ['capitalised words', 'Aaa Bbb Ccc '.repeat(4_000)],
    ['at signs', 'a@'.repeat(25_000)],
  ])('stays linear on %s', (_name, text) => {
    expect(cpuMilliseconds(text)).toBeLessThan(250);
  });
});
