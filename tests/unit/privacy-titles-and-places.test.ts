import { describe, expect, it } from 'vitest';
import { detectPatientDetails } from '../../lib/privacy';

const warnings = (text: string) =>
  detectPatientDetails(text)
    .filter(({ severity }) => severity === 'warning')
    .map(({ kind, text: matched }) => `${kind}: ${matched}`);

describe('a patient named in shapes a doctor writes in a hurry', () => {
  it.each([
    ['Handed over Master Ethan Cole, aged 6, with query appendicitis.', 'name: Ethan Cole'],
    ['Sister Agnes, a retired nun admitted with pneumonia, went home today.', 'name: Agnes'],
    ["We discussed Miss Kaur's discharge with the OT before the weekend.", 'name: Kaur'],
    ['Reviewed Miss Amira Saleh in the early pregnancy unit; scan confirmed an ectopic.', 'name: Amira Saleh'],
    ['Reflecting on the night Ayesha deteriorated: I should have called the reg sooner.', 'name: Ayesha'],
    ['We celebrated with Ranjit when his drain finally came out.', 'name: Ranjit'],
    ['Thank you for referring Jacqueline Moore, whom I saw in clinic today.', 'name: Jacqueline Moore'],
    ['spoke to big dave in bay 4 about his drinking, he was more receptive this time', 'name: dave'],
    ['sat with sarah after the scan while she waited for the results', 'name: sarah'],
    ['Home visit to 31 Kingsway for the district nurse.', 'address: 31 Kingsway'],
  ])('warns about %j', (text, finding) => {
    expect(warnings(text)).toEqual([finding]);
  });
});

describe('colleagues with the same titles, and organisations at their own addresses', () => {
  it.each([
    'Sister Hughes on ward 7 runs the best handover I have seen.',
    'Rev Ellis, the hospital chaplain, led the remembrance service for staff.',
    'Professor Campbell examined the trainees in the OSCE.',
    'Trust headquarters: 1 Hospital Way, Leeds LS9 7TF; send the signed forms there.',
    'The deanery office is at 3 Piccadilly Place, Manchester M1 3BN.',
    'I went on the negotiation course at BMA House, Tavistock Square, London WC1H 9JP.',
    'Call the bed bureau on 0114 496 0000 to book beds.',
    'Wigan had the lowest rate of delayed discharges in the region.',
    'Our team (dave, priya and me) ran the teaching on the ward in bay-side simulation.',
  ])('raises no warning in %j', (text) => {
    expect(warnings(text)).toEqual([]);
  });

  it('still warns about a patient at home, with the postcode', () => {
    expect(warnings('She lives at Flat 2, 17 Victoria Road, Hull HU3 2LP, next to the surgery.')).toEqual([
      'address: Flat 2, 17 Victoria Road',
      'postcode: HU3 2LP',
    ]);
  });
});
