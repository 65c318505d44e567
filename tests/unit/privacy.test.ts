import { describe, expect, it } from 'vitest';
import { detectPatientDetails, type FindingKind, isValidNhsNumber, nhsCheckDigit } from '../../lib/privacy';

const found = (text: string) => detectPatientDetails(text).map(({ kind, text: matched }) => [kind, matched]);
const kindsIn = (text: string) => detectPatientDetails(text).map((finding) => finding.kind);

describe('Modulus 11 check digit', () => {
  it.each([
    ['943476591', 9],
    ['401023213', 7],
    ['400000002', 0], // 11 − 0 = 11 counts as 0
    ['123456789', undefined], // 10: no NHS number has these nine digits
    ['400000008', undefined],
    ['12345678', undefined],
    ['94347659a', undefined],
  ])('gives %s the check digit %s', (firstNine, check) => {
    expect(nhsCheckDigit(firstNine)).toBe(check);
  });

  it.each([
    ['943 476 5919', true],
    ['943-476-5919', true],
    ['9434765919', true],
    ['4000000020', true],
    ['943 476 5918', false],
    ['1234567890', false],
    ['94347659190', false],
    ['943 476 591', false],
  ])('judges %s valid: %s', (value, valid) => {
    expect(isValidNhsNumber(value)).toBe(valid);
  });
});

