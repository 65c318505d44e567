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

describe('an exact age with the job someone does', () => {
  const combination = (text: string) => detectPatientDetails(text).find(({ kind }) => kind === 'combination');

  it.each([
    ['A 52-year-old bus driver from the depot was seen on 4 June with chest pain.', 'driver'],
    ['The 19-year-old apprentice electrician came in on 2 May after a fall from scaffolding.', 'electrician'],
    ['Our 63-year-old retired headmistress was admitted on 9 April with a stroke.', 'headmistress'],
    ['He was 58, a prison officer at the local jail, and came in on 2 July with chest pain.', 'officer'],
    ['She is 31, a community midwife in our own trust, and was admitted on 6 March.', 'midwife'],
    ['She was the only woman lifeboat volunteer at the harbour and came to clinic on 1 March.', 'the only'],
  ])('hints that the details combine in %j', (text, job) => {
    const found = combination(text);
    expect(found?.severity).toBe('hint');
    expect(found?.message).toContain('the job');
    expect(found?.text).toContain(job.split(' ').at(-1));
  });

  it.each([
    'He was 93, the last surviving Arctic convoy veteran in Whitby, when he came in on 8 May.',
    'The 47-year-old GP partner in Alnwick had a stroke on 3 January.',
  ])('hints at the town someone is in, or the last of a kind, in %j', (text) => {
    expect(combination(text)?.message).toMatch(/^Together, the exact age /);
  });

  it.each([
    'A 73-year-old woman was admitted on 3 May with a fall.',
    'The 80-year-old widower was discharged on 12 June.',
    'A 45-year-old homeless man came in on 5 January with cellulitis.',
    'A 16-year-old teenager was seen on 2 March after an overdose.',
  ])('reads no job into a person described by age in %j', (text) => {
    expect(combination(text)).toBeUndefined();
  });
});

describe('a date of birth said in words, or given as someone’s birthday', () => {
  it.each([
    ['She told me her date of birth, the third of June nineteen forty-one, without a pause.', 'the third of June'],
    ['DOB given as twenty-first of March two thousand and nine by the foster carer.', 'twenty-first of March'],
    ["The girl's birthday, 14th February 2015, was on the front of the referral.", '14th February 2015'],
    ['His birthday (2 October 1950) fell on the day of the operation.', '2 October 1950'],
  ])('warns about %j', (text, date) => {
    const found = warnings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^date-of-birth: /);
    expect(found[0]).toContain(date.replace(/^the /, ''));
  });

  it.each([
    "The NHS's birthday, 5 July 1948, was marked with a tea party on every ward.",
    'My birthday, 12 May 1990, fell on the first day of the rotation.',
    'The board met on the twelfth of May and agreed the winter plan.',
  ])('leaves alone dates that are no patient’s birth: %j', (text) => {
    expect(kinds(text)).not.toContain('date-of-birth');
  });
});

describe('a home address with no street word, in lower case, or in Welsh', () => {
  it.each([
    ['The crew found her at Flat 9, 41 Marine Parade, where she had lain all night.', 'Flat 9, 41 Marine Parade'],
    ['he told me he was back at 7 mill road with his brother since the eviction.', '7 mill road'],
    ['Home visit to 5 Heol y Nant, Llanelli: the stairs were the problem.', '5 Heol y Nant'],
    ['Her home address was given as Flat 2B, 7 Bridge End, Todmorden.', 'Flat 2B, 7 Bridge End'],
    ['He gave his address as the static caravan behind the Red Lion at Alston.', 'the static caravan'],
  ])('warns about %j', (text, expected) => {
    const found = warnings(text).find((warning) => warning.startsWith('address: '));
    expect(found).toContain(expected);
  });

  it.each([
    'Her address to the nursing conference was warm and funny.',
    'His address at the graduation was moving, and everyone stood.',
    'A further 12 major road traffic collisions came through resus that weekend.',
    'There were 3 more road deaths on the bypass this year, and the trauma network noticed.',
    'The practice moved to 22 Kingsway, Hove, in 2019.',
  ])('leaves alone speeches, statistics and organisations: %j', (text) => {
    expect(kinds(text)).not.toContain('address');
  });
});

