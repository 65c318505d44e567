import { contextLean, describedWithCare, isCaring, isTopicWord, ownedCareWord, SHARED_WITH_STAFF } from './cues';
import { FIRST_NAMES } from './first-names';
import { colleagueCue, DOES_CARE, lostInCare, patientCue } from './name-context';
import { isNotAName } from './name-words';
import { clinicalReason, NAME_BESIDE_CUE } from './names';
import { isConditionOrDrug } from './not-a-person';
import { isPublicSurname } from './public-figures';
import { around, scan } from './scan';
import { inStaffPlace } from './sentence-cues';
import type { Match } from './types';

/**
 * Names no list holds ("Tadeusz", "Oluwaseun", a surname alone in a handover), known by where they
 * stand: a capitalised word in a person's place in the sentence — the one who was, refused or told;
 * the one the doctor sat with, saw or gave news to; the owner of a scan or a mother; the one in bed 6 —
 * with care, not leadership, around it. Names on the first-name list are `findFirstNames`'s.
 */

// A capitalised word ("Dmitri", "O'Hara", "Adebayo-Smith"), and a surname straight after ("Alfonso Ribeiro").
const CAPITALISED =
  /\b(?<![A-Za-z0-9'’.\-\u00C0-\u024F])(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z\u00C0-\u024F]+(?:['’][A-Z][a-z]+|-[A-Z][a-z]+)?(?![A-Za-z0-9\u00C0-\u024F])/g;
const SURNAME_AT =
  /[ \t](?<surname>(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z\u00C0-\u024F]+(?:-[A-Z][a-z]+)?)(?![A-Za-z0-9\u00C0-\u024F])/y;

// Capitalised words that stand in a person's place without being a name: people by role or kin,
// departments, languages and nationalities, words opening a sentence.
const NOT_PERSON = new Set(
  `patient nobody everyone everybody somebody someone anyone anybody nothing something everything staff management
  nursing pharmacy outreach security physio physios physiotherapy porters portering surgery surgeons medicine
  paediatrics theatres mum mummy dad daddy grandma grandad granny nan nana nanny grandpa baby babies patients
  relatives family families doctors nurses consultants registrars juniors paramedics police ambulance crew
  everyone's english polish british irish scottish welsh urdu punjabi arabic french spanish portuguese romanian
  bengali somali chinese italian turkish farsi tigrinya god christmas ramadan diwali eid lent advent passover
  hanukkah vaisakhi covid sepsis delirium
  pain dementia nights days mornings evenings tonight eventually initially finally luckily fortunately
  unfortunately sometimes often later earlier soon instead anyway still again afterwards overall clearly
  apparently honestly actually reflection reflections handover learning outcome plan impression background
  summary action actions note notes update history examination diagnosis admission discharge referral dear
  thanks thank regards best kind yours sincerely several many most few both neither either none all some
  whoever whatever wherever whenever protocol protocols guideline guidelines checklist template system process
  sister rev revd reverend master professor prof son daughter grandson granddaughter grandchildren wife husband
  brother father mother widow widower uncle aunt auntie cousin niece nephew`
    .split(/\s+/)
    .filter(Boolean),
);
// Endings of words that are no one's name: "Pneumonia", "Colitis", "Endoscopy", "Sadly".
const WORD_ENDING =
  /(?:(?:itis|osis|aemia|emia|ectomy|otomy|oscopy|graphy|ity|ities|ance|ence|ology|ward|tion|sion|ment|ness|ship|ism|ist|care|work|time|line|day)s?|\w{5}ly)$/;

