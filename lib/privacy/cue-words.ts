/**
 * The words and phrases the lean in `cues.ts` counts: words of a patient's care, words of leadership, and
 * the words of care colleagues share with patients. Data, not logic: words are looked up in sets, and the
 * phrases (regular-expression sources, case-blind) joined into one pattern.
 */

// Words of a patient's care, body and feelings.
export const CLINICAL_WORDS: ReadonlySet<string> = new Set(
  `bed bedside cubicle ward trolley corridor resus clinic appointment scan scans scanned scanner mri x-ray xray biopsy
  blood bloods result results swab frightened scared afraid terrified anxious upset tearful cried crying tears
  confused confusion agitated distressed pain breathless vomiting fall fallen falling fell discharged discharging
  admitted readmitted admission transferred relative relatives family daughter son sons wife husband mother mum
  father dad parents grandchildren died dying die death hospice operation surgery theatre cannula drip drain
  catheter insulin warfarin tablets medication inhaler chemo chemotherapy tumour tumor cancer diagnosis diagnosed
  prognosis dementia delirium infection pneumonia fracture fractured hip wound endoscopy resuscitated
  resuscitation dnacpr interpreter overdose pregnancy pregnant seizure seizures sugars examine examined examination
  sick ill unwell home ulcer ulcers dressed dressing dressings fever temperature rash oxygen mask refused eat
  eating bell buzzer commode hoist translator heartbeat safeguarding stoma swallowed eightieth ninetieth hundredth cot cotside feed feeds dietitian dietician breathe dose doses echo bleed bleeding sores injury broken wept weight embarrassed kidney heart
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
  alive lactate creatinine crp inr haemoglobin platelets ecg ecgs ed x-ray tube nasogastric ng peg deteriorated deteriorating deterioration bruise bruises bruised bruising troponin potassium nbm`
    .split(/\s+/)
    .filter(Boolean),
);

