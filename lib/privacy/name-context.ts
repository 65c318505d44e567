/**
 * Whether the words around a titled name make it a patient, a relative or a colleague. Doctors name
 * colleagues all the time ("Dr Patel, my supervisor"), so these look only at the words right beside
 * the name: an apposition ("the patient, Dr Jones"; "Mrs Khan, 82,") or the verb the name governs
 * ("Dr Smith was admitted"), never at a "patient" somewhere else in the sentence.
 *
 * Case-blind ASCII patterns (`i`, not `iu`, and `\b`): they run for every titled name in a long entry.
 */

const RELATIVE =
  '(?:wife|husband|partner|son|daughter|mother|mum|father|dad|brother|sister|carer|grandson|granddaughter|niece|nephew|neighbour)';

/** Family words, longest first: "son-in-law" before "son". */
export const FAMILY =
  '(?:son-in-law|daughter-in-law|mother-in-law|father-in-law|brother-in-law|sister-in-law|grandmother|grandfather|granddaughter|grandson|grandma|grandad|granny|gran|stepmother|stepfather|stepmum|stepdad|stepson|stepdaughter|widower|widow|wife|husband|son|daughter|mother|mum|father|dad|brother|aunt|auntie|uncle|cousin|niece|nephew|twin|fianc[eé]e?|girlfriend|boyfriend)';

const PATIENT_BEFORE = new RegExp(
  `\\b(?:patients?|pts?|client|referring|thank\\s+you\\s+for\\s+seeing|relatives?|next\\s+of\\s+kin|nok|(?:his|her|their|patient['’]s)\\s+${RELATIVE}|${RELATIVE}\\s+of|patient['’]s\\s+name)(?:(?<=pts?)\\.)?\\s{0,2}[,:(–-]?\\s{0,2}(?:(?:is|was|called|named)\\s{1,2})?$`,
  'i',
);

const EPISODE_VERB =
  '(?:re)?admitted|brought\\s+in|discharged|transferred|seen\\s+in|referred\\s+(?:to|by|with|for)|diagnosed|found\\s+collapsed';
