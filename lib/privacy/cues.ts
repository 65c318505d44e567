/**
 * Whether the words around a name read as a patient's story or as leadership writing. A title plus a
 * clinical word (bed, scan, frightened, discharged, relatives) reads as a patient; a report, speech,
 * review, role or meeting reads as a public figure or a colleague. The clause holding the name is read
 * first, the sentence only when the clause says nothing either way.
 *
 * Words are looked up in sets, phrases found by one short pattern: this runs for every titled or first
 * name in an entry as the user types.
 */

// Words of a patient's care, body and feelings.
const CLINICAL_WORDS = new Set(
  `bed bedside cubicle ward trolley corridor resus clinic appointment scan scans scanned scanner mri x-ray xray biopsy
  blood bloods result results swab frightened scared afraid terrified anxious upset tearful cried crying tears
  confused confusion agitated distressed pain breathless vomiting fall fallen falling fell discharged discharging
  admitted readmitted admission transferred relative relatives family daughter son sons wife husband mother mum
  father dad parents grandchildren died dying die death hospice operation surgery theatre cannula drip drain
  catheter insulin warfarin tablets medication inhaler chemo chemotherapy tumour tumor cancer diagnosis diagnosed
  prognosis dementia delirium infection pneumonia fracture fractured hip wound endoscopy resuscitated
  resuscitation dnacpr interpreter overdose pregnancy pregnant seizure seizures sugars examine examined examination
  sick ill unwell home ulcer ulcers dressed dressing dressings fever temperature rash oxygen mask refused eat
  eating bell buzzer commode hoist safeguarding stoma swallowed eightieth ninetieth hundredth cot cotside feed feeds dietitian dietician breathe dose doses echo bleed bleeding sores injury broken wept weight embarrassed kidney heart
  chest lungs breathing paracetamol morphine antibiotics sedation anaesthetic toilet wandering slept sleep
  arm leg wrist heel heels knee foot feet bowel bladder stomach skin cough headache swelling dizzy fainted
  collapsed unconscious drowsy hallucinating poisoning ambulance stillbirth stillborn miscarriage miscarried labour
  epidural caesarean contractions baby babies newborn needle injection sats obs observations nebuliser antibiotic
  steroids analgesia painkillers sedated intubated ventilated biopsy lymphoma leukaemia sepsis septic stroke
  seizure fitting fits overdosed amputation amputated stoma ulcer sore sores incontinent soiled bedbound frail
  tumour lump mastectomy chemo radiotherapy palliative palliation dying hospice funeral widowed bereaved grief
  grieving antenatal postnatal ctg dialysis transfusion ventilator ventilation laparotomy pacemaker bypass stent
  angiogram thrombolysis ulcerated gangrene abscess cellulitis jaundice anaemia asthma copd diabetes epilepsy
  parkinson alzheimer sickle eaten puncture lumbar clammy sweaty pale tearful sobbing screaming screamed frightened crying panicking vomited nauseous jaundiced itchy
  lactate creatinine crp inr haemoglobin platelets ecg ecgs ed x-ray tube nasogastric ng peg deteriorated deteriorating deterioration bruise bruises bruised bruising troponin potassium nbm`
    .split(/\s+/)
    .filter(Boolean),
);

// Words of reports, politics, meetings and roles: what a reflection on leadership says of the people in it.
const PUBLIC_WORDS = new Set(
  `report reports review speech speeches inquiry government minister ministers secretary prime parliament
  committee board conference keynote talk lecture book article paper tweet tweets briefing briefings interview
  interviewed announced launched published promise promised pledge pledged policy policies strategy vision
  programme framework reform reforms funding budget spending election campaign commissioned chaired chair
  governor governors director directors manager managers executive executives team rota rotation audit qi
  project teaching taught session mentor mentored mentoring supervisor supervised supervision appraisal meeting
  forum huddle deanery ofsted cqc gmc leadership argued wrote quoted handover staffing pay contract contracts
  commissioners market services workforce trainees debrief debriefed lead leads leading led presented
  opening opened visited unveiled toured party mp coalition austerity bill act timetable feedback
  colleague colleagues conflict coaching coach career promotion retires retirement training
  shift shifts email emailed agenda improvement dashboard spreadsheet slides consultants registrars
  juniors organisation values finance deficit recruitment vacancies locum portfolio arcp revalidation
  appraiser award awards ceremony gala graduation curriculum exam exams paternity office registrar oncall certificate swapped swap bullied bullying comments comment remarks statement rally column newspaper headline headlines media press podcast weekend weekends covered rotated nation trusts pathway pathways strike strikes induction f1 f2 fy1 fy2 sho`
    .split(/\s+/)
    .filter(Boolean),
);

