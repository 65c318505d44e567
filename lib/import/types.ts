import { z } from 'zod';
import { IsoDate, MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '../entries/schema';

/** What `readNoteFile` needs of a file: a browser `File` has all of it. */
export interface NoteFile {
  name: string;
  lastModified: number;
  type?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One note, read and ready to become an entry once the doctor confirms. */
export const NoteDraft = z.object({
  fileName: z.string(),
  title: z.string().max(MAX_TITLE_LENGTH),
  /** Markdown. */
  body: z.string().max(MAX_BODY_LENGTH),
  occurredOn: IsoDate,
  /** Whether the date came from the note's own text or from when the file was last changed. */
  dateSource: z.enum(['text', 'file']),
  /** Things the doctor should know before importing (a guessed encoding, a date not used). */
  warnings: z.array(z.string()),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

/** A file that will not become an entry, and why, in words a doctor understands. */
export interface NoteProblem {
  fileName: string;
  message: string;
}

export interface NoteImportPlan {
  drafts: NoteDraft[];
  problems: NoteProblem[];
}

/** A note's title and body as read from its text, before its date is settled. */
export interface NoteText {
  title: string;
  body: string;
  /** The front matter's `date:` value, when there is one. */
  frontMatterDate?: string;
  warnings: string[];
}

/** Notes bigger than this are refused before they are decoded or unzipped. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export function isDraft(result: NoteDraft | NoteProblem): result is NoteDraft {
  return 'body' in result;
}
