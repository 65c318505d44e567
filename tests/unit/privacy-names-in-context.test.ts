import { describe, expect, it } from 'vitest';
import { warnedNames as names } from './fixtures/privacy-warnings';

describe('a patient known only by the feelings, family and care around the name', () => {
  it.each([
    ['Oksana was sitting up and chatting when I came back after lunch.', 'Oksana'],
    ['The thing about Glenys is she never asks, so nobody noticed her pain was worse.', 'Glenys'],
    ['I was short with Radu about the self-discharge, and he did not come back.', 'Radu'],
    ['Safeguarding referral done for Tiana before the end of clinic.', 'Tiana'],
    ["'I just want to go home,' said Perpetua, and I read her notes again.", 'Perpetua'],
    ['I still think about what happened with Marigold on the children’s ward; the cannula took five goes.', 'Marigold'],
    ['Emeka kept asking for his daughter all night.', 'Emeka'],
    ['She was still upset about Bolaji, the boy she saw in clinic who later took an overdose.', 'Bolaji'],
    ['Saw Tadeusz at home. He had fallen again and his leg was swollen.', 'Tadeusz'],
    ['Aunty Efua was eighty-seven and had never been in hospital.', 'Efua'],
    ['Ms Ó Dálaigh did not want the ICU referral, and said so twice.', 'Ó Dálaigh'],
    ['I keep thinking about Rosalind and whether we should have scanned her sooner.', 'Rosalind'],
    ['I let Kwabena down by not chasing his echo.', 'Kwabena'],
    ['It took four goes to get a line in Fergal, and he never once complained.', 'Fergal'],
    ['Theodora refused the feed again and the dietitian is out of ideas.', 'Theodora'],
    ['I was frightened for Jovan when his sats dropped.', 'Jovan'],
    ['Ignatius tried to climb over the bed rails again tonight.', 'Ignatius'],
    ["Marguerite's son rang the ward to say thank you.", 'Marguerite'],
    ['The girl, Saoirse, was brought in by her teacher after she fainted.', 'Saoirse'],
    ["A regular known to everyone as 'Sparky' Doyle came in again with chest pain.", 'Sparky'],
    ['Dear Lionel died this morning with his daughter beside him.', 'Lionel'],
    ["Mr al-Hashimi's wife wanted the feeding tube out.", 'al-Hashimi'],
    ["Mr Fitzgerald-O'Connor asked for the chaplain before his operation.", "Fitzgerald-O'Connor"],
    ['Still cross with myself about Wilf: three days of constipation that was a bowel obstruction.', 'Wilf'],
    ['We lost Augustin at 3am, and I was the one who rang his son.', 'Augustin'],
    ['I failed Marguerite by not spotting the sepsis earlier.', 'Marguerite'],
    ['My first death certificate was for Hyacinth, and I checked it five times.', 'Hyacinth'],
    ["Tiernan's parents have been at the cot side for five days.", 'Tiernan'],
    ['I keep replaying my conversation with Bathsheba about stopping treatment.', 'Bathsheba'],
    ['Young Kit had swallowed a battery and his dad was beside himself.', 'Kit'],
    ["It was Cuthbert's ninetieth on the ward and the whole bay sang.", 'Cuthbert'],
    ["It was Valentin's first night off the ventilator and he wanted to talk about football.", 'Valentin'],
    ['I only found out at handover that Teodoro had been nil by mouth for two days.', 'Teodoro'],
    ['I think I rushed Ambrose; he had questions about the stent.', 'Ambrose'],
    ["I was proud of how I handled Dorota's family meeting.", 'Dorota'],
    ['Hilde was still in her coat at midnight, waiting in the discharge lounge.', 'Hilde'],
    ['Ishaan spent his sixteenth birthday in the paediatric HDU.', 'Ishaan'],
    ["When Mariam's waters broke in the lift I was the only doctor there.", 'Mariam'],
    ['Rhiannon needed a translator and we used her eight-year-old.', 'Rhiannon'],
    ['Thandiwe squeezed my hand when the pain came.', 'Thandiwe'],
    ['Marcelina asked me to stay while the surgeon explained.', 'Marcelina'],
    ['Sat with Imelda while the porters came; she held my hand the whole way.', 'Imelda'],
    ["I missed Nkosi's hyponatraemia because I did not look at the trend.", 'Nkosi'],
    ['Aleksander asked for a priest at two in the morning.', 'Aleksander'],
    ["I had to tell Fatoumata that her baby's heartbeat had stopped.", 'Fatoumata'],
    ['Sat on the floor of the side room with Jessamy while we waited for the paediatric team.', 'Jessamy'],
    ["Brigitta kept saying 'I'm a nuisance' every time I came into the bay.", 'Brigitta'],
    ['There is something about Casimir I cannot shake; he kept apologising when he was the one dying.', 'Casimir'],
  ])('warns about the name in %j', (text, name) => {
    expect(names(text).join(' | ')).toContain(name);
  });
});

