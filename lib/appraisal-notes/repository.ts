import { getDb } from '../db';
import { AppraisalNote, appraisalNoteId, NOTE_MAX_LENGTH } from './schema';

/**
 * Keeps the doctor's reflection on one section for the appraisal year ending on `periodEnd`. Saving
 * it empty keeps an empty record, so a reflection cleared on one computer is cleared on the others.
 */
export async function saveAppraisalNote(
  periodEnd: string,
  sectionId: string,
  text: string,
  now = Date.now(),
): Promise<AppraisalNote> {
  if (text.length > NOTE_MAX_LENGTH)
    throw new Error(
      `A reflection can be up to ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters; this one is longer.`,
    );
  const db = getDb();
  const id = appraisalNoteId(periodEnd, sectionId);
  return db.transaction('rw', db.appraisalNotes, async () => {
    const current = await db.appraisalNotes.get(id);
    const updatedAt = current ? Math.max(now, current.updatedAt + 1) : now;
    const note = AppraisalNote.parse({ id, periodEnd, sectionId, text, updatedAt });
    await db.appraisalNotes.put(note);
    return note;
  });
}

/** The reflections written for the appraisal year ending on `periodEnd`, by section id; empty ones left out. */
export async function appraisalNotesFor(periodEnd: string): Promise<Record<string, string>> {
  const notes = await getDb().appraisalNotes.where('periodEnd').equals(periodEnd).toArray();
  return Object.fromEntries(notes.filter((note) => note.text.trim() !== '').map((note) => [note.sectionId, note.text]));
}