describe('detectPatientDetails finds', () => {
  it.each<[FindingKind, string, string]>([
    ['nhs-number', 'NHS number 943 476 5919 on the sticker', '943 476 5919'],
    ['nhs-number', 'nhs no:943-476-5919', '943-476-5919'],
    ['nhs-number', 'copied 9434765919 by mistake', '9434765919'],
    ['nhs-number', 'spacing 943  476  5919 from the PDF', '943  476  5919'],
    ['date-of-birth', 'DOB 12/03/1954, lives alone', '12/03/1954'],
    ['date-of-birth', 'd.o.b. 12.03.1954', '12.03.1954'],
    ['date-of-birth', 'born 12-03-1954 in Leeds', '12-03-1954'],
    ['date-of-birth', 'Date of birth: 12 March 1954.', '12 March 1954'],
    ['date-of-birth', 'born on the 12th Mar 1954', '12th Mar 1954'],
    ['date-of-birth', 'DOB 1954-03-12', '1954-03-12'],
    ['date-of-birth', '12/03/1954 (DOB) on the form', '12/03/1954'],
    ['record-number', 'MRN 40023871 twice', '40023871'],
    ['record-number', 'hosp no: AB123456', 'AB123456'],
    ['record-number', 'Hospital number RXX1234567', 'RXX1234567'],
    ['record-number', 'wristband RTH4567890', 'RTH4567890'],
    ['record-number', 'unit number 00123456', '00123456'],
    ['record-number', 'CHI number 1203541234', '1203541234'],
    ['record-number', 'case no. 2024/0456', '2024/0456'],
    ['nhs-number', 'NHS number 943 476 5918 (one digit wrong)', '943 476 5918'],
    ['nhs-number', 'his number 48573 65729 on the sheet', '48573 65729'],
    ['nhs-number', 'copied 485.736.5729 from the letter', '485.736.5729'],
    ['date-of-birth', 'She was born 1948-07-03, so had just turned seventy-eight', '1948-07-03'],
    ['date-of-birth', 'The form listed 1955-12-30 as her date of birth', '1955-12-30'],
    ['address', 'lives at 14 Acacia Avenue with her cats', '14 Acacia Avenue'],
    ['address', 'His address is Flat 3, 22 Mill Lane, up three flights', 'Flat 3, 22 Mill Lane'],
    ['address', 'he lived alone at 31 Kingsway with no heating', '31 Kingsway'],
    ['address', 'She lives on Mill Lane with her son', 'Mill Lane'],
    ['name', 'Mrs Stevens was very frightened on the ward', 'Stevens'],
    ['name', 'Mr Francis in bed 4', 'Francis'],
    ['name', 'Mrs Hunt kept asking', 'Hunt'],
    ['name', 'I sat with Sarah after the scan', 'Sarah'],
    ['name', 'John was frightened about the operation', 'John'],
    ['name', "I held Margaret's hand while the drain went in", 'Margaret'],
    ['name', 'I asked Doreen how she was feeling after the scan', 'Doreen'],
    ['name', "Mr Starmer's catheter had been in for six weeks without review", 'Starmer'],
    ['name', 'Gladys, ninety-one, refused to eat', 'Gladys'],
    ['postcode', 'lives at SW1A 1AA now', 'SW1A 1AA'],
    ['postcode', 'M1 1AE', 'M1 1AE'],
    ['postcode', 'near B33 8TH.', 'B33 8TH'],
    ['postcode', 'cr2 6xh', 'cr2 6xh'],
    ['postcode', 'DN55 1PT', 'DN55 1PT'],
    ['postcode', 'postcode sw1a1aa', 'sw1a1aa'],
    ['phone', 'mobile 07700 900123', '07700 900123'],
    ['phone', 'ring 0161 496 0000', '0161 496 0000'],
    ['phone', 'son on +44 7700 900789', '+44 7700 900789'],
    ['phone', '(0113) 496 0123 is the home', '(0113) 496 0123'],
    ['phone', 'tel 020-7946-0958', '020-7946-0958'],
    ['email', 'wrote from jane.doe@nhs.net today', 'jane.doe@nhs.net'],
    ['email', 'M.Khan+notes@Hotmail.co.uk', 'M.Khan+notes@Hotmail.co.uk'],
    ['name', 'Mrs Jones was frightened', 'Jones'],
    ['name', 'Mr A. Khan waited', 'A. Khan'],
    ['name', 'patient John Smith refused', 'John Smith'],
    ['name', 'her son David rang', 'David'],
    ['name', 'his wife, Margaret, said', 'Margaret'],
    ['name', 'a patient called Brian', 'Brian'],
    ['name', 'Ms O’Neill asked', 'O’Neill'],
    ['name', 'the patient, Dr Adeyemi, is a retired GP', 'Adeyemi'],
    ['name', 'Dr Hughes was admitted with sepsis', 'Hughes'],
    ['name', 'mrs patel was upset', 'patel'],
    ['name', 'Jean Thomas, the lady in bed 6, asked', 'Jean Thomas'],
    ['name', "I asked Patricia, the patient's sister, to wait", 'Patricia'],
    ['name', 'Mrs June Brown', 'June Brown'],
  ])('a %s in %j', (kind, text, matched) => {
    expect(found(text)).toContainEqual([kind, matched]);
  });
});

describe('detectPatientDetails leaves alone', () => {
  it.each([
    'the 4-hour target',
    'in 2019 we',
    'Ward rounds ran late',
    'Mr Speaker called order',
    'NHS England',
    '10 of 12 consultants',
    'the CQC report',
    'the 2010 framework',
    'version 2.4.1',
    'handover at 07:30',
    'it cost £1,200,000',
    'up 3.5% on last year',
    'Dr Patel, my supervisor, suggested it',
    'I discussed the patient with Dr Patel',
    'on 12 March we met',
    'Robert Francis QC',
    "The King's Fund",
    'Bruce Keogh',
    'Mr Jones, the consultant surgeon, taught me',
    'the FY1 2nd rotation',
    'at 4pm on the M25',
    'the Patient Safety Incident Response Framework',
    'Mr A and patient B', // initials alone are how reflections anonymise
    "Sarah Jones, the patient's GP, rang",
    "Dr Patel, the patient's consultant, agreed",
    'Unfortunately, the patient died',
    "Mr Patel's theatre list overran",
    'Our matron, Mrs Green, ran the huddle',
    "Mr Hunt's speech on seven-day services",
    'My F1, Dr Jones, saw the patient first',
    'Dr Brown presented to the board',
    "Mr Sunak's speech on waiting lists",
    'Mr Johnson’s government announced forty new hospitals',
    'Dr Spielman of Ofsted spoke about the curriculum',
    'Ms Ardern’s resignation speech struck a chord with our registrars',
    'Mrs Stevens, the lay member of our board, asked about the waiting list',
    'Sarah from the rota team rang about the gaps',
    'I sat with Sarah, the new F1, after her first arrest call',
    'The switchboard number, 0113 243 3144, is on every badge',
    'Our regional team moved into offices at 3 Piccadilly Place',
    'Tom, who was on nights, reviewed the patient in bay 3',
    'I bleeped Priya to see the man in bed 6 who was in pain',
    'I asked Sam to review the lady in bay 2 whose sats were dropping',
    'Mr Patel reviewed the patient in bay 3',
    'Simon Stevens visited the ward in 2016',
  ])('%j', (text) => {
    expect(detectPatientDetails(text).filter((finding) => finding.severity === 'warning')).toEqual([]);
  });

  it('never calls ten unbroken digits with a wrong check digit an NHS number', () => {
    expect(kindsIn('board paper reference 9434765918')).not.toContain('nhs-number');
  });
});

