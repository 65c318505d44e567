import { MAX_BODY_LENGTH } from '../entries/schema';
import { decodeNoteText } from './decode';
import { readDocxNote } from './docx';
import { resolveNoteDate } from './note-dates';
import { fileStem, plainTitle, readTextNote, tidyBody } from './text-note';
import {
  isDraft,
  MAX_NOTE_BYTES,
  type NoteDraft,
  type NoteFile,
  type NoteImportPlan,
  type NoteProblem,
  type NoteText,
} from './types';

type NoteKind = 'text' | 'docx';

// Maps, not objects: a file called `x.constructor` must not find Object.prototype's.
const KIND_BY_EXTENSION = new Map<string, NoteKind>([
  ['md', 'text'],
  ['markdown', 'text'],
  ['txt', 'text'],
  ['docx', 'docx'],
]);
/** For a file with no extension, what the browser says it is. */
const KIND_BY_TYPE = new Map<string, NoteKind>([
  ['text/markdown', 'text'],
  ['text/plain', 'text'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
]);

/** What other kinds of file start with, so that a PDF or zip given a .txt name is named for what it is. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word document or other zipped file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Word (.doc) or other Office file' },
];

/** The files to offer in the file picker. */
export const NOTE_FILE_ACCEPT = '.md,.markdown,.txt,.docx,text/markdown,text/plain';

/**
 * Reads one file as a note to import, or says why it cannot be. Never throws and never writes:
 * the doctor sees every draft and problem before anything is saved.
 */
export async function readNoteFile(file: NoteFile, now = Date.now()): Promise<NoteDraft | NoteProblem> {
  const name = file.name;
  const problem = (message: string): NoteProblem => ({ fileName: name, message });
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const kind = extension === undefined ? KIND_BY_TYPE.get(file.type ?? '') : KIND_BY_EXTENSION.get(extension);
  if (extension === 'doc') {
    return problem(`“${name}” is an older Word file (.doc). Save it as .docx in Word, then import that.`);
  }
  if (!kind) return problem(`“${name}” is not a Markdown, text or Word file.`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // Reading fails when the file was moved, deleted or changed after it was chosen.
    return problem(`“${name}” could not be read: it may have been moved, changed or deleted. Choose it again.`);
  }
  if (bytes.length === 0) return problem(`“${name}” is empty.`);
  if (kind === 'docx') return finish(file, readDocx(bytes, name), now, problem);
  if (bytes.length > MAX_NOTE_BYTES) return problem(tooBig(name, bytes.length));
  const other = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  if (other) return problem(`“${name}” is ${other.what}, not a Markdown or text file.`);
  const { text, warnings } = decodeNoteText(bytes);
  if (text.includes('\u0000')) return problem(`“${name}” is not a text file: it contains binary data.`);
  if (text.trim() === '') return problem(`“${name}” is empty.`);
  const note = readTextNote(text);
  return finish(file, { ...note, warnings: [...warnings, ...note.warnings] }, now, problem);
}

function readDocx(bytes: Uint8Array, name: string): NoteText | string {
  const reading = readDocxNote(bytes);
  if (reading.ok) return reading.note;
  switch (reading.reason) {
    case 'damaged':
      return `“${name}” could not be read: it is damaged or not really a Word file.`;
    case 'protected':
      return `“${name}” could not be read: it is password-protected, or an older Word file renamed. Save it in Word as an unprotected .docx, then import that.`;
    case 'too-big':
      return tooBig(name);
    case 'no-text':
      return reading.hasPictures
        ? `“${name}” has no text to import: only pictures, which are not imported.`
        : `“${name}” is empty.`;
  }
}

/** The note's title settled, its size checked and its date found: a draft, or the reason it is not one. */
function finish(
  file: NoteFile,
  note: NoteText | string,
  now: number,
  problem: (message: string) => NoteProblem,
): NoteDraft | NoteProblem {
  if (typeof note === 'string') return problem(note);
  const body = tidyBody(note.body);
  if (body.length > MAX_BODY_LENGTH) {
    return problem(
      `“${file.name}” is too long for one entry: ${body.length.toLocaleString('en-GB')} characters, and an entry holds at most ${MAX_BODY_LENGTH.toLocaleString('en-GB')}.`,
    );
  }
  // The body starts with a line that has text, if it has any (tidyBody).
  const title = note.title || plainTitle(body.split('\n', 1)[0] ?? '') || fileStem(file.name);
  const date = resolveNoteDate({
    text: `${title}\n${body}`,
    frontMatterDate: note.frontMatterDate,
    lastModified: file.lastModified,
    now,
  });
  return {
    fileName: file.name,
    title,
    body,
    occurredOn: date.occurredOn,
    dateSource: date.dateSource,
    warnings: [...note.warnings, ...date.warnings],
  };
}

function tooBig(name: string, bytes?: number): string {
  const size =
    bytes === undefined ? 'more than 5 MB of text' : `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
  return `“${name}” is too big to import (${size}): a note can be at most 5 MB of text.`;
}

/** Reads every file, in order, into drafts and problems. Writes nothing. */
export async function planNoteImport(files: Iterable<NoteFile>, now = Date.now()): Promise<NoteImportPlan> {
  const plan: NoteImportPlan = { drafts: [], problems: [] };
  // One at a time: a handful of large Word files read at once would hold all their bytes together.
  for (const file of files) {
    const result = await readNoteFile(file, now);
    if (isDraft(result)) plan.drafts.push(result);
    else plan.problems.push(result);
  }
  return plan;
}
