import { z } from 'zod';
import { isIsoDate } from '../dates';
import { ENTRY_KIND_IDS } from './kinds';

export const IsoDate = z.string().refine(isIsoDate, 'Expected a calendar date as YYYY-MM-DD');
const Timestamp = z.number().int().nonnegative();

export const MAX_TITLE_LENGTH = 300;
/** About 150,000 words: far beyond any reflection, small enough to keep saves quick. */
export const MAX_BODY_LENGTH = 1_000_000;

export const FEEDBACK_SOURCES = ['colleague', 'patient', 'other'] as const;

export const MAX_TAG_LENGTH = 60;
const Tag = z.string().trim().min(1).max(MAX_TAG_LENGTH);
const ListItem = z.string().max(2000);

/**
 * The fields a user edits, with no defaults: the editor's patches are made of these, so a
 * field left out of a patch stays as it is.
 */
const editable = {
  title: z.string().max(MAX_TITLE_LENGTH),
  body: z.string().max(MAX_BODY_LENGTH),
  kind: z.enum(ENTRY_KIND_IDS),
  occurredOn: IsoDate,
  template: z.string(),
  competencies: z.array(z.string()),
  tags: z.array(Tag).max(50),
  role: z.string().max(120).optional(),
  learningPoints: z.array(ListItem).max(100),
  actions: z.array(ListItem).max(100),
  /** CPD hours (or credits) claimed for a CPD or teaching entry. */
  cpdHours: z.number().nonnegative().max(1000).optional(),
  starred: z.boolean(),
  /** For feedback: whom it came from, and whether it was a formal feedback exercise with a report. */
  feedbackFrom: z.enum(FEEDBACK_SOURCES).optional(),
  feedbackExercise: z.boolean().optional(),
  /** Patient-detail findings the user marked "not a patient detail" (lib/privacy findingKey). */
  privacyExceptions: z.array(z.string().max(300)).max(500),
};

/** A journal entry as stored. Everything beyond the id, text and dates has a default. */
export const Entry = z.object({
  id: z.string().min(1),
  ...editable,
  kind: editable.kind.default('reflection'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  template: editable.template.default('free'),
  competencies: editable.competencies.default([]),
  promptId: z.string().optional(),
  tags: editable.tags.default([]),
  learningPoints: editable.learningPoints.default([]),
  actions: editable.actions.default([]),
  starred: editable.starred.default(false),
  // Optional rather than defaulted: entries written before it existed stay exactly as stored.
  privacyExceptions: editable.privacyExceptions.optional(),
  source: z.object({ url: z.string().max(4000), quote: z.string().max(MAX_BODY_LENGTH) }).optional(),
  /** Set when the entry is in Trash; Trash keeps entries for TRASH_DAYS. */
  deletedAt: Timestamp.optional(),
});
export type Entry = z.infer<typeof Entry>;
export type EntryInput = z.input<typeof Entry>;

/** The fields the editor changes; a field left out stays as it is. */
export const EntryPatch = z.object(editable).partial();
export type EntryPatch = z.infer<typeof EntryPatch>;

export const REVISION_REASONS = ['session', 'interval', 'conflict', 'restore'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

/** Everything in an entry but its id, title and body: what a revision kept whole holds besides its text. */
export const EntryFields = Entry.omit({ id: true, title: true, body: true });
export type EntryFields = z.infer<typeof EntryFields>;

/**
 * An earlier state of an entry, kept when something might otherwise overwrite it. Its id is random
 * and given before writing (see lib/db-revision-ids.ts). Revisions kept while writing hold the text only;
 * those kept when one version loses to another (conflicts, restores) hold the whole entry, its
 * other fields in `fields`. Revisions kept before `fields` existed hold the text only.
 */
export const Revision = z.object({
  id: z.string().min(1),
  entryId: z.string().min(1),
  savedAt: Timestamp,
  title: z.string(),
  body: z.string(),
  reason: z.enum(REVISION_REASONS),
  fields: EntryFields.optional(),
});
export type Revision = z.infer<typeof Revision>;

export const TRASH_DAYS = 30;

export function displayTitle(entry: Pick<Entry, 'title'>): string {
  return entry.title.trim() || 'Untitled entry';
}
