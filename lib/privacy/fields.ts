import { MAX_TAG_LENGTH, MAX_TITLE_LENGTH } from '../entries/schema';
import { redact } from './keys';
import type { Finding } from './types';

// Kept apart from the detectors, like keys.ts: the editor names and redacts findings without loading them.

/** The fields of an entry the user types into, any of which can leave this browser. */
export type EntryField = 'title' | 'body' | 'role' | 'tags' | 'learningPoints' | 'actions';

/** Every typed field, in the order the editor shows them. */
export const ENTRY_FIELDS: readonly EntryField[] = ['title', 'body', 'role', 'tags', 'learningPoints', 'actions'];

/**
 * What a summary (and so a share file) may show of an entry at each inclusion, as `summaryEntry` in
 * lib/summary/inclusion.ts builds it. The export gate scans exactly these; the editor scans them all.
 */
export const FIELDS_SHOWN: Readonly<Record<'title' | 'full', readonly EntryField[]>> = {
  // The role is named in Scope of work for every entry the summary includes.
  title: ['title', 'role', 'learningPoints'],
  full: ['title', 'body', 'role', 'learningPoints', 'actions'],
};

/** The typed text of an entry, or of the editor's draft of one. */
export interface EntryText {
  readonly title: string;
  readonly body: string;
  readonly role?: string | undefined;
  readonly tags: readonly string[];
  readonly learningPoints: readonly string[];
  readonly actions: readonly string[];
}

/** A finding and where it is: the field, and for a list (tags, learning points, actions) which item. */
export interface FieldFinding {
  readonly field: EntryField;
  /** The item's place in its list, from 0; always 0 for the title, text and role. */
  readonly index: number;
  readonly finding: Finding;
}

/** The field's text, one string per item; the offsets of a finding count from the start of its item. */
export function fieldItems(entry: EntryText, field: EntryField): readonly string[] {
  switch (field) {
    case 'title':
    case 'body':
      return [entry[field]];
    case 'role':
      return entry.role ? [entry.role] : [];
    default:
      return entry[field];
  }
}

const LIST_ITEM = { learningPoints: 'learning point', actions: 'action', tags: 'tag' } as const;

/** Where a finding is, in plain words to follow "in": "the title", "learning point 2". */
export function fieldLabel(item: Pick<FieldFinding, 'field' | 'index'>): string {
  switch (item.field) {
    case 'title':
      return 'the title';
    case 'body':
      return 'the reflection';
    case 'role':
      return 'the role';
    case 'tags':
      return 'the tags';
    default:
      return `${LIST_ITEM[item.field]} ${item.index + 1}`;
  }
}

/** Whether redacting would leave a tag that says nothing but the placeholder, so the tag should go. */
export function redactRemovesTag(entry: EntryText, item: FieldFinding): boolean {
  return item.field === 'tags' && entry.tags[item.index]?.trim() === item.finding.text.trim();
}

const MAX_ROLE_LENGTH = 120;
const MAX_LIST_ITEM_LENGTH = 2000;
// A placeholder can be longer than what it replaces; a field stays within what an entry may store.
const clamp = (text: string, limit: number) => (text.length > limit ? text.slice(0, limit) : text);

/** A change to the typed fields, as the editor's draft takes it. */
export interface FieldPatch {
  title?: string;
  body?: string;
  role?: string;
  tags?: string[];
  learningPoints?: string[];
  actions?: string[];
}

/**
 * The change that replaces one finding with its placeholder (or drops a tag that was only the
 * finding), or null when the field no longer holds that text at that place: the user typed on
 * since the scan, and the next scan will say what is there now.
 */
export function redactInField(entry: EntryText, item: FieldFinding): FieldPatch | null {
  const { field, index, finding } = item;
  const current = fieldItems(entry, field)[index];
  if (current === undefined || current.slice(finding.start, finding.end) !== finding.text) return null;
  const redacted = redact(current, finding);
  switch (field) {
    case 'title':
      return { title: clamp(redacted, MAX_TITLE_LENGTH) };
    case 'body':
      return { body: redacted };
    case 'role':
      return { role: clamp(redacted, MAX_ROLE_LENGTH) };
    case 'tags': {
      const tags = redactRemovesTag(entry, item)
        ? entry.tags.filter((_, at) => at !== index)
        : entry.tags.map((tag, at) => (at === index ? clamp(redacted, MAX_TAG_LENGTH) : tag));
      return { tags };
    }
    case 'learningPoints':
    case 'actions': {
      const items = entry[field].map((text, at) => (at === index ? clamp(redacted, MAX_LIST_ITEM_LENGTH) : text));
      return field === 'actions' ? { actions: items } : { learningPoints: items };
    }
  }
}
