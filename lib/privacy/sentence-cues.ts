import { KIN_OWNS, SHARED_WITH_STAFF, type Tally, tally } from './cues';
import { COLLEAGUE } from './name-context';

/**
 * The cues a sentence holds about the people named in it, read once per sentence however many names it
 * holds (a long entry may hold hundreds): words of care and of leadership, and signs that whoever is
 * named works there. Sentences end at a full stop, a question or exclamation mark or a line break;
 * one longer than 240 characters is read in 240-character pieces, so the work stays linear.
 */

export const ROLE_WORD = new RegExp(`\\b${COLLEAGUE}\\b`, 'i');
// Work around a colleague: "the complaint", "the exam", "her ward", "her first day", "took Dipo through".
const WORK =
  /\b(?:complaints?|exams?|rota|shifts?|nights|on-?calls?|appraisal|arcp|portfolio|interview|training|teaching|induction|inquests?|medicine|career|specialty|job\s+plan|full[- ]time|part[- ]time|ltft|(?:his|her|their)\s+(?:own\s+)?(?:ward|patients?|team|shift|clinic|list|bleep|trainees?|juniors?|department|practice|unit)\b|(?:his|her|their)\s+first\s+(?:day|week|shift|rotation|placement|job|night)|took\s+\S+\s+through|showed\s+\S+\s+how|(?:time|days?|weeks?)\s+off|coffee|(?:be|was|were|running)\s+late)\b/i;
// Praise: "Sunita was brilliant during the arrest".
const PRAISE =
  /\b(?:brilliant|amazing|excellent|fantastic|superb|impressive|outstanding|supportive|helpful|inspiring|calm\s+and|great\s+(?:at|with)|best\s+(?:registrar|consultant|nurse|colleague|trainer|teacher|boss))\b/i;
// "the patient" beside a name is someone else: whoever is named is looking after them ("Tobi realised
// the patient…").
const ANOTHER_PATIENT =
  /\b(?:the|a|an|our|my|this|that|each|every)\s+(?:[a-z-]+\s+)?patients?\b(?!['’]s\s+(?:name|own))/i;
// Where only staff go, and their own part of the work: "crying in the sluice", "the death on her ward".
const STAFF_OWN =
  /\b(?:sluice|staff\s?room|mess|doctors['’]?\s+(?:office|room)|nurses['’]?\s+station|break\s+room|canteen|changing\s+rooms?|locker\s+room|coffee\s+room|on-?call\s+room|(?:his|her|their)\s+(?:own\s+)?(?:ward|team|shift|bleep|trainees?|juniors?|department)|(?:his|her|their)\s+first\s+(?:day|week|shift|rotation|placement|job|night|death|arrest))\b/i;
// The next sentence goes on about the same person: "Saw Oriane. She was…".
const GOES_ON = /^[.!?]["”’']?\s{1,3}(?:She|He|They|Her|His|Their)\b/;
const BOUNDARY = /[.!?\n]/g;
const LONGEST = 240;

export interface Read {
  /** Words of care, those colleagues share with patients adding up to one at most. */
  readonly care: number;
  readonly publicCount: number;
}

export interface Around {
  readonly own: Read;
  /** The sentence before and after, a relative's illness left out ("…her mum's cancer is back"). */
  readonly side: Read;
  /** How much the sentences either side count: more when the next goes on about the same person. */
  readonly reach: number;
  /** How many signs of staff at work the sentence holds: a role, work, praise, another patient. */
  readonly staffWork: number;
}

const SIGNS = [ROLE_WORD, WORK, PRAISE, ANOTHER_PATIENT, STAFF_OWN];

/** How many signs of staff at work a sentence holds: a role, work, praise, another patient, a staff place. */
export function staffSigns(sentence: string): number {
  return SIGNS.filter((sign) => sign.test(sentence)).length;
}

/**
 * Whether the sentence around a span puts whoever is named where only staff go, or in their own part of
 * the work ("crying in the sluice", "the death on her ward"): for finders that read one name at a time.
 */
export function inStaffPlace(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < LONGEST && !/[.!?\n]/.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && to - end < LONGEST && !/[.!?\n]/.test(text.charAt(to))) to += 1;
  return STAFF_OWN.test(`${text.slice(from, start)} ${text.slice(end, to)}`);
}

function read({ clinical, publicCount }: Tally): Read {
  const shared = clinical.filter((word) => SHARED_WITH_STAFF.has(word)).length;
  return { care: Math.min(0.5 * shared, 1) + clinical.length - shared, publicCount };
}

export class SentenceCues {
  private spans: [number, number][] | undefined;
  private readonly own = new Map<number, Read & { staffWork: number }>();
  private readonly side = new Map<number, Read>();

  constructor(private readonly text: string) {}

  /** The cues of the sentence holding `offset` and of the ones either side. */
  around(offset: number): Around {
    const spans = this.sentences();
    const at = indexOf(spans, offset);
    const { staffWork, ...own } = this.ownAt(at);
    const before = this.sideAt(at - 1);
    const after = this.sideAt(at + 1);
    const end = spans[at]?.[1] ?? this.text.length;
    return {
      own,
      side: { care: before.care + after.care, publicCount: before.publicCount + after.publicCount },
      reach: GOES_ON.test(this.text.slice(end, end + 8)) ? 0.75 : 0.5,
      staffWork,
    };
  }

  private sentences(): [number, number][] {
    if (this.spans) return this.spans;
    const spans: [number, number][] = [];
    let from = 0;
    const close = (to: number) => {
      while (to - from > LONGEST) {
        spans.push([from, from + LONGEST]);
        from += LONGEST;
      }
      spans.push([from, to]);
    };
    BOUNDARY.lastIndex = 0;
    for (let hit = BOUNDARY.exec(this.text); hit; hit = BOUNDARY.exec(this.text)) {
      close(hit.index);
      from = hit.index + 1;
    }
    close(this.text.length);
    this.spans = spans;
    return spans;
  }

  private ownAt(at: number): Read & { staffWork: number } {
    const known = this.own.get(at);
    if (known) return known;
    const [from, to] = this.sentences()[at] ?? [0, 0];
    const sentence = this.text.slice(from, to);
    const result = { ...read(tally(sentence)), staffWork: staffSigns(sentence) };
    this.own.set(at, result);
    return result;
  }

  private sideAt(at: number): Read {
    const span = this.sentences()[at];
    if (!span) return { care: 0, publicCount: 0 };
    const known = this.side.get(at);
    if (known) return known;
    const result = read(tally(this.text.slice(span[0], span[1]).replace(KIN_OWNS, ' ')));
    this.side.set(at, result);
    return result;
  }
}

/** The index of the sentence holding `offset`: the last whose start is at or before it. */
function indexOf(spans: readonly [number, number][], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((spans[middle]?.[0] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
