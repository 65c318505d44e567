import { z } from 'zod';
import { isIsoDate } from '../dates';
import { ENTRY_KIND_IDS } from './kinds';

export const IsoDate = z.string().refine(isIsoDate, 'Expected a calendar date as YYYY-MM-DD');
const Timestamp = z.number().int().nonnegative();

export const MAX_TITLE_LENGTH = 300;
/** About 150,000 words: far beyond any reflection, small enough to keep saves quick. */
export const MAX_BODY_LENGTH = 1_000_000;

/** A journal entry as stored. Everything beyond the id, text and dates has a default. */
export const Entry = z.object({
  id: z.string().min(1),
  title: z.string().max(MAX_TITLE_LENGTH),
  body: z.string().max(MAX_BODY_LENGTH),
  kind: z.enum(ENTRY_KIND_IDS).default('reflection'),
  occurredOn: IsoDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  template: z.string().default('free'),
  competencies: z.array(z.string()).default([]),
  promptId: z.string().optional(),
  tags: z.array(z.string()).default([]),
  role: z.string().optional(),
  learningPoints: z.array(z.string()).default([]),
  actions: z.array(z.string()).default([]),
  cpdHours: z.number().nonnegative().max(1000).optional(),
  starred: z.boolean().default(false),
  source: z.object({ url: z.string(), quote: z.string() }).optional(),
  /** Set when the entry is in Trash; Trash keeps entries for TRASH_DAYS. */
  deletedAt: Timestamp.optional(),
});
export type Entry = z.infer<typeof Entry>;
export type EntryInput = z.input<typeof Entry>;

/** The fields the editor changes. */
export const EntryPatch = z.object({
  title: Entry.shape.title.optional(),
  body: Entry.shape.body.optional(),
  // Not Entry.shape.competencies: its default would turn "unchanged" into "none linked".
  competencies: z.array(z.string()).optional(),
});
export type EntryPatch = z.infer<typeof EntryPatch>;

export const REVISION_REASONS = ['session', 'interval', 'conflict', 'restore'] as const;

/** An earlier state of an entry's text, kept when something might otherwise overwrite it. */
export const Revision = z.object({
  id: z.number().int().optional(),
  entryId: z.string().min(1),
  savedAt: Timestamp,
  title: z.string(),
  body: z.string(),
  reason: z.enum(REVISION_REASONS),
});
export type Revision = z.infer<typeof Revision>;

export const TRASH_DAYS = 30;

export function displayTitle(entry: Pick<Entry, 'title'>): string {
  return entry.title.trim() || 'Untitled entry';
}
