import { formatInstantDate, formatIsoDate } from '../dates';
import { ENTRY_KINDS } from './kinds';
import type { Entry } from './schema';
import { countOwnWords } from './templates';

/** One field that differs between an earlier version and the entry now, in words for the page. */
export interface FieldDifference {
  field: keyof Entry;
  label: string;
  /** How it reads in the earlier version. */
  earlier: string;
  now: string;
}

const NONE = '(none)';

type Format = (value: never) => string;
const list: Format = (items: string[] | undefined) => (items && items.length > 0 ? items.join('; ') : NONE);
const yesNo: Format = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const plain: Format = (value: string | number | undefined) =>
  value === undefined || value === '' ? NONE : String(value);

/**
 * Every field a doctor can see or change, in the order the entry shows them, with how each reads.
 * The id and the times of creation and last change are the same entry's, so they are not compared.
 */
const FIELDS: { [Field in keyof Entry]?: [label: string, format: Format] } = {
  title: ['Title', plain],
  body: ['Text', (body: string) => `${countOwnWords(body)} words (the version's text is shown above)`],
  kind: ['Kind', (kind: Entry['kind']) => ENTRY_KINDS[kind]?.label ?? kind],
  occurredOn: ['Date', (iso: string) => formatIsoDate(iso)],
  template: ['Template', plain],
  role: ['Role', plain],
  competencies: ['Competencies', list],
  tags: ['Tags', list],
  learningPoints: ['Learning points', list],
  actions: ['Actions', list],
  cpdHours: ['CPD hours', plain],
  feedbackFrom: ['Feedback from', plain],
  feedbackExercise: ['Formal feedback exercise', yesNo],
  starred: ['Starred', yesNo],
  source: ['Captured from', (source: Entry['source']) => (source ? `${source.url}: “${source.quote}”` : NONE)],
  promptId: ['Prompt', plain],
  privacyExceptions: ['Marked “not a patient detail”', list],
  deletedAt: [
    'In Trash',
    (at: number | undefined) => (at === undefined ? 'No' : `Yes, since ${formatInstantDate(at)}`),
  ],
};

/** The fields a Compare shows (every field but the id and the two times). */
export const COMPARED_FIELDS = Object.keys(FIELDS);

/** The fields in which an earlier version differs from the entry now, each as it reads on both sides. */
export function entryDifferences(earlier: Entry, now: Entry): FieldDifference[] {
  const differences: FieldDifference[] = [];
  for (const [field, [label, format]] of Object.entries(FIELDS) as [keyof Entry, [string, Format]][]) {
    if (JSON.stringify(earlier[field]) !== JSON.stringify(now[field]))
      differences.push({ field, label, earlier: format(earlier[field] as never), now: format(now[field] as never) });
  }
  return differences;
}
