export { NOTE_FILE_ACCEPT, planNoteImport, readNoteFile } from './read';
export type { NoteDraft, NoteFile, NoteImportPlan, NoteProblem } from './types';
export { isDraft, MAX_NOTE_BYTES } from './types';
export { IMPORTED_TAG, importNotes } from './write';