const PATIENT_AFTER = new RegExp(
  [
    // "Dr Smith, a retired GP, was admitted"; "Mrs Jones (who) presented with"; "Mr Ali died".
    `^(?:\\s{0,2},[^,.;()]{1,40},)?\\s{0,2}(?:who\\s+)?(?:(?:was|is|had\\s+been|has\\s+been|got)\\s+(?:${EPISODE_VERB})|(?:is|was)\\s+(?:still\\s+)?for\\s+(?:discharge|home|theatre|palliation|comfort\\s+care|transfer|dialysis|surgery|an?\\s+(?:scan|ct|mri|echo|ogd|biopsy))\\b|presented\\s+(?:with|to\\s+(?:ed|a\\s?&\\s?e|hospital|the\\s+(?:ed|gp|hospital)))|attended\\s+(?:ed|a\\s?&\\s?e|clinic|the\\s+clinic)|died|passed\\s+away|complained\\s+of|came\\s+in\\s+with|(?:is|was|became)\\s+(?:a|an|our|my|the)\\s+(?:[a-z\\u00C0-\\u024F]+\\s+)?(?:patient|boy|toddler|teenager|baby|child)\\b)`,
    // "Mrs Pennington in the end bed", "Kofi in bay 3": in a bed, not on a bay as the nurse looking after it is.
    '^\\s{1,2}in\\s+(?:the\\s+)?(?:(?:end|corner|window|next|far)\\s+bed|bed\\s*\\d|bay\\s*\\d|side\\s*room|cubicle\\s*\\d)',
    // Apposition: "Mrs Jones, the patient," (not "the patient's GP"), "Dr Smith, the GP admitted last
    // night,", "Mrs Khan, 82,", "Mr Ali, aged 64", a date of birth.
    "^\\s{0,2}[,(–-]\\s{0,2}(?:(?:the|a|an|our|my|this)\\s+(?:[\\w'’-]+\\s+){0,2}?)?(?:patient(?!['’]s\\s{1,2}(?:gp|consultant|doctor|nurse|surgeon|registrar|solicitor|lawyer|advocate|social\\s+worker|pharmacist|physio))|pt)\\b",
    '^\\s{0,2}[,(–-]\\s{0,2}(?:the|a|an|our|my)\\s+[^,.;()]{0,30}?\\b(?:(?:re)?admitted|discharged|brought\\s+in|cannulated|clerked|resuscitated|intubated|sectioned|operated\\s+on)\\b',
    // "Jayden, the boy I cannulated", "Ava, a toddler with croup": a child or an old person, never staff.
    '^\\s{0,2},\\s{0,2}(?:the|a|an|our|my|this)\\s+(?:[a-z-]+\\s+){0,2}?(?:boy|toddler|teenager|baby|child|pensioner)\\b',
    '^\\s{0,2}[,(]\\s{0,2}(?:aged\\s+)?\\d{1,3}\\s{0,2}(?:[,)]|y|yo|years?|yrs?|-year)',
    // "Gladys, ninety-one, refused…": an age in words.
    '^\\s{0,2}[,(]\\s{0,2}(?:aged\\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a\\s+hundred)\\s{0,2}[,)]',
    // Not "born in Lahore", "born and raised": where someone grew up.
    '^[^.;]{0,30}?\\b(?:dob|d\\.o\\.b|date\\s+of\\s+birth|born(?!\\s+(?:and\\s+(?:raised|bred)|in\\s+(?!\\d))))\\b',
    // "Wiremu's daughter rang to say thank you": family who call, visit and ask about someone in our care.
    `^['’]s\\s+(?:(?:eldest|youngest|elder|older|younger|only)\\s+)?${FAMILY}\\s+(?:(?:rang|phoned|called)\\s+(?:the\\s+ward|to\\s+(?:say\\s+thank|ask|complain|thank))|visited|brought\\s+in|sat\\s+with\\s+(?:him|her)\\s+(?:all\\s+night|overnight|through\\s+the\\s+night|until\\s+the\\s+end|till\\s+the\\s+end)|(?:has|have|had)\\s+been\\s+at\\s+the\\s+(?:bedside|cot\\s?side)|asked\\s+(?:me|us|if|whether|why|when|about)|wanted\\s+(?:to\\s+know|him|her|everything|us|me)|thanked|complained|found\\s+(?:him|her))`,
    // "Nana Ama was ninety-two": an old age, said of someone.
    '^\\s{1,2}(?:is|was|had\\s+turned|turned)\\s+(?:aged\\s+)?(?:(?:sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a\\s+hundred|1[01]\\d|[6-9]\\d(?=\\s+(?:years|and\\b)|\\s{0,2}[,.]))\\b(?![\\s-]{0,2}(?:minutes?|mins?|seconds?|hours?|days?|weeks?|months?|per|%))',
  ].join('|'),
  'i',
);

export const COLLEAGUE =
  '(?:consultants?|surgeons?|registrars?|regs?|colleagues?|supervisors?|trainers?|mentors?|directors?|managers?|chair|anaesthetists?|physicians?|radiologists?|psychiatrists?|gps?|leads?|boss|sho|fy[12]|[sc]t[1-8]|fellows?|f[12]s?|heads?|members?|governors?|officers?|administrators?|presidents?|founders?|authors?|economists?|commissioners?|inspectors?|mps?|councillors?|health\\s+secretary|coroner|solicitors?|barristers?|judge|lawyers?|advocates?|ombudsman|investigators?|chaplains?|interpreters?|matron|pharmacists?|nurses?|sister|midwi(?:fe|ves)|physios?|therapists?|receptionists?|coordinators?|clerks?|executives?|ceo|coo|cfo|chief|secretary|minister|professor|coach|tutor|teacher|dean|partner\\s+at|trainee)';
