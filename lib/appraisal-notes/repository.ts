import { getDb } from '../db';
import { WELLBEING_SECTION_ID, type WellbeingReflection } from '../summary/sections/wellbeing';
import { AppraisalNote, appraisalNoteId, NOTE_MAX_LENGTH } from './schema';

type NoteChange = Partial<Pick<AppraisalNote, 'text' | 'includeInExports'>>;

/** Writes one year's note for one section, keeping what `change` does not name; the newer save wins on merge. */
async function changeNote(periodEnd: string, sectionId: string, change: NoteChange, now: number) {
  const db = getDb();
  const id = appraisalNoteId(periodEnd, sectionId);
  return db.transaction('rw', db.appraisalNotes, async () => {
    const current = await db.appraisalNotes.get(id);
    const updatedAt = current ? Math.max(now, current.updatedAt + 1) : now;
    const note = AppraisalNote.parse({ text: '', ...current, ...change, id, periodEnd, sectionId, updatedAt });
    await db.appraisalNotes.put(note);
    return note;
  });
}

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
  return changeNote(periodEnd, sectionId, { text }, now);
}

/** The doctor's choice, for one appraisal year, to let the health and wellbeing reflection leave (or not). */
export function includeWellbeingInExports(periodEnd: string, include: boolean, now = Date.now()) {
  return changeNote(periodEnd, WELLBEING_SECTION_ID, { includeInExports: include }, now);
}

/** The reflections written for the appraisal year ending on `periodEnd`, by section id; empty ones left out. */
export async function appraisalNotesFor(periodEnd: string): Promise<Record<string, string>> {
  const notes = await getDb().appraisalNotes.where('periodEnd').equals(periodEnd).toArray();
  return Object.fromEntries(notes.filter((note) => note.text.trim() !== '').map((note) => [note.sectionId, note.text]));
}

/** The health and wellbeing reflection for the year ending on `periodEnd`: private (left out) unless chosen. */
export async function wellbeingFor(periodEnd: string): Promise<WellbeingReflection> {
  const note = await getDb().appraisalNotes.get(appraisalNoteId(periodEnd, WELLBEING_SECTION_ID));
  return { text: note?.text ?? '', includeInExports: note?.includeInExports === true };
}