describe('colleagues named in full or as the teacher of a skill', () => {
  it.each([
    'Our registrar, Dr Amelia Rose Hart, told me to stop apologising and escalate.',
    'The clinical lead, Dr Priya Kelly, asked me to present at the morbidity meeting.',
    'I learned to put in chest drains from Mr Tomasz Nowak, who made me practise on a pork rib.',
    'I was taught how to break bad news by Ms Okafor, who never once rushed a family.',
  ])('does not warn about %j', (text) => {
    expect(warnings(text)).toEqual([]);
  });

  it('still warns about a patient who taught the doctor something', () => {
    expect(warnings('I learned more about dignity from Mrs Nowak, a patient with motor neurone disease.')).toEqual([
      'name: Nowak',
    ]);
  });
});

describe('a patient known by a first name, told the way staff tell it', () => {
  const names = (text: string) => warnings(text).filter((warning) => warning.startsWith('name: '));

  it.each([
    ['We lost Margaret in the night, with her daughter holding her hand.', 'Margaret'],
    ['I lost Tobiah at 4 am, and I still had his bloods in my pocket.', 'Tobiah'],
    ['When Dariusz eventually woke on HDU he asked for his wife.', 'Dariusz'],
    ['Afterwards Ngozi quietly refused the transfusion, and nobody had asked her why.', 'Ngozi'],
  ])('warns about %j', (text, name) => {
    expect(names(text)).toEqual([`name: ${name}`]);
  });

  it.each([
    'We lost Margaret to the private sector last spring, and the rota has not recovered.',
    'When Dariusz finally presented the audit, the board listened.',
  ])('leaves colleagues alone in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a patient known by a nickname, a laugh, or a meeting held about them', () => {
  const names = (text: string) => warnings(text).filter((warning) => warning.startsWith('name: '));

  it.each([
    ['I could not stop thinking about Jodie after the child protection conference.', 'Jodie'],
    ['"Call me Smudge," he said when I clerked him, and the whole bay did.', 'Smudge'],
    ["Ifeanyi's laughter filled the bay on the morning of his discharge.", 'Ifeanyi'],
    ['i sat with wee eilidh while her mum signed the consent form for theatre.', 'eilidh'],
  ])('warns about %j', (text, name) => {
    expect(names(text)).toEqual([`name: ${name}`]);
  });

  it.each([
    'The new consultant said "call me Dave" on his first day, which put the juniors at ease.',
    'I asked Jodie, our safeguarding lead, to chair the best interests meeting.',
    "Ifeanyi's laugh carried across the mess after the rota was finally signed off.",
  ])('leaves colleagues alone in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given name typed in capitals or standing alone as a sentence', () => {
  const names = (text: string) => warnings(text).filter((warning) => warning.startsWith('name: '));

  it.each([
    ['PRIYA refused the cannula twice before her mum calmed her down.', 'PRIYA'],
    ['Was it my fault that TOMASZ collapsed in the ambulance bay?', 'TOMASZ'],
    ['Rose. I keep writing her name and crossing it out since she died on the ward.', 'Rose'],
    ['I think of him often. Kwame. He was nineteen and his scans were clear a month before.', 'Kwame'],
  ])('warns about %j', (text, name) => {
    expect(names(text)).toEqual([`name: ${name}`]);
  });

  it.each([
    'NICE said the new guideline would land in spring, and the board agreed.',
    'AMY said in the survey that the rota was unfair, which is our acronym for the trainee forum.',
    'Sarah. She was the best registrar I ever worked with, and her teaching on the ward was superb.',
    'Thanks, Grace. Your slides on the rota were just what the board needed.',
  ])('leaves %j without a name warning', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('record numbers and birth dates written with fewer clues', () => {
  it.each([
    ['RXQ 482 1937 was on the sticker I found in my scrubs pocket.', 'record-number: RXQ 482 1937'],
    ['The unit no. on the wristband was B/204918, not hers.', 'record-number: B/204918'],
    ['His case notes number, 2019/33871, was on every page.', 'record-number: 2019/33871'],
    ['Her date of birth was 25 December, which is why the ward threw her a party.', 'date-of-birth: 25 December'],
    ['DOB: the ninth of October, she said, and the year she would not tell me.', 'date-of-birth: ninth of October'],
  ])('warns about %j', (text, expected) => {
    expect(warnings(text)).toContain(expected);
  });

  it.each([
    'The trust board meets on 25 December only in a major incident.',
    'Our case mix on the unit was 40 % surgical, according to the audit.',
    'The RCP 2023 census said half of all consultants work beyond their job plan.',
  ])('leaves %j without a warning', (text) => {
    expect(warnings(text)).toEqual([]);
  });
});

describe('a titled patient in a bed', () => {
  it.each([['Old Mr Pennock in the corner bed taught me more about dying than any lecture.', 'name: Pennock']])(
    'warns about %j',
    (text, expected) => {
      expect(warnings(text)).toEqual([expected]);
    },
  );

  it.each([
    'Sister Okoro on bay 3 caught the error before the drug round.',
    'Professor Marmot spoke about health inequalities at the regional conference.',
  ])('leaves colleagues and public figures alone in %j', (text) => {
    expect(warnings(text)).toEqual([]);
  });
});

describe('a first name among words of care a reader would not miss', () => {
  const names = (text: string) => warnings(text).filter((warning) => warning.startsWith('name: '));

  it.each([
    ['Caring for Bernard in his last week changed how I talk about dying.', 'Bernard'],
    ['Keeley, the toddler I cannulated at 2 am, smiled at me on the ward round.', 'Keeley'],
    ['I still ask myself whether Maxine would be alive if I had escalated sooner.', 'Maxine'],
    ['We gave Hussein the news in the quiet room, with his wife beside him.', 'Hussein'],
    ['Ellis is back on NICU after a second bleed.', 'Ellis'],
    ['I let Rowena down: I promised I would be back before she went to theatre.', 'Rowena'],
    ['The porter and I found Tabitha on the bathroom floor at 5 am.', 'Tabitha'],
  ])('warns about %j', (text, name) => {
    expect(names(text)).toEqual([`name: ${name}`]);
  });

  it.each([
    'I promised Harriet, our ward manager, that I would fix the rota by Friday.',
    "Caring for Ruth's patients while she was on leave showed me how hard her job is.",
    'Priya, the girl who runs the rota office, sorted my leave in a day.',
    'Martha, the new PICU consultant, chaired her first mortality meeting this week.',
    'Tom is lucky to be alive after his cycling accident, and we have covered his on-calls.',
    'Kamal gave the news to the board that the unit would close, and nobody spoke.',
  ])('leaves colleagues alone in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('full names in capitals, on letters, and birthdays that fall on a holiday', () => {
  it.each([
    [
      'MARGARET OYELARAN was written on the whiteboard by the nurses station for anyone to read.',
      'name: MARGARET OYELARAN',
    ],
    ['The referral letter for Duncan Ferrier went to the wrong hospital.', 'name: Duncan Ferrier'],
    ["It was Imogen Saddler's family who asked for a second opinion.", 'name: Imogen Saddler'],
    ['He was born on Christmas Day 1931 and never let anyone forget it.', 'date-of-birth: Christmas Day 1931'],
    ["Her birthday was on New Year's Eve, and she wanted to be home for it.", "date-of-birth: New Year's Eve"],
  ])('warns about %j', (text, expected) => {
    expect(warnings(text)).toContain(expected);
  });

  it.each([
    'We were three nurses short on Christmas Eve, and the ward was full of patients waiting for beds.',
    'The NICE QUALITY standards on discharge letters were the focus of our audit.',
    "The rota for New Year's Eve went out late, and the registrars were rightly cross.",
  ])('leaves %j without a warning', (text) => {
    expect(warnings(text)).toEqual([]);
  });
});

describe('text typed with caps lock on', () => {
  it('reads no name into a whole sentence in capitals', () => {
    expect(warnings('I SAW GRACE ON THE WARD ROUND AND WE AGREED TO MARK THE DATE FOR THE AUDIT.')).toEqual([]);
  });
});

describe('a first name beside self-harm, or said to be the child in the story', () => {
  const names = (text: string) => warnings(text).filter((warning) => warning.startsWith('name: '));

  it.each([
    ['Kacey had been self-harming for a year before anyone asked her why.', 'Kacey'],
    ['Rory was the toddler who pulled his own NG tube out twice in one shift.', 'Rory'],
  ])('warns about %j', (text, name) => {
    expect(names(text)).toEqual([`name: ${name}`]);
  });

  it('leaves a colleague who leads on self-harm alone', () => {
    expect(names('Kacey, our liaison psychiatry nurse, leads the self-harm teaching for the F1s.')).toEqual([]);
  });
});