const SENTENCE_START = /(?:^|[.!?:;"“(]\s{0,3}|\n\s{0,3}|[–—-]\s{1,2})$/;
// The start of a clause, where a subject stands: "When Rhiannon came round", "and Dot became".
const CLAUSE_START =
  /(?:,|\b(?:when|whenever|after|before|until|because|as|while|if|once|and|but|so|then|that|where))[ \t]{1,2}$/i;
const CAPITAL_BEFORE = /[A-Z][a-z]+[ \t]$/;
const OPENER_BEFORE = /(?:[.!?:;"“]\s{0,3}|\n\s{0,3})([A-Z][a-z]+),?[ \t]$/;
const TITLE_BEFORE =
  /\b(?:mrs?|ms|miss|mx|dr|prof(?:essor)?|sir|dame|lord|lady|baroness|sister|nurse|matron|rev(?:erend)?|st|saint|father|rabbi|imam|cllr|master|the)\.?[ \t]{1,2}$/i;

// "Oluwaseun finally woke": a word of time or manner between the one and the verb.
const ADVERB =
  '(?:(?:finally|eventually|suddenly|just|then|still|never|always|even|also|only|quietly|slowly|actually|really|simply|immediately|later|again|briefly|properly)\\s{1,2})?';
// The one who did or felt something: "Tadeusz kept pulling", "Alfonso Ribeiro presented with".
const FEELS =
  'kept|tried|tries|climbed|wandered|pulled|spent|squeezed|gripped|smiled|laughed|nodded|keeps|stayed|remained|refused|refuses|declined|told|tells|asked|asks|said|says|cried|screamed|shouted|wept|died|wanted|wants|felt|feels|presented|complained|collapsed|vomited|woke|slept|agreed|deteriorated|arrested|spiked|desaturated|begged|pleaded|insisted|whispered';
const DOES = new RegExp(
  `^(?:\\s{0,2},[^,.;()]{1,50},)?\\s{1,2}(?:(?:had|has|was|is)\\s+(?:been\\s+)?(?:still\\s+|very\\s+|so\\s+|too\\s+|only\\s+)?)?${ADVERB}(?:was|is|had|has|came|went|needed|needs|looked|seemed|became|fell|pulled|ate|would|could|did|does|developed|${FEELS})\\b`,
);
// Verbs only a person governs find a subject anywhere: "On the ward round Jurgen told me".
const FEELS_AFTER = new RegExp(`^\\s{1,2}${ADVERB}(?:${FEELS})\\b`);
// The one the doctor was with or did something to: "sat with Oluwaseun", "gave Jaswinder the news".
const DONE_TO =
  /\b(?:(?:sat|sitting|stayed|waited)\b[^.;,]{1,40}?\bwith|(?:sat|sitting|stayed|talked|spoke|speaking|chatted|chat|lunch|tea|time|care|minutes|hours?|while|conversation|discussion|was|were|met|meeting|celebrated|laughed|joked|prayed|waited|cried|walked|played)\s+with|(?:explained|spoke|talked|listened|said|apologised|introduced\s+myself|broke\s+the\s+news)\s+to|(?:scans?|bloods|referral|tests?|results|echo|ct|mri|x-?ray|prescription|obs|operation|surgery|interpreter)\s+(?:for|of|on)|(?:brought|wheeled|carried)\s+in|(?:irritated|frustrated|annoyed|angry|cross|impatient|short|sharp|curt|gentle|firm|rude|honest|straight)\s+with|(?:happened|went\s+(?:wrong|badly|well))\s+with|(?:handled|managed|got)\s+(?:it|that|this|things)(?:\s+(?:right|wrong|well|badly))?\s+with|(?:safeguarding|referral|concerns?)\s+(?:[a-z]+\s+){0,2}?(?:for|about)|(?:worried|worrying|upset|something|thinking|frightened|scared|afraid|terrified|angry|cross|guilty|myself)\s+(?:about|for)|(?:certificate|prescription|request|form)\s+(?:was\s+)?for|failed|promised|rushed|explained\s+(?:[a-z]+\s+){1,3}?to|watching|watched|let|given|(?:saw|seen|see|cannulate|catheterise|resuscitate|intubate|referring|referred|refer|reviewed|review|examined|examine|visited|visit|discharged|discharge|admitted|admit|gave|give|giving|got|sent|brought|moved|helped|fed|washed|turned|woke|met|found|find|restrain|restrained|sedate|sedated|assessed|assess|transferred|catheterised|resuscitated|scanned|told|tell|telling|phoned|rang|consented|consent|clerked|clerk|treated|nursed|cannulated|reassured|comforted|think\s+about|thought\s+about|remember|remembered|young|little|old|big|poor|baby|dear\s+old))\s{1,2}$/i;
// "Esme, the little girl with…", "Kwabena, the lad with sickle cell", "Chantelle, who is pregnant".
const DESCRIBED =
  /^\s{0,2},\s{0,2}(?:(?:the|a|an|our|my|this)\s+(?:[a-z-]+\s+){0,2}?(?:lad|lass|girl|boy|man|woman|lady|gentleman|gent|chap|baby|toddler|teenager|child|kid|patient|pensioner|widow|widower|mum|mother|dad|father)\b|who\s+(?:is|was|had|has)\b)/i;
// A handover's "Okafor in side room 2", "Bed 6 – Haworth –".
// "Wilson's disease", "Glasgow Coma Scale", "Bell's palsy": a name that names a thing.
const EPONYM_AFTER =
  /^(?:['’]s)?\s{1,2}(?:disease|syndrome|sign|signs|test|criteria|score|scale|palsy|law|ulcer|fracture|phenomenon|triad|manoeuvre|classification|procedure|operation|needle|catheter|tube|ward|unit|hospital|house|road|street|centre|report|review|inquiry|model|principles|rule|rules)\b/i;
// "Seeing a patient", "Reviewed her on the ward": a verb opening a note, not a name.
const VERB_ENDING = /(?:ed|ing)$/;
const OBJECT_AFTER =
  /^\s{1,2}(?:a|an|the|her|his|him|them|my|our|this|that|these|those|to|with|in|on|at|for|up|out|back|over|me|us|it)\b/i;
const IN_BED_AFTER = /^\s{1,2}(?:(?:in|on)\s+|\(\s{0,2})(?:bed|bay|side\s*room|cubicle|room|sr)\s*\d/i;
// A handover's note on someone: "Kamau – post-op day 2", "Ffion still nil by mouth", "Teodora much better".
const HANDOVER_STATUS =
  /^\s{0,2}(?:[–—:-]\s{0,2})?(?:still|much|now|post-?op|day\s+\d|awaiting|nil\s+by\s+mouth|better|worse|comfortable|stable|settled|unsettled|confused|agitated|drowsy|spiking|febrile|deteriorating|improving|for\s+(?:mobilising|discharge|home|theatre|review|scan|palliation|comfort|tte|ct|mri|bloods))\b/i;
// "'Nobody tells me anything,' said Winnie": who spoke, after the words.
const SAID_BEFORE = /['’"”],?[ \t]{1,2}(?:said|says|asked|shouted|whispered|added|replied|insisted)[ \t]{1,2}$/;
const KIN_TITLE_BEFORE = /\b(?:Dear|Nana|Nanna|Aunty|Auntie|Uncle|Grandma|Granny|Grandad|Grandpa|Papa|Mama|Baba)[ \t]$/;
const IN_BED_BEFORE = /\b(?:bed|bay|side\s*room|cubicle)\s*\d{1,3}[a-z]?\s{0,2}[-–—:,(]\s{0,2}$/i;

// Names with those endings: "Jacqueline" is no guideline, "Howard" no ward.
const NAMES_WITH_WORD_ENDINGS = new Set(
  `jacqueline caroline pauline adeline madeline emmeline edward howard florence lawrence laurence clarence terence
  constance prudence patience felicity charity`.split(/\s+/),
);

/** Whether a capitalised word may be a person's name at all: no role, department, language, opener or noun ending. */
export function isPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const wordEnding = WORD_ENDING.test(lower) && !NAMES_WITH_WORD_ENDINGS.has(lower);
  return word.length > 2 && !isNotAName(word) && !NOT_PERSON.has(lower) && !wordEnding && !isTopicWord(word);
}

// A place or an organisation, not a person: "Leeds was the first trust to…", "Christie's day unit",
// "Salford kept its stroke unit open".
const INSTITUTION_AFTER =
  /^(?:['’]s|\s{1,2}(?:was|is|has|had|became)\s+(?:(?:a|an|the|one\s+of\s+the|our)\s+)?)(?:\s*[a-z-]+){0,3}?\s+(?:trusts?|hospitals?|sites?|city|town|region|centre|units?|services?|departments?|board|pathway|website|policy|guidelines?)\b/i;
const ITS = /\bits\b/i;
const PERSON_PRONOUN = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;

const NEXT_TO_CUE = /^\s{0,2}(?:[,(–-]|(?:was|is|had|has|became|who)\b)/;
// "Kayleigh, 15, who disclosed…": an age beside a name.
const AGE_AFTER = /^\s{0,2}[,(]\s{0,2}(?:aged\s+)?\d{1,3}\s{0,2}(?:[,)]|y(?:ears?|rs?|o)?\b|-year)/i;

// Done only to patients: "trying to cannulate Agatha", "we sectioned Tomasz".
// "a line in Hamish", "the tube into Esi": what goes into a patient.
const CARE_ONLY_DONE_TO =
  /\b(?:cannulat|catheteris|resuscitat|intubat|sedat|transfus)\w{0,4}\s{1,2}$|\bsectioned\s{1,2}$|\b(?:line|cannula|venflon|drip|catheter|tube|needle)\s+(?:in|into)\s{1,2}$/i;

type Place = 'strong' | 'needs-care' | undefined;

/** Whether the word stands where a person does: beside a bed (strong), or as doer, done-to or owner. */
function personPlace(near: string, after: string, opening: boolean, doneTo: boolean): Place {
  if (IN_BED_BEFORE.test(near.slice(-24)) || IN_BED_AFTER.test(after) || CARE_ONLY_DONE_TO.test(near)) return 'strong';
  if (lostInCare(near, after)) return 'strong';
  if (doneTo || SAID_BEFORE.test(near) || DESCRIBED.test(after) || AGE_AFTER.test(after) || /^['’]s\s/.test(after)) {
    return 'needs-care';
  }
  if ((opening && (DOES.test(after) || HANDOVER_STATUS.test(after))) || FEELS_AFTER.test(after)) return 'needs-care';
  return undefined;
}

export function findNameShapes(text: string): Match[] {
  return scan(text, CAPITALISED, (hit) => {
    const first = hit[0];
    if (FIRST_NAMES.has(first.toLowerCase()) || !isPersonWord(first)) return undefined;
    SURNAME_AT.lastIndex = hit.index + first.length;
    const surname = SURNAME_AT.exec(text)?.groups?.surname;
    const start = hit.index;
    const end = start + first.length + (surname && isPersonWord(surname) ? surname.length + 1 : 0);
    const { before, after } = around(text, start, end, 60);
    // The patterns read back from the word only as far as they need: this runs for every capitalised word.
    const near = before.slice(-40);
    if (TITLE_BEFORE.test(near.slice(-16)) || EPONYM_AFTER.test(after) || INSTITUTION_AFTER.test(after)) {
      return undefined;
    }
    // "her Crohn's", "a child with Kawasaki", "gave IV Tazocin": a condition or a drug.
    if (isConditionOrDrug(first, near, after, end === start + first.length) || DOES_CARE.test(after)) return undefined;
    if (ITS.test(after) && !PERSON_PRONOUN.test(after)) return undefined;
    // "Nana Ama", "Uncle Kwesi": a family title of address, read past as if the name opened there.
    const kin = KIN_TITLE_BEFORE.exec(near);
    const lead = kin ? near.slice(0, kin.index) : near;
    const sentenceStart = SENTENCE_START.test(lead.slice(-4));
    // "Seeing a patient…" opens with a verb, not a name.
    if (sentenceStart && VERB_ENDING.test(first) && OBJECT_AFTER.test(after) && end === start + first.length) {
      return undefined;
    }
    const clauseStart = CLAUSE_START.test(lead.slice(-12));
    const doneTo = DONE_TO.test(lead);
    // Inside a longer proper noun ("the Royal Bolton Hospital") it is no one's name; after "Saw" or
    // "Young" opening a sentence it may be.
    // "Yesterday Gideon's wound…": a word that opens a sentence and is no name does not join a proper noun.
    const afterOpener = OPENER_BEFORE.exec(start <= 30 ? `\n${text.slice(0, start)}` : near.slice(-30));
    const opener = !!afterOpener && isNotAName(afterOpener[1] ?? '');
    const proper = !kin && CAPITAL_BEFORE.test(near.slice(-30));
    if (!sentenceStart && !clauseStart && !doneTo && !opener && proper) return undefined;
    const opening = sentenceStart || clauseStart || opener;
    const place = personPlace(near, after, opening, doneTo);
    // With no place, only a cue right beside a sentence's first word counts: "Sawicka, 82, …", not
    // "Saw Mrs Jones, … born …".
    if (!place && !(opening && NEXT_TO_CUE.test(after))) return undefined;
    if (patientCue(before, after)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    if (!place || colleagueCue(before, after)) return undefined;
    const owned = ownedCareWord(after);
    if (owned && !SHARED_WITH_STAFF.has(owned)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    // A public figure's surname alone ("Hancock told…") is theirs unless a bed or a cue beside it says otherwise.
    if (place !== 'strong' && end === start + first.length && isPublicSurname(first)) return undefined;
    const { lean, clinical } = contextLean(text, start, end);
    // Feelings, family and where colleagues work ("Kwesi was upset", "kept the ward going") are no sign
    // of care alone: one of them needs a word of care beside it, or a second and no word of work.
    // Feelings in the sluice or on her own ward are a colleague's: staff signs outweigh shared words.
    const sharedOnly = clinical.every((word) => SHARED_WITH_STAFF.has(word));
    const caring =
      (isCaring(text, start, end, clinical, `${before} ${after}`) ||
        (DESCRIBED.test(after) && describedWithCare(text, end))) &&
      !(sharedOnly && inStaffPlace(text, start, end));
    if ((lean === 'patient' && caring) || (place === 'strong' && lean !== 'public')) {
      return { kind: 'name', start, end, message: clinical.length ? clinicalReason(clinical) : NAME_BESIDE_CUE };
    }
    return undefined;
  });
}