describe('hints', () => {
  it.each([
    ['a 73-year-old man', 'a man in his seventies'],
    ['A 73-year-old man', 'A man in his seventies'],
    ['the 73-year-old man', 'man in his seventies'],
    ['73 yo female', 'a woman in her seventies'],
    ['aged 73, male', 'a man in his seventies'],
    ['a woman aged 84', 'a woman in her eighties'],
    ['an 8 year old girl', 'a girl'],
    ['a 16-year-old boy', 'a teenage boy'],
    ['a 45 year old patient', 'a patient in their forties'],
    ['92F admitted with delirium', 'a woman in her nineties'],
  ])('suggests a life stage for %j', (text, placeholder) => {
    const [finding] = detectPatientDetails(text);
    expect(finding).toMatchObject({ kind: 'age-and-sex', severity: 'hint', placeholder });
  });

  it('replaces only the age after a titled name, which already gives the sex', () => {
    const age = detectPatientDetails('Mrs Khan, 82, lives alone').find(({ kind }) => kind === 'age-and-sex');
    expect(age).toMatchObject({ text: '82', placeholder: 'in her eighties' });
  });

  it('says which details identify a patient together', () => {
    const [finding] = detectPatientDetails(
      'A 33-year-old farmer from Bala with Wilson’s disease was admitted on 8 January.',
    ).filter(({ kind }) => kind === 'combination');
    expect(finding).toMatchObject({ severity: 'hint', text: 'Wilson’s disease' });
    expect(finding?.message).toBe(
      'Together, the exact age (33-year-old), the job (farmer), the place they live (Bala), the rare condition (Wilson’s disease) and the date seen (8 January) could identify the patient, though none would alone. Consider leaving one or two out.',
    );
  });

  it.each([
    ['on Ward 7B overnight', 'Ward 7B'],
    ["at St Mary's Hospital", "St Mary's Hospital"],
    ['the Royal Infirmary', 'Royal Infirmary'],
    ['moved to Oak Ward', 'Oak Ward'],
  ])('names a place in %j', (text, matched) => {
    expect(found(text)).toEqual([['place', matched]]);
  });

  it.each([
    ['seen on 3 March in clinic', '3 March'],
    ['admitted on 12/03/2026', '12/03/2026'],
    ['on the ward on Tuesday 4th', 'Tuesday 4th'],
    ['I saw her on 3 March', '3 March'],
  ])('dates when a patient was seen in %j', (text, matched) => {
    expect(found(text)).toEqual([['seen-date', matched]]);
  });

  it.each([
    'I attended the leadership course on 3 March',
    'I presented the audit on 12 March at governance',
    'the Virtual Ward team',
    'in 10 years adult services will change',
  ])('leaves %j without a hint', (text) => {
    expect(detectPatientDetails(text)).toEqual([]);
  });
});