describe('colleagues with the same feelings, family and verbs around them', () => {
  it.each([
    'I met Adaeze for coffee. She told me her mum’s cancer had come back and she needed time off.',
    'I was frustrated with Priya for missing the handover, and told her so.',
    'Something about Tomasz’s teaching style made the juniors relax.',
    "'We need more nurses,' said Bethany, and the board nodded.",
    'Not sure I handled it right with Marcus. He was upset after his ARCP outcome.',
    'I talked with Yusra about her wishes for her career.',
    "It was Grace's leaving do on the ward today and the nurses got her a cake.",
    'Kiran has been diagnosed with asthma and needs protected breaks on long days.',
    'The safeguarding team, led by Kofi, rewrote the policy.',
    'Thi was tearful after a relative shouted at her in the corridor.',
    'I let Agnieszka down by not covering her on-call, and she knew it.',
    'I explained the audit results to Zephaniah twice and he still looked lost.',
    'Dear Rosalind, thank you for the teaching on Tuesday.',
    'Our porter, known to everyone as ‘Gaffer’, retired after thirty years.',
    'Bronagh’s mum is in hospital in Belfast, so she has swapped her weekend.',
    'Keanu from pharmacy caught my warfarin error and was kind about it.',
    'I was frightened for Jovan when the consultant shouted at him in theatre.',
    "Ngozi's husband rang to say she would be late because of the trains.",
    'The man, Jeremy Hunt, then health secretary, announced the new contract.',
    'Eunice was ninety minutes late to the meeting because of the snow.',
    'I watched Benedetta teach the students how to break bad news.',
    'Dr Khan was born in Lahore and trained in Manchester before joining us in 2011.',
    'Had coffee with Ottilie. She told me her dad had been admitted with a stroke and she needed a week off.',
    'We lost Leontyne at the restructure, and the department never recovered.',
    'I promised Rasmus I would cover his Friday on-call.',
    "Sunniva's husband sat with her at the awards dinner.",
    "We celebrated Horace's eightieth with the retired consultants at the golf club.",
    'Our matron, Wenonah, wants everyone to do the death certificate training.',
    'Dear Priyanka, thank you for covering my nights while my dad was in hospital.',
    'Delphine was upset about the exam results, so we went for a walk at lunch.',
    'Listening to Marcus Rashford talk about childhood hunger changed how I ask about food.',
    'Handover was chaotic: Tom, the night reg, had six sick patients and nobody to help him.',
    'Seraphine squeezed my hand before my interview and told me I would be fine.',
    'Xavier needed a translator for the Portuguese delegation visiting the trust.',
  ])('leaves %j without a name warning', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a titled patient discussed at a meeting, an audit or an appraisal', () => {
  it.each([
    ['At the M&M meeting we discussed Mr Okonjo, whose sepsis was missed for nine hours.', 'Okonjo'],
    ["For my QI project I followed Mrs Dlamini's journey from the front door to the ward.", 'Dlamini'],
    ['In my appraisal I reflected on Miss Oduya and the scan I nearly did not order.', 'Oduya'],
    ['The audit started because of Mr Tennant, who fell twice in one night.', 'Tennant'],
    ['My supervisor and I talked through my care of Mr Ferreira at length.', 'Ferreira'],
    ["During the teaching session I presented Mrs Bakshi's case with her permission.", 'Bakshi'],
  ])('warns about the name in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    "We discussed Mr Streeting's plan for the NHS at journal club.",
    "Ms Harding's story about leading through COVID was the best talk of the conference.",
    "I reflected on Mrs Thatcher's legacy for the NHS in my essay.",
    'Mr Adeyemi, who leads the stroke service, asked me to audit door-to-needle times.',
    'Mrs Ogundipe, who had been our matron, came back to visit the ward.',
    "I worried about Mr Kowalski's reaction to the rota changes.",
    "Mrs Patel's case for a second ward clerk went to the board.",
  ])('leaves the colleague or public figure in %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});
