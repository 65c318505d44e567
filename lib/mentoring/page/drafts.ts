import { decryptTextWithKey, encryptWithKey } from '../../crypto/keys';
import type { Target } from '../schema';

/*
 * What the mentor writes in the page, kept as drafts in that browser's storage for that file, so a
 * reload loses nothing. A page that was sealed keeps its drafts sealed too, with the key its
 * passphrase opened.
 */

export interface DraftComment {
  id: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface DraftSuggestion {
  id: string;
  title: string;
  note: string;
  createdAt: number;
}

export interface Drafts {
  mentorName: string;
  /** One comment per entry, goal or the whole summary, by `targetKey`. */
  comments: Record<string, DraftComment>;
  suggestions: DraftSuggestion[];
}

export const emptyDrafts = (): Drafts => ({ mentorName: '', comments: {}, suggestions: [] });

export function targetKey(target: Target): string {
  return target.kind === 'summary' ? 'summary' : `${target.kind}:${target.id}`;
}

export function targetOf(key: string): Target | undefined {
  if (key === 'summary') return { kind: 'summary' };
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  return (kind === 'entry' || kind === 'goal') && id ? { kind, id } : undefined;
}

/** The drafts with one comment's text changed: it keeps its id and first date, so a later file updates it. */
export function withComment(drafts: Drafts, target: Target, text: string, now: number, newId: () => string): Drafts {
  const key = targetKey(target);
  const was = drafts.comments[key];
  const comment = was ? { ...was, text, updatedAt: now } : { id: newId(), text, createdAt: now, updatedAt: now };
  return { ...drafts, comments: { ...drafts.comments, [key]: comment } };
}

/** Drafts read back from storage: whatever is not as the page writes it is left out, never trusted. */
export function parseDrafts(json: string): Drafts {
  const value = JSON.parse(json) as Partial<Drafts>;
  const text = (item: unknown) => typeof item === 'string';
  const comments = Object.entries(typeof value.comments === 'object' && value.comments ? value.comments : {}).filter(
    ([key, comment]) =>
      targetOf(key) && text(comment?.id) && text(comment?.text) && Number.isFinite(comment?.createdAt),
  );
  return {
    mentorName: text(value.mentorName) ? (value.mentorName as string) : '',
    comments: Object.fromEntries(comments),
    suggestions: (Array.isArray(value.suggestions) ? value.suggestions : []).filter(
      (item) => text(item?.id) && text(item?.title) && text(item?.note) && Number.isFinite(item?.createdAt),
    ),
  };
}

/** Where a page keeps its drafts: one place per shared summary (its mentee and when it was made). */
export function draftsKey(menteeId: string, createdAt: number): string {
  return `lantern-mentor-page:${menteeId}:${createdAt}`;
}

/** Drafts as stored: JSON, or (for a sealed page) JSON sealed with its key. */
export async function storeDrafts(drafts: Drafts, key?: CryptoKey): Promise<string> {
  const json = JSON.stringify(drafts);
  return key ? JSON.stringify({ sealed: await encryptWithKey(key, json) }) : json;
}

/** Stored drafts back; a sealed page's are opened with its key. Throws when they cannot be read. */
export async function loadDrafts(stored: string, key?: CryptoKey): Promise<Drafts> {
  const value = JSON.parse(stored) as { sealed?: { iv: string; data: string } };
  if (key && value.sealed) return parseDrafts(await decryptTextWithKey(key, value.sealed));
  if (key || value.sealed) throw new Error('The comments kept for this page were saved differently.');
  return parseDrafts(stored);
}
