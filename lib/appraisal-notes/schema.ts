import { z } from 'zod';
import { IsoDate } from '../entries/schema';

/** The longest reflection kept for one section, as long as a goal's review notes. */
export const NOTE_MAX_LENGTH = 20_000;

/**
 * The doctor's own reflection on one section of the appraisal summary, for one appraisal year (the
 * year ending on `periodEnd`). One record per year and section, so its id is made from the two.
 */
export const AppraisalNote = z.object({
  id: z.string().min(1),
  periodEnd: IsoDate,
  sectionId: z.string().min(1),
  text: z.string().max(NOTE_MAX_LENGTH),
  /**
   * For the health and wellbeing reflection (database version 11): whether the doctor chose to let it
   * leave in exports, print and mentor shares. Absent means no, as for every note written before.
   */
  includeInExports: z.boolean().optional(),
  updatedAt: z.number().int().nonnegative(),
});
export type AppraisalNote = z.infer<typeof AppraisalNote>;

export function appraisalNoteId(periodEnd: string, sectionId: string): string {
  return `${periodEnd}:${sectionId}`;
}