// Words of reports, politics, meetings and roles: what a reflection on leadership says of the people in it.
export const PUBLIC_WORDS: ReadonlySet<string> = new Set(
  `report reports review speech speeches inquiry government minister ministers secretary prime parliament
  committee board conference keynote talk lecture book article paper tweet tweets briefing briefings interview
  interviewed announced launched published promise promised pledge pledged policy policies strategy vision
  programme framework reform reforms funding budget spending election campaign commissioned chaired chair
  governor governors director directors manager managers executive executives team rota rotation audit qi
  project teaching taught session mentor mentored mentoring supervisor supervised supervision appraisal meeting
  forum huddle deanery ofsted cqc gmc leadership argued wrote quoted staffing pay contract contracts
  commissioners market services workforce trainees debrief debriefed lead leads leading led presented
  opening opened visited unveiled toured party mp coalition austerity bill act timetable feedback
  colleague colleagues conflict coaching coach career promotion retires retirement training
  shift shifts email emailed agenda improvement dashboard spreadsheet slides consultants registrars
  juniors organisation values finance deficit trust delegation hr recruitment vacancies locum portfolio arcp revalidation
  appraiser award awards ceremony gala graduation curriculum exam exams paternity office registrar oncall certificate swapped swap bullied bullying comments comment remarks statement rally column newspaper headline headlines media press podcast weekend weekends covered rotated nation trusts pathway pathways strike strikes induction f1 f2 fy1 fy2 sho`
    .split(/\s+/)
    .filter(Boolean),
);

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
  weight heart chest injury broken fall fell fallen falling ed eightieth ninetieth hundredth alive`
    .split(/\s+/)
    .filter(Boolean)
    .concat(['asked if', 'asked whether', 'asked when', 'asked why', 'told me', 'sat with'])
    .concat(['squeezed my hand', 'held my hand', 'holding my hand', 'gripped my hand', 'grabbed my hand']),
);

// Phrases that outweigh their words: "ward round" is a doctor's work, "side room" a patient's place.
// Patients are seen on a ward round and colleagues lead it: it says neither.
// Patients are handed over and colleagues hand over: "handover" is no word in the list either way.
// "Wanted to talk about football" is no talk given at a conference.
export const NEUTRAL_PHRASES = [
  // "I promised I would come back": a doctor's word to someone, not a politician's pledge.
  '(?:i|we)\\s+(?:had\\s+)?promised',
  'ward\\s+rounds?',
  '(?:wanted|wants|want|needed|needs|need|liked|likes|like|tried|trying)\\s+to\\s+talk',
];
export const PUBLIC_PHRASES = [
  'ward\\s+(?:managers?|huddles?|clerks?|meetings?|teams?)',
  'bed\\s+(?:base|state|occupancy|days|modelling|capacity|managers?)',
  'theatre\\s+(?:lists?|teams?|utilisation)',
  'business\\s+case',
  '(?:long|longer|longest|growing|shortest)\\s+waiting\\s+lists?',
  'waiting\\s+times',
  '(?:off|went)\\s+sick',
  'sick\\s+(?:leave|days?|rates?|notes?)',
  '(?:annual|study|maternity|paternity|parental)\\s+leave',
  'long\\s+days?',
  'protected\\s+(?:time|breaks?)',
  'on[- ]?calls?',
  'night\\s+shifts?',
  'phased\\s+return',
  'occupational\\s+health',
  '(?:is|was|been)\\s+off\\s+(?:work|sick|for)',
  '(?:back|return(?:ed|ing)?)\\s+(?:at|to)\\s+work',
  'leaving\\s+(?:do|party|drinks|card|speech)',
  '(?:exam|audit|survey|election|interview)\\s+results?',
  'farewell',
  'send-off',
  '(?:relative|patient|family|son|daughter|husband|wife|consultant|boss|registrar|surgeon|manager)\\s+(?:shouted|swore|yelled|was\\s+rude|complained)\\s+(?:at|to|about)',
];
export const CLINICAL_PHRASES = [
  'x-?ray\\w*',
  'a\\s?&\\s?e',
  'bay\\s+\\d+',
  'side\\s+room',
  'care\\s+home',
  'package\\s+of\\s+care',
  'nil\\s+by\\s+mouth',
  'bad\\s+news',
  'asked\\s+(?:me\\s+)?(?:if|whether|when|why)',
  'told\\s+me',
  'sat\\s+with',
  'held\\s+\\w+\\s+hand',
  'waiting\\s+list',
  'day\\s+room',
  'next\\s+bay',
  'end\\s+bed',
  'intensive\\s+care',
  'post-?op',
  'nil\\s+by\\s+mouth',
  'on\\s+the\\s+(?:bathroom\\s+|bedroom\\s+|kitchen\\s+|toilet\\s+)?floor',
  'sitting\\s+up',
  '(?:he|she)\\s+(?:was|is)\\s+(?:the\\s+one\\s+)?dying',
  'asked\\s+for\\s+(?:a|the)\\s+(?:priest|chaplain|imam|rabbi|vicar)',
  '(?:into|in|out\\s+of|across)\\s+the\\s+bay',
  'discharge\\s+lounge',
  'transport\\s+home',
  'waters\\s+broke',
  'family\\s+meeting',
  // Meetings held about one patient: "the safeguarding strategy meeting", "a best interests meeting".
  'safeguarding\\s+(?:strategy\\s+)?(?:meetings?|conferences?|discussions?|referrals?)',
  'best\\s+interests?\\s+(?:meetings?|decisions?)',
  'child\\s+protection\\s+(?:conferences?|meetings?|cases?|plans?)',
  'case\\s+conferences?',
  '(?:surgeons?|consultants?|doctors?|nurses?)\\s+explained',
  '(?:squeezed|held|holding|gripped|grabbed)\\s+my\\s+hand',
  'death\\s+certificate',
  'cremation\\s+form',
  '(?:stop|stopped|stopping|withdraw|withdrew|withdrawing)\\s+(?:treatment|feeds?|dialysis|antibiotics)',
  'self-?discharg\\w*',
  'care\\s+package',
  'health\\s+visitor',
  'icu',
  'itu',
  'hdu',
  'picu',
  'nicu',
  'scbu',
  'ccu',
  // With the name read out of the stretch: "We gave [Kamal] the news", "found [Iris] in the bathroom".
  'gave\\s+the\\s+news',
  'second\\s+opinion',
  'self-?harm\\w*',
  '(?:referral|discharge|clinic|gp)\\s+letters?',
  'found\\s+(?:in|on)\\s+the\\s+(?:bathroom|toilet|floor|bath|stairs)',
  '(?:asking|asked|calling|shouting|crying)\\s+for\\s+(?:her|his|their)\\s+(?:mum|mother|dad|father|son|daughter|husband|wife|children|kids|family)',
];
// Words of care a person owns ("her pain", "his notes") count twice: they are someone's own care.
export const OWNED_CARE = [
  'notes',
  'obs',
  'observations',
  'meds',
  'medication',
  'medicines',
  'tablets',
  'bloods',
  'results?',
  'pain',
  'drip',
  'wound',
  'cannula',
  'catheter',
  'scans?',
  'biopsy',
  'cancer',
  'tumour',
  'operation',
  'diagnosis',
  'prognosis',
  'care\\s+package',
  'symptoms',
  'breathing',
  'sats',
  'oxygen',
  'dressings?',
  'stoma',
  'pressure\\s+sores?',
];