// Phrases that outweigh their words: "ward round" is a doctor's work, "side room" a patient's place.
const PHRASES =
  /\b(?:(?<neutral>ward\s+rounds?)|(?<public>ward\s+(?:managers?|huddles?|clerks?|meetings?|teams?)|bed\s+(?:base|state|occupancy|days|modelling|capacity|managers?)|theatre\s+(?:lists?|teams?|utilisation)|business\s+case|(?:long|longer|longest|growing|shortest)\s+waiting\s+lists?|waiting\s+times|(?:off|went)\s+sick|sick\s+(?:leave|days?|rates?|notes?)|(?:annual|study|maternity|paternity|parental)\s+leave|long\s+days?|protected\s+(?:time|breaks?)|on[- ]?calls?|night\s+shifts?|phased\s+return|occupational\s+health|(?:is|was|been)\s+off\s+(?:work|sick|for)|(?:back|return(?:ed|ing)?)\s+(?:at|to)\s+work|leaving\s+(?:do|party|drinks|card|speech)|(?:exam|audit|survey|election|interview)\s+results?|farewell|send-off|(?:relative|patient|family|son|daughter|husband|wife|consultant|boss|registrar|surgeon|manager)\s+(?:shouted|swore|yelled|was\s+rude|complained)\s+(?:at|to|about))|(?<clinical>x-?ray\w*|a\s?&\s?e|bay\s+\d+|side\s+room|care\s+home|package\s+of\s+care|nil\s+by\s+mouth|bad\s+news|asked\s+(?:me\s+)?(?:if|whether|when|why)|told\s+me|sat\s+with|held\s+\w+\s+hand|waiting\s+list|day\s+room|next\s+bay|end\s+bed|intensive\s+care|post-?op|nil\s+by\s+mouth|on\s+the\s+(?:bathroom\s+|bedroom\s+|kitchen\s+|toilet\s+)?floor|sitting\s+up|death\s+certificate|cremation\s+form|(?:stop|stopped|stopping|withdraw|withdrew|withdrawing)\s+(?:treatment|feeds?|dialysis|antibiotics)|self-?discharg\w*|care\s+package|health\s+visitor|icu|itu|hdu|(?:asking|asked|calling|shouting|crying)\s+for\s+(?:her|his|their)\s+(?:mum|mother|dad|father|son|daughter|husband|wife|children|kids|family))|(?<owned>(?:her|his|their)\s+(?:own\s+)?(?:notes|obs|observations|meds|medication|medicines|tablets|bloods|results?|pain|drip|wound|cannula|catheter|scans?|biopsy|cancer|tumour|operation|diagnosis|prognosis|care\s+package|symptoms|breathing|sats|oxygen|dressings?|stoma|pressure\s+sores?)))\b/gi;

interface Tally {
  readonly clinical: string[];
  publicCount: number;
  /** Words of care a person owns ("her pain", "his notes") count twice: they are someone's own care. */
  ownedCount: number;
}

// Patients are handed over, and colleagues hand over: beside a patient's title ("the handover said Mrs
// Gupta was fine") the word says nothing.
const HANDOVER = new Set(['handover', 'handovers']);

