import type { z } from 'zod';
import { Entry } from './schema';

/**
 * The fields an entry's text lives in: long, and read only by the editor, search (while indexing, and for the
 * snippets on screen) and summaries. Everything else an entry holds is small.
 */
const TEXT_FIELDS = { body: true, learningPoints: true, actions: true, privacyExceptions: true, source: true } as const;

/**
 * An entry without its text: what the journal keeps in memory for every entry (the tree, Go to Entry, On this
 * day, counts), so a career of entries costs a few hundred bytes each rather than its words. Views read the
 * whole entry from storage when they show its text.
 */
export const EntryHead = Entry.omit(TEXT_FIELDS);
export type EntryHead = z.infer<typeof EntryHead>;

/** The head of `entry`: its own small fields, sharing nothing that holds its text. */
export function entryHead(entry: EntryHead): EntryHead {
  const head: Record<string, unknown> = {};
  for (const key in entry) {
    if (!(key in TEXT_FIELDS)) head[key] = entry[key as keyof EntryHead];
  }
  return head as EntryHead;
}
