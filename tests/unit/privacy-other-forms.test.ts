import { describe, expect, it } from 'vitest';
import { detectPatientDetails } from '../../lib/privacy';

const names = (text: string) =>
  detectPatientDetails(text)
    .filter(({ kind }) => kind === 'name')
    .map(({ text: matched }) => matched);

describe('a patient named by a name no list holds', () => {
  it.each([
    ['Oyelowo kept asking for water although he was nil by mouth.', 'Oyelowo'],
    ['I sat with Temitope while the surgeons explained the operation.', 'Temitope'],
    ['Radoslaw Nowak presented with crushing chest pain and vomiting.', 'Radoslaw Nowak'],
    ["Mirela's biopsy showed a tumour, and I had to tell her alone.", 'Mirela'],
    ['When Anwen came round after theatre she was confused and frightened.', 'Anwen'],
    ['Fenwick in side room 4 is for comfort care; the family are with him.', 'Fenwick'],
    ['Bed 12 – Ashworth – bloods due at six, then home if the result is fine.', 'Ashworth'],
    ['I still remember Ikenna, the boy with the broken femur, crying for his mum.', 'Ikenna'],
    ["mr o'donnell was found on the floor of the toilet by the night staff.", "o'donnell"],
    ['Nights: Adaeze still drowsy, sats fine, for a CT head this morning.', 'Adaeze'],
    ['Halvorsen (bed 3) febrile again, cultures sent.', 'Halvorsen'],
    ['We found Ruairi on the bathroom floor, grey and sweaty, and called for help.', 'Ruairi'],
  ])('warns about the name in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a note that opens with a verb', () => {
  it('names the patient, not the verb, in "Saw Mrs Jones, born …"', () => {
    expect(names('Saw Mrs Jones, NHS 943 476 5919, born 03/04/1941.')).toEqual(['Jones']);
  });
});

describe('colleagues, public figures and ordinary words in the same places', () => {
  it.each([
    'Oyelowo, our ward pharmacist, caught the insulin error on the post-take round.',
    'Temitope from the bed bureau rang about the outliers on the surgical ward.',
    'Streeting announced the new waiting-list targets at the conference.',
    "Marmot's review of health inequalities shaped our teaching on the ward.",
    'Audits showed that one in four patients fell on the ward at night.',
    'Protocol was unclear, so the scan was delayed and the patient waited.',
    'Seeing a patient die on my first night changed how I think about handover.',
    "Wilson's disease was the diagnosis nobody expected in our teaching case.",
    'Adaeze still covering two wards on Saturdays; I have raised it with the rota team.',
    'Harrogate was the first trust in the region to open a frailty unit.',
    'Rotherham kept its minor injuries unit open through the winter.',
    'Ruairi was upset after the complaint meeting and asked to take a day of study leave.',
  ])('leaves %j without a name warning', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a patient named as a list or a letter names them', () => {
  it.each([
    ['Okonkwo, Chidi: I nearly gave him the wrong bag of blood in the next bay.', 'Okonkwo, Chidi'],
    ['The coroner’s officer rang us about Mrs Hallworth before the inquest.', 'Hallworth'],
    ['The family wrote to us about Mr Penhaligon a month after he died.', 'Penhaligon'],
  ])('warns about the name in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Leeds, Bradford: the two trusts merged their stroke services this year.',
    'Hughes, Owen: his slides on the rota change were the clearest at the board.',
    'The chief executive wrote to us about Mr Streeting’s visit next week.',
  ])('leaves %j without a name warning', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('addresses and contact details in other forms', () => {
  const kinds = (text: string) => detectPatientDetails(text).map(({ kind, text: matched }) => [kind, matched]);

  it.each([
    ['The carers let themselves in at Holly Cottage, Back Lane, twice a day.', 'Holly Cottage, Back Lane'],
    ['She rents Flat 7, The Sidings, on her own.', 'Flat 7, The Sidings'],
    ['He collapsed outside his house on Tanner Street last night.', 'Tanner Street'],
    ['She lives in the flat above the bakery on Quarry Lane, and the stairs are steep.', 'Quarry Lane'],
    ['His house is the last one off Ferry Road, past the allotments.', 'Ferry Road'],
  ])('warns about the address in %j', (text, address) => {
    expect(kinds(text)).toContainEqual(['address', address]);
  });

  it.each([
    'The deanery is at 3 Piccadilly Place, and our trust moved to 40 Mill Road in 2020.',
    'Living wage campaigners marched on Downing Street, and our porters joined them.',
    'Bookings go through 0345 600 1234, the trust’s central line.',
    'Send your rota swaps to medical.staffing@example.nhs.uk by Friday.',
  ])('leaves an organisation’s address, number or shared mailbox in %j alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
