import { describe, expect, it } from 'vitest';
import { detectPatientDetails } from '../../lib/privacy';
import { warnedNames as names } from './fixtures/privacy-warnings';

describe('a name no title, role or care word marks, in a reflective journal', () => {
  it.each([
    ['I keep wondering about Ilse and whether I said the right thing.', 'Ilse'],
    ['I let Caoimhe down today, and I know it.', 'Caoimhe'],
    ['Spent twenty minutes with Efosa this morning. She is more frightened than she lets on.', 'Efosa'],
    ['Spoke to Fenwick-Hale about the results; he took it better than I expected.', 'Fenwick-Hale'],
    ['Hard conversation with Leocadia about going home. She wants to, and I am not sure she can.', 'Leocadia'],
    [
      'Went back at the end of the day to say goodbye to Marguerite. She was asleep, and I did not wake her.',
      'Marguerite',
    ],
  ])('warns about the person a doctor is still turning over: "%s"', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('says why: nothing around the name marks a colleague, a public figure or a place', () => {
    const [finding] = detectPatientDetails('I keep wondering about Ilse and whether I said the right thing.');
    expect(finding?.message).toMatch(/nothing around it marks a colleague, a public figure or a place/);
  });

  it.each([
    ['Saw Oriane briefly before I left. She was still waiting for the biopsy result.', 'Oriane'],
    ['Everyone on the ward calls him Chalky, and he was back in resus tonight with chest pain.', 'Chalky'],
    ['Raised a safeguarding concern about the Kowalski children after the second visit.', 'Kowalski'],
    ['The Adebayo family asked for a second opinion, and I felt defensive.', 'Adebayo'],
    ['I still keep the card Wenonah’s grandson drew for me.', 'Wenonah'],
    ['Ephraim kept asking me when he could go home.', 'Ephraim'],
  ])('warns when the clue is in the next sentence, a nickname, a household or the family: "%s"', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['Wiktoria explained the insulin regime to the patient far better than I could.'],
    ['It was Tobi who realised the patient had been given the wrong dose.'],
    ['Idris stayed late to finish the discharge letters so the patients could go home.'],
    ['Sunita was brilliant during the cardiac arrest, calm and clear.'],
    ['Had a long chat with Nadia about whether to go less than full time.'],
    ['Our new FY1, Zoltan, is already brilliant at prioritising.'],
    ['My mentee Kofi asked me to read his portfolio before the panel.'],
    ['Dumisani, the porter, knows every shortcut to the scanner.'],
    ['Priti and Joel both said the new handover sheet was clearer.'],
    ['Radiology told me the scan was booked for the wrong day.'],
    ['Referred to the Morwenna children’s team for support; their nurse rang the family that afternoon.'],
  ])('leaves a colleague at work alone: "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Bethan was crying in the sluice after the baby died, and I did not know what to say.'],
    ['Fatima was in tears in the staff room after the death, and I sat with her.'],
    ['I asked Yasmin how she was after the death on her ward last night.'],
  ])('reads feelings where only staff go, or on their own ward, as a colleague\'s: "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Took the train from Preston to Carlisle for the regional teaching day.'],
    ['Ifeoma kept asking for her son, who was on his way down from Dundee.'],
    ['As Obama once said, change will not come if we wait for some other person.'],
    ['Felt like Sisyphus today, pushing the same discharges up the hill.'],
    ['Read Adam Kay’s book on the train and laughed, then felt uneasy about it.'],
    ['Our unit is named after Howard Florey, and there is a display about penicillin in the corridor.'],
  ])('leaves places, sayings and public figures alone: "%s"', (text) => {
    expect(names(text).filter((name) => name !== 'Ifeoma')).toEqual([]);
  });

  it.each([
    ['A boy with Perthes was limping into clinic and the x-ray confirmed it.'],
    ["Her Hodgkin's had relapsed twice, and the family wanted to talk about stopping treatment."],
    ["A young man with Marfan's came in with chest pain and the CT showed dissection."],
    ['Gave IV Tazocin for the sepsis, then stepped down to Doxycycline.'],
    ['A 35-year-old with Takayasu arteritis came to clinic with arm claudication.'],
    ['We gave Oramorph for breakthrough pain and the nurses were happier.'],
  ])('reads a condition or a drug named after someone as no name: "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name written the way a form or a list writes it', () => {
  it.each([
    ['Pt: Moreton, J. for CTPA today, query PE.', 'Moreton, J.'],
    ['Name: Adeyinka, T.   Ward: AMU', 'Adeyinka, T.'],
    ['Okafor, C. – bed 4, still spiking.', 'Okafor, C.'],
    ['Pt: HUGHES, R. 67M, chest pain, troponin pending.', 'HUGHES, R.'],
    ['Re: Adeyemi, Patricia', 'Adeyemi, Patricia'],
  ])('warns about "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['West, M. (2021) Compassionate leadership is the book I keep going back to.'],
    ['Supervisor: Dr Patel, who signed off my procedures.'],
    ['In March, I started the leadership fellowship.'],
    ['Our team (Jo-Anne, Bogdan and me) presented the audit, and the AMHP, Joanne, chaired.'],
  ])('leaves a reference, a colleague and an ordinary comma alone: "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
