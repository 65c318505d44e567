import { describe, expect, it } from 'vitest';
import { detectPatientDetails, type FindingKind } from '../../lib/privacy';

/** What the detector warns about in a sentence, as kind and text. */
const warnings = (text: string) =>
  detectPatientDetails(text)
    .filter(({ severity }) => severity === 'warning')
    .map(({ kind, text: matched }) => `${kind}: ${matched}`);

const kinds = (text: string): FindingKind[] => detectPatientDetails(text).map(({ kind }) => kind);

describe('an NHS number grouped the way someone copied it', () => {
  it.each([
    ['The NHS number in the red book read 94 34 76 59 19, in pencil.', 'nhs-number: 94 34 76 59 19'],
    ['Wristband: 9434 7659 19, checked against the drug chart.', 'nhs-number: 9434 7659 19'],
    ['Pt ref (NHS): 943 47 65 919 – chase the echo.', 'nhs-number: 943 47 65 919'],
  ])('warns about %j', (text, expected) => {
    expect(warnings(text)).toEqual([expected]);
  });

  it.each([
    'Call the rota line on +44 7700 900 123 if the on-call swap falls through.',
    'Datix ref 9434 7659 19 was closed after the governance meeting.',
  ])('leaves alone numbers that are not one: %j', (text) => {
    expect(kinds(text)).not.toContain('nhs-number');
  });
});