function tally(text: string, titled = false): Tally {
  const result: Tally = { clinical: [], publicCount: 0, ownedCount: 0 };
  PHRASES.lastIndex = 0;
  const rest = text.replace(PHRASES, (phrase: string, ...args: unknown[]) => {
    const groups = args.at(-1) as { public?: string; neutral?: string; owned?: string };
    // Patients are seen on a ward round and colleagues lead it: it says neither.
    if (groups.neutral) return ' ';
    if (groups.public) result.publicCount += 1;
    else result.clinical.push(phrase.toLowerCase().replace(/\s+/g, ' '));
    if (groups.owned) result.ownedCount += 1;
    return ' ';
  });
  for (const word of rest.toLowerCase().split(/[^a-z]+/)) {
    if (CLINICAL_WORDS.has(word)) result.clinical.push(word);
    else if (word.endsWith('s') && CLINICAL_WORDS.has(word.slice(0, -1))) result.clinical.push(word.slice(0, -1));
    else if (PUBLIC_WORDS.has(word) && !(titled && HANDOVER.has(word))) result.publicCount += 1;
  }
  return result;
}

const SENTENCE_END = /[.!?\n]/;
const CLAUSE_END = /[.!?\n,;:()]/;

/** The text either side of `start`–`end` up to the nearest boundary, at most `reach` characters each way. */
function stretch(text: string, start: number, end: number, boundary: RegExp, reach: number): string {
  let from = start;
  while (from > 0 && start - from < reach && !boundary.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && to - end < reach && !boundary.test(text.charAt(to))) to += 1;
  return `${text.slice(from, start)} ${text.slice(end, to)}`;
}

export interface Lean {
  /** 'patient' or 'public' (a public figure or colleague), or 'unsure' when neither the clause nor the sentence says. */
  readonly lean: 'patient' | 'public' | 'unsure';
  /** The clinical words that decided, to tell the user why. */
  readonly clinical: readonly string[];
  /** How many words of leadership were read against them. */
  readonly publicCount: number;
}

function leanOf({ clinical, publicCount, ownedCount }: Tally): Lean | undefined {
  const score = clinical.length + ownedCount - publicCount;
  return score === 0 ? undefined : { lean: score > 0 ? 'patient' : 'public', clinical, publicCount };
}

