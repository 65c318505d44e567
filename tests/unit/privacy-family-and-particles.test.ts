import { describe, expect, it } from 'vitest';
import { detectPatientDetails } from '../../lib/privacy';
import { warnings as warned } from './fixtures/privacy-warnings';

describe('a relative named beside the family word', () => {
  it.each([
    ['The wife, Halina, asked whether he would be home by Christmas.', 'Halina'],
    ['The youngest daughter (Oluwakemi) had driven up overnight.', 'Oluwakemi'],
    ['Her grandfather, Papa Kojo, did all the talking.', 'Papa Kojo'],
    ['Daughter-in-law is called Renata and she does the shopping.', 'Renata'],
    ["Next of kin is recorded as 'Dodie' Marchbanks, a cousin.", 'Dodie'],
    ['We finally reached Teodor, the husband, at his work.', 'Teodor'],
    ['His daughter-in-law, Gwendolyn, does all his shopping.', 'Gwendolyn'],
    ["Patient's brother-in-law, Ashok, kept filming on his phone.", 'Ashok'],
    ['Their son, a teenager called Rafferty, refused to come in.', 'Rafferty'],
    ['Her twin brother Lysander donated the kidney.', 'Lysander'],
    ['I met the family: Mum, Dad and big sister Ottilie, who did the talking.', 'Ottilie'],
    ['We rang the only relative on file, a cousin named Teodora, in Bucharest.', 'Teodora'],
    ['"Ask for Uncle Kwabena," she said, "he signs everything for me."', 'Kwabena'],
    ['Nana Efua sat by the cot every night and sang to him.', 'Efua'],
    ['Their youngest, Tobenna, did all the translating, which I now regret.', 'Tobenna'],
    ['His sons Callum and Euan argued in the corridor about the DNACPR form.', 'Callum'],
    ['Mum – Leanne – had not slept since the seizure.', 'Leanne'],
    ['Grandson Kai was the only one he would eat for.', 'Kai'],
    ['His widower, Anselm, brought in the photographs for the funeral.', 'Anselm'],
  ])('warns about the name in %j', (text, name) => {
    expect(warned(text)).toContain(`name: ${name}`);
  });

  it.each([
    'Sam, my husband, said I should take the promotion.',
    'Elaine Bromiley died after a routine operation, and her husband Martin founded the CHFG.',
    'The partner Trust agreed to share the on-call rota.',
    'My big sister Hannah is a GP and talked me through it.',
    'My Auntie Jean was a district nurse, which is partly why I chose medicine.',
    'Our Uncle Ravi drove me to my first day of medical school.',
    'Father Michael said mass on the ward every Sunday during Lent.',
    'Dad, a retired GP, told me to take the job and stop worrying.',
    'Sister Agnes ran the ward with a kindness I still try to copy.',
  ])('leaves %j alone: the doctor’s own family, a campaigner, an organisation', (text) => {
    expect(warned(text)).toEqual([]);
  });
});

describe('a patient whose surname has a particle', () => {
  it.each([
    ['Mr van den Broek asked me whether the scan was bad news.', 'van den Broek'],
    ['Mrs de la Fuente was in bed 9 and frightened.', 'de la Fuente'],
    ["Mr d'Almeida was admitted overnight with chest pain.", "d'Almeida"],
    ["Mrs 'Nell' Bannister insisted on wearing her pearls to theatre.", 'Bannister'],
  ])('warns about the whole name in %j', (text, name) => {
    expect(warned(text)).toEqual([`name: ${name}`]);
  });
});

describe('other ways a patient is named', () => {
  it('finds a first name typed in lower case beside "patient"', () => {
    expect(warned('my patient, lily, said nobody had explained the biopsy.')).toEqual(['name: lily']);
  });

  it.each([
    ['the lady in bed 4, jean, keeps asking for her husband', 'name: jean'],
    ['rang the daughter (sophie) to update her', 'name: sophie'],
  ])('finds a lower-case first name set beside a bed or a family word in %j', (text, finding) => {
    expect(warned(text)).toEqual([finding]);
  });

  it('finds a date of birth written "as" a date', () => {
    expect(warned('The form had his date of birth as 04/11/1939, which the lab queried.')).toEqual([
      'date-of-birth: 04/11/1939',
    ]);
  });

  it('reads a titled name in a handover by the care around it, not by the word "handover"', () => {
    expect(warned("The handover said Mrs Gupta was 'fine', but she was grey and clammy when I got there.")).toEqual([
      'name: Gupta',
    ]);
    expect(warned('Mr Singh led handover today and it was the calmest I have seen it.')).toEqual([]);
  });

  it('takes "Grace Ward" among wards as a ward, not a woman', () => {
    expect(warned('Hope Ward and Grace Ward are our two rehabilitation wards.')).toEqual([]);
  });
});

describe('details that identify a patient only together', () => {
  const combined = (text: string) =>
    detectPatientDetails(text)
      .filter(({ kind }) => kind === 'combination')
      .map(({ message }) => message);

  it.each([
    ['She is 103, the oldest resident of Portree, and was admitted on Boxing Day.', 'the place they live (Portree)'],
    ['A 35-year-old professional harpist with Takayasu arteritis, reviewed on 9 January.', 'Takayasu arteritis'],
  ])('gives a hint saying which details combine in %j', (text, detail) => {
    expect(combined(text).join(' ')).toContain(detail);
  });

  it('gives no hint for a professional body or a Christmas Day rota', () => {
    expect(combined('Our professional standards lead covered the ward on Christmas Day.')).toEqual([]);
  });
});
