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
    ['Ward round: Mrs Fontaine, Mr Greaves, all stable.', 'name: Fontaine'],
    ['The mental health team sectioned Mr Walsh overnight.', 'name: Walsh'],
    ['Mrs May is for discharge tomorrow if she manages the stairs.', 'name: May'],
    ['Maybe I should have pushed harder for a scan for Olu.', 'name: Olu'],
    ['The ambulance brought in Conchita after a fall at home.', 'name: Conchita'],
    ['Safeguarding referral made for Kayleigh, 15, who disclosed self-harm.', 'name: Kayleigh'],
    ['Please could you review Mr Obi urgently; he is hypotensive.', 'name: Obi'],
    ['Date of birth 12-Mar-1941.', 'date-of-birth: 12-Mar-1941'],
    ['The house at 77 Beech Grove was unsafe for discharge.', 'address: 77 Beech Grove'],
    ['Callum kept pulling at his NG tube, so we used a bridle.', 'name: Callum'],
    ['I saw Nisha in the ED with her mum; she had taken 30 paracetamol.', 'name: Nisha'],
    ["Bed 7: O'Brien, 78F, post-op day 3.", "name: O'Brien"],
    ['We spent twenty minutes trying to cannulate Agatha before calling the anaesthetist.', 'name: Agatha'],
    ['My mentee asked how to handle Mrs Baptiste, who shouts at the nurses.', 'name: Baptiste'],
    ["Teaching point from today: Mr Yamamoto's ECG showed Wellens' sign.", 'name: Yamamoto'],
    ['The lady in bed 7, Violet Hargreaves, asked for the chaplain.', 'name: Violet Hargreaves'],
    ['Mr Odum was transferred to the Royal Free for his cardiac surgery.', 'name: Odum'],
    ['Worried about Kofi overnight: his lactate was 5.', 'name: Kofi'],
    ["The decision about Idris's ceiling of care was made without his family.", 'name: Idris'],
    ["Yesterday Gideon's wound swab grew MRSA.", 'name: Gideon'],
    ["Gathered the team after Mr Olawale's cardiac arrest to debrief.", 'name: Olawale'],
    ["I rang Anwar's GP to let him know about the new diagnosis.", 'name: Anwar'],
    ["The teaching session used Jamal Hussain's real chest X-ray without his consent.", 'name: Jamal Hussain'],
  ])('warns about %j', (text, finding) => {
    expect(warnings(text)[0]).toEqual(finding);
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
    'On the ward round Mr Patel asked me to present the new admissions.',
    'Kate, 29, our newest registrar, started this week.',
    'Professor Novak, 62, is retiring after thirty years at the trust.',
    'Thank you to Ben, who stayed late to help me with a sick patient.',
    'Room 3, 22 Mill Lane Health Centre, is where the teaching happens.',
    'Jasmine, a young mum herself, runs the breastfeeding support group.',
    'Invoice 48573-65729 was paid in March.',
    'The ICB is at 2 Whitehall Quay, Leeds LS1 4HR.',
    'Mrs Stevens from the patient panel reviewed our discharge leaflet and suggested plainer words.',
    "Dr Nowak's daughter was born last week, so she is on paternity leave.",
    'Tariq broke his wrist playing football and is off for six weeks.',
    'Paul Kalanithi wrote When Breath Becomes Air after his lung cancer diagnosis.',
    'Elaine Bromiley died after a routine operation, and her husband Martin founded the CHFG.',
    'On nights I was the only doctor for 200 patients. Dr Kovacs was the registrar.',
    'Mr Odum was transferred to the Royal Free as a consultant in 2024.',
    'Priya was referred to occupational health after her back injury at work.',
    'The Rebecca Jones award for compassionate care went to ward 12.',
    'The coroner, Mrs Price, asked me to give evidence on 4 May.',
    'Tel 0161 496 0000 for the main hospital switchboard.',
    'Please email Dr Ahmed (a.ahmed@nhs.net) with your availability.',
    'My NHS email is j.smith14@nhs.net if you want the slides.',
    'I sat with Ifunanya after the cardiac arrest debrief; she was shaken but had done everything right.',
    "Yesterday Gideon's presentation on the frailty audit went well.",
    "Gemma's dad is in hospital, so she has swapped her nights.",
    'The West Midlands Deanery moved to 213 Hagley Road, Birmingham B16 9RG.',
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