// "Saw Tadeusz at home. He had fallen again…": the next sentence, when it goes on about him or her.
const GOES_ON = /^[.!?]["”’']?[ \t]{1,3}(?:She|He)\b/;
// "…She told me her mum's cancer is back": a relative's illness is a colleague's news as often as a patient's.
const KIN_OWNS =
  /\b(?:her|his|their)\s+(?:mum|mother|dad|father|son|daughter|husband|wife|partner|brother|sister|gran|grandma|grandad|grandmother|grandfather|baby|child|children|kids)(?:['’]s)?\s+[a-z-]+/gi;

function nextSentence(text: string, end: number): string | undefined {
  let to = end;
  while (to < text.length && to - end < 160 && !SENTENCE_END.test(text.charAt(to))) to += 1;
  if (!GOES_ON.test(text.slice(to, to + 8))) return undefined;
  return stretch(text, to + 2, to + 2, SENTENCE_END, 160).replace(KIN_OWNS, ' ');
}

/**
 * Which way the words around a name lean: clinical words against leadership words, clause first, then
 * the sentence, then the next sentence if it opens with "She" or "He".
 */
export function contextLean(text: string, start: number, end: number, titled = false): Lean {
  for (const [boundary, reach] of [
    [CLAUSE_END, 80],
    [SENTENCE_END, 160],
  ] as const) {
    const lean = leanOf(tally(stretch(text, start, end, boundary, reach), titled));
    if (lean) return lean;
  }
  const next = nextSentence(text, end);
  return (next !== undefined && leanOf(tally(next))) || { lean: 'unsure', clinical: [], publicCount: 0 };
}

/** "Mr Starmer's catheter", "Mrs Berwick's family": a name owning something of a patient's care. */
export function ownsClinical(after: string): boolean {
  return ownedCareWord(after) !== undefined;
}

/** Whether a word (any case, plural or not) is one of the words of care or leadership the lean counts. */
export function isTopicWord(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return [lower, singular].some((form) => CLINICAL_WORDS.has(form) || PUBLIC_WORDS.has(form));
}

/**
 * Words of care that colleagues share with patients: feelings, family, being ill, where staff work. A
 * name known only by where it stands ("Kwesi was upset…") needs a word of care beyond these, or it may
 * as well be a colleague's.
 */
export const SHARED_WITH_STAFF: ReadonlySet<string> = new Set(
  `frightened scared afraid terrified anxious upset tearful cried crying tears distressed wept embarrassed
  screamed screaming sobbing panicking grief grieving bereaved funeral widowed father mother mum dad wife husband
  son sons daughter parents family relative relatives grandchildren died death dying die unwell ill sick baby
  babies pregnant pregnancy newborn home ward clinic theatre corridor diagnosed diagnosis refused slept sleep
  weight heart chest injury broken fall fell fallen falling ed eightieth ninetieth hundredth`
    .split(/\s+/)
    .filter(Boolean)
    .concat(['asked if', 'asked whether', 'asked when', 'asked why', 'told me', 'sat with']),
);

// A stay in hospital is a patient's when someone owns it ("Miss Kaur's discharge"), though
// "discharges" alone is a statistic of flow.
const OWNED_EPISODE = new Set(['discharge', 'admission', 'readmission', 'ceiling', 'gp', 'carer', 'carers', 'cardiac']);

/** The word a name owns when it is a word of care ("Lakshmi's biopsy"), or nothing. */
export function ownedCareWord(after: string): string | undefined {
  const owned = /^['’]s\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?/i.exec(after);
  const words = [owned?.[1], owned?.[2], owned?.[3]]
    .map((word) => word?.toLowerCase() ?? '')
    .filter((word) => CLINICAL_WORDS.has(word) || OWNED_EPISODE.has(word));
  // "Jamal's real chest X-ray": the word only a patient has outranks one colleagues share.
  return words.find((word) => !SHARED_WITH_STAFF.has(word)) ?? words[0];
}

/** How many words of leadership the sentence around a span holds ("…swapped her on-calls"). */
export function publicWordsInSentence(text: string, start: number, end: number): number {
  return tally(stretch(text, start, end, SENTENCE_END, 160)).publicCount;
}

// What a colleague's trouble comes with: "upset after the complaint", "anxious about the exam".
const WORK_NEAR =
  /\b(?:complaints?|exams?|rota|shifts?|nights|on-?calls?|appraisal|arcp|portfolio|interview|training|teaching)\b/i;

/**
 * Whether the words of care around a name are a patient's and not what colleagues share with them:
 * feelings, family and where staff work count only in twos, with no word of leadership or work near.
 */
export function isCaring(
  text: string,
  start: number,
  end: number,
  clinical: readonly string[],
  nearby: string,
): boolean {
  const shared = clinical.filter((word) => SHARED_WITH_STAFF.has(word)).length;
  if (shared < clinical.length) return true;
  if (WORK_NEAR.test(nearby)) return false;
  // "I saw Nisha in the ED with her mum; she had taken 30 paracetamol": the rest of the sentence says.
  const sentence = tally(stretch(text, start, end, SENTENCE_END, 160));
  if (sentence.publicCount > 0) return false;
  const onlyCare = (words: readonly string[]) => words.some((word) => !SHARED_WITH_STAFF.has(word));
  if (shared >= 2 || onlyCare(sentence.clinical)) return true;
  const next = nextSentence(text, end);
  if (next === undefined) return false;
  const following = tally(next);
  return following.publicCount === 0 && onlyCare(following.clinical);
}

/**
 * Whether the words describing someone after their name ("Olumide, the teenager she saw in clinic who
 * later took an overdose") hold a word only a patient's care has: the description outweighs a word
 * of work elsewhere in the sentence ("Mentoring note: …").
 */
export function describedWithCare(text: string, end: number): boolean {
  let to = end;
  while (to < text.length && to - end < 160 && !SENTENCE_END.test(text.charAt(to))) to += 1;
  return tally(text.slice(end, to)).clinical.some((word) => !SHARED_WITH_STAFF.has(word));
}

/** Whether a short stretch of text holds any word of care, shared with colleagues or not. */
export function hasCareWord(text: string): boolean {
  const { clinical, publicCount } = tally(text);
  return clinical.length > publicCount;
}
