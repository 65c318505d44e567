// Synthetic journal entries for benchmarks: ~250 words each from a clinical-leadership vocabulary of a few
// thousand words (base words and their inflections, Zipf-distributed), with stop words and occasional typos.
// Deterministic for a given seed, so runs compare.

const BASE = `handover rota shift ward consultant registrar nurse patient family escalation sepsis deterioration
audit quality improvement project cycle data outcome measure feedback colleague team teamwork meeting supervisor
appraisal revalidation reflection learning development leadership management conflict difficult conversation
complaint compliment incident report investigation safety risk harm error prescribing medication discharge
admission clinic theatre emergency department acute medicine surgery paediatrics psychiatry obstetrics
anaesthetics radiology pathology microbiology pharmacy physiotherapy occupational therapy social worker
manager director board governance policy guideline protocol pathway workload staffing burnout wellbeing
resilience stress fatigue sleep night weekend cover bleep pager phone email rounds huddle briefing debrief
simulation teaching trainee student foundation core specialty curriculum portfolio assessment competency
mentor coaching feedback negotiation influence communication listening empathy compassion trust respect
culture change innovation service redesign efficiency capacity demand flow bed bay cubicle isolation
infection outbreak covid vaccination screening referral letter result scan bloods observations early warning
score news resuscitation arrest cardiac respiratory renal hepatic neurological stroke delirium dementia
frailty falls pressure ulcer nutrition hydration pain palliative end life dignity consent capacity
safeguarding vulnerable adult child domestic violence interpreter language diversity inclusion equality
fairness bullying harassment speaking raising concern whistleblowing freedom guardian duty candour
apology transparency accountability responsibility delegation prioritisation planning organisation time
email documentation notes electronic record system computer software downtime backup paper chart
handwriting legibility abbreviation allergy anticoagulation insulin antibiotic opioid fluid transfusion
blood product consent form checklist timeout never event root cause analysis action plan learning
themes trends dashboard metrics target waiting list backlog elective cancelled operation outpatient virtual
telephone video consultation remote working rota coordinator medical staffing locum agency bank vacancy
recruitment retention induction orientation shadowing supervision educational clinical named lead tutor
programme director deanery training number exam membership fellowship research publication presentation
poster conference abstract journal club evidence based practice systematic review trial statistics
population health inequality deprivation prevention primary care general practice community hospital
integrated care board commissioning budget finance cost saving value procurement estates equipment
monitor pump bed rail hoist wheelchair transport ambulance paramedic triage majors minors resus cubicles
observation unit frailty same day emergency care ambulatory virtual ward hospital home discharge lounge
pharmacy to take out medicines reconciliation transcription omission dose timing route formulation`;

const SUFFIXES = ['', 's', 'ed', 'ing', 'er', 'ers', 'al', 'ly', 'ment', 'ness', 'ation', 'ive'];
const STOP = 'the a an and of to in on for with at by from as is was were be been it this that i we my our they'.split(
  ' ',
);
const TAGS = `on-call nights rota handover teaching audit qi sepsis escalation wellbeing complaint feedback safety
prescribing discharge ward-round leadership team conflict consent safeguarding research exam portfolio
simulation deanery locum covid frailty stroke paeds`.split(/\s+/);
const KINDS =
  'reflection cpd qi significant-event feedback compliment-complaint leadership teaching meeting supervisor-meeting appraisal-meeting'.split(
    ' ',
  );
const ROLES = ['FY1', 'FY2', 'CT1', 'ST3', 'ST6', 'Consultant', 'GP partner'];
const COMPETENCIES = [1, 2, 3, 4, 5].flatMap((domain) => [1, 2, 3, 4].map((element) => `mlcf.${domain}.${element}`));

/** mulberry32: a small seeded generator, good enough for test data. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function vocabulary(rand) {
  const words = new Set();
  for (const base of BASE.split(/\s+/)) {
    for (const suffix of SUFFIXES) if (suffix === '' || rand() < 0.45) words.add(base + suffix);
  }
  return [...words].sort(() => rand() - 0.5);
}

function typo(word, rand) {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(rand() * (word.length - 2));
  const kind = rand();
  if (kind < 0.4) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind < 0.7) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + 'aeiourstn'[Math.floor(rand() * 9)] + word.slice(at + 1);
}

export function generateEntries(count, seed = 42) {
  const rand = random(seed);
  const words = vocabulary(rand);
  // Zipf: the word at rank r is drawn with weight 1 / (r + 1).
  const cumulative = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1);
    cumulative.push(total);
  }
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const word = () => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    const chosen = words[low];
    return rand() < 0.015 ? typo(chosen, rand) : chosen;
  };
  const sentence = (length) => {
    const parts = [];
    for (let i = 0; i < length; i++) parts.push(rand() < 0.4 ? pick(STOP) : word());
    const text = parts.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const entries = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = [];
    let wordsLeft = 200 + Math.floor(rand() * 100);
    while (wordsLeft > 0) {
      const length = 8 + Math.floor(rand() * 14);
      paragraphs.push(sentence(length));
      wordsLeft -= length;
    }
    const year = 2018 + Math.floor(rand() * 9);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const at = Date.UTC(year, Number(month) - 1, Number(day));
    entries.push({
      id: `entry-${i}`,
      title: sentence(3 + Math.floor(rand() * 5)).slice(0, -1),
      body: paragraphs.join(rand() < 0.3 ? '\n\n' : ' '),
      kind: pick(KINDS),
      occurredOn: `${year}-${month}-${day}`,
      createdAt: at,
      updatedAt: at,
      template: 'free',
      competencies: Array.from({ length: Math.floor(rand() * 4) }, () => pick(COMPETENCIES)),
      tags: [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(TAGS)))],
      role: rand() < 0.8 ? pick(ROLES) : undefined,
      learningPoints: [],
      actions: [],
      starred: rand() < 0.1,
    });
  }
  return entries;
}