// "Dr Hughes and Mrs Begum": named beside a doctor, as at a meeting.
const COLLEAGUE_BEFORE = new RegExp(
  `\\b(?:${COLLEAGUE}|under|my|our|with\\s+my|thanks?\\s+(?:you\\s+)?to|(?:dr|prof(?:essor)?)\\.?\\s+[a-z'’-]+\\s+and)\\s{0,2}[,:(–-]?\\s{0,2}$`,
  'i',
);
const COLLEAGUE_AFTER = new RegExp(
  // Not "Mrs Baptiste, who shouts at the nurses": "who" must be "who is" or "who was" to name a role.
  `^\\s{0,2}[,(–-]\\s{0,2}(?!who\\s+(?!is\\b|was\\b|(?:had|has)\\s+been\\b))(?!(?:asked|wants?|wanted|needs?|needed|called|rang|saw|met|told|thanked|shouted|refused|requested)\\b)(?:(?:my|our|the|a|an|his|her|their)\\s+)?(?:[a-z\\u00C0-\\u024F'’-]+\\s+){0,4}?${COLLEAGUE}\\b`,
  'i',
);

// "was admitted to the leadership fellowship", "transferred to the Royal Free as a consultant",
// "referred to occupational health": the words of a patient's stay, used of a career.
const EPISODE_AT_WORK =
  /^(?:\s{0,2},[^,.;()]{1,40},)?\s{0,2}(?:who\s+)?(?:(?:was|is|had\s+been|has\s+been|got)\s+)?(?:admitted|discharged|transferred|referred|presented)\b[^.;]{0,40}?\b(?:fellowship|programme|scheme|duties|post|role|job|as\s+(?:a|an|the)\s+(?:new\s+)?(?:consultant|registrar|lead|director|manager|trainee|fellow)|occupational\s+health|conference|committee|board|course|training|with\s+the\s+team|at\s+work)\b/i;

// "Dr Nowak's daughter was born last week": someone else's birth.
const RELATIVE_BORN =
  /^['’]s\s+(?:new\s+|first\s+|second\s+)?(?:daughter|son|baby|child|twins|grandchild|granddaughter|grandson)\s+(?:was|were|has\s+been)\s+born\b/i;

// "Kate, 29, our newest registrar": an age beside a name, then a role.
const AGE_THEN_ROLE = new RegExp(
  `^\\s{0,2}[,(]\\s{0,2}(?:aged\\s+)?\\d{1,3}\\s{0,2}[,)]\\s{0,2}(?:(?:my|our|the|a|an)\\s+)?(?:[a-z-]+\\s+){0,3}?${COLLEAGUE}\\b`,
  'i',
);

// "Mr Patel's theatre list", "Mr Shah operated": a surgeon (titled Mr or Ms in the UK) at work.
const COLLEAGUE_AT_WORK =
  /^(?:['’]s\s+(?:[a-z\u00C0-\u024F-]+\s+)?(?:theatre|operating\s+list|clinic|team|firm|registrar|ward\s+round|rota|job\s+plan|patients|secretary|juniors|trainees|department)|(?:\s{0,2},[^,.;()]{1,40},)?\s+(?:(?:had|has)\s+)?(?:asked\s+(?:me|us)\s+to\s+(?:lead|cover|review|see|check|run|present|chair|audit|teach|supervise|prescribe|examine|assess|clerk|write)|operated|taught|teach|supervised|chaired|consented|was\s+on\s+call|reviewed|examined|assessed|escalated|prescribed|intubated|cannulated|clerked|covered|bleeped|paged|took\s+over|scrubbed|showed\s+me|helped\s+me|(?:ran|runs|leads|led|chairs|manages|managed|organises|organised|coordinates|coordinated)\s+the|presented\s+the))\b/i;

// "I learned to tie knots from Mr Qureshi", "was taught how to cannulate by Dipo": a teacher of a skill.
const LEARNED_SKILL_FROM = /\b(?:learn(?:ed|t|ing)|taught)\s+(?:how\s+)?to\s+[^.;!?]{1,40}?\b(?:from|by)\s{1,2}$/i;

// "I bleeped Tom", "handed over to Priya", "asked Sam to review": the doctor working with a colleague.
const WORKING_WITH_BEFORE =
  /\b(?:bleeped|paged|emailed|texted|messaged|shadowed|handed\s+over\s+to|escalated\s+to|debriefed\s+with|on\s+call\s+with)\s{1,2}$/i;
const ASKED_TO_WORK =
  /^\s+to\s+(?:lead|cover|review|see|check|run|help|present|chair|audit|teach|supervise|prescribe|examine|assess|clerk)\b/i;

// "Kiran has been diagnosed with diabetes and needs protected breaks": a colleague's health, at work.
const ADJUSTED_AT_WORK =
  /\b(?:protected\s+(?:breaks?|time)|long\s+days|phased\s+return|occupational\s+health|sick\s+leave|reasonable\s+adjustments?|less\s+than\s+full\s+time|ltft|(?:her|his|their)\s+(?:rota|shifts|on-?calls|nights|training|arcp|exams?))\b/i;

// Someone doing a clinician's work: "Wiktoria explained the insulin", "It was Tobi who realised", "Idris
// stayed late".
export const DOES_CARE =
  /^\s{1,2}(?:who\s+|had\s+|has\s+)?(?:spotted|noticed|caught|realised|realized|escalated|explained|examined|cannulated|prescribed|checked|intubated|resuscitated|did\s+(?:the|a|an|his|her)|took\s+(?:bloods|over|the\s+(?:bloods|history|lead))|stayed\s+(?:late|on)|was\s+first|sorted|fixed|covered|handed\s+over|bleeped|phoned\s+the|rang\s+the|called\s+(?:the|for|an?)\b|ran|led|(?:break|broke|breaking)\s+(?:the\s+)?(?:bad\s+)?news|consent(?:ed)?\s+(?:a|an|the|my|our)|taught|supervised)\b/i;

// "We lost Augustin at 3am": a death, told the way staff tell it.
const LOST_BEFORE = /\b(?:[Ww]e|[Ii])\s+lost\s{1,2}$/;
const DIED_WHEN =
  /^\s{1,2}(?:at\s+\d|overnight|this\s+morning|last\s+night|in\s+the\s+night|peacefully|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i;

/** "We lost Ahmed overnight": a death, told the way staff tell it. */
export function lostInCare(before: string, after: string): boolean {
  return LOST_BEFORE.test(before) && DIED_WHEN.test(after);
}

// "Caring for Ruth in her last days": not "caring for Ruth's patients".
const CARED_FOR = /\b(?:caring|cared)\s+for\s{1,2}$/i;

export function patientCue(before: string, after: string): boolean {
  if (lostInCare(before, after) || (CARED_FOR.test(before) && !/^['’]s\b/.test(after))) return true;
  if (AGE_THEN_ROLE.test(after) || RELATIVE_BORN.test(after) || EPISODE_AT_WORK.test(after)) return false;
  if (ADJUSTED_AT_WORK.test(after)) return false;
  return PATIENT_BEFORE.test(before) || PATIENT_AFTER.test(after);
}

// "Sarah from the rota team", "Mrs Begum from the CCG", "Ben from IT": where a colleague works.
const WORKPLACE_AFTER =
  /^(?:['’]s)?(?:\s+and\s+[A-Z][a-z]+)?\s+(?:from|in|at|of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:team|department|office|unit|deanery|it|estates|pharmacy|finance|hr|pals|audit|governance|coding|staffing|rota|management|trust|division|icb|ccg|board|hub|service|lounge|desk|practice|council|charity|agency|switchboard|lab|laboratory|library|school|college|university|network|faculty|academy|panel|forum|group|committee|partnership|association|healthwatch)\b/i;

// "Kalanithi wrote When Breath Becomes Air", "Martin founded the CHFG": what authors and campaigners do.
const PUBLIC_ACT =
  /^\s{1,2}(?:wrote\s+(?:[A-Z]|about\b|a\s+book|the\s+book|an?\s+(?:article|paper|essay|blog|memoir))|(?:co-?)?founded\b|campaigned\b|coined\b)/;

export function isPublicAct(after: string): boolean {
  return PUBLIC_ACT.test(after);
}

export function colleagueCue(before: string, after: string): boolean {
  return (
    COLLEAGUE_BEFORE.test(before) ||
    COLLEAGUE_AFTER.test(after) ||
    COLLEAGUE_AT_WORK.test(after) ||
    WORKING_WITH_BEFORE.test(before) ||
    LEARNED_SKILL_FROM.test(before) ||
    (/\basked\s{1,2}$/i.test(before) && ASKED_TO_WORK.test(after)) ||
    WORKPLACE_AFTER.test(after) ||
    PUBLIC_ACT.test(after) ||
    EPISODE_AT_WORK.test(after)
  );
}
