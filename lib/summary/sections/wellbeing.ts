import type { SummarySection } from '../model';
import { APPRAISAL_SECTION_IDS } from './ids';

/**
 * The optional health and wellbeing conversation of the Academy of Medical Royal Colleges' Medical
 * Appraisal Template 2022: the doctor's own words about how they are, never filled from entries.
 * It is private unless the doctor includes it, so by default no summary (and so no export, print or
 * share) has this section at all.
 */
export const WELLBEING_SECTION_ID = 'health-wellbeing';
export const WELLBEING_TITLE = 'Health and wellbeing';

/** The doctor's reflection for one appraisal year and whether they chose to let it leave. */
export interface WellbeingReflection {
  text: string;
  includeInExports: boolean;
}

/** How the section opens wherever it appears, so a reader knows it was shared by choice. */
export const WELLBEING_SHARED_LINE =
  'This part of the appraisal conversation is optional; I have chosen to include my reflection.';

/** What the preview says about where the reflection goes: one wording, tested. */
export const WELLBEING_WORDS = {
  intro:
    'An optional part of your appraisal: how you are, what helps and what gets in the way. Lantern never fills this from your entries.',
  control: 'Include in exports',
  controlHint: 'Word, plain text, JSON, print and mentor shares, for this appraisal year only.',
  leaves: 'Will be included: your exports, print and mentor shares show this reflection.',
  leavesOnceWritten: 'Will be included once you write something here.',
  private: 'Private: left out of every export, print and mentor share.',
} as const;

/** Whether the reflection leaves with the summary: only when the doctor chose so and wrote something. */
export function wellbeingLeaves(wellbeing: WellbeingReflection | undefined): wellbeing is WellbeingReflection {
  return wellbeing?.includeInExports === true && wellbeing.text.trim() !== '';
}

/** The section, or nothing when the doctor has not included a reflection. */
export function wellbeingSection(wellbeing: WellbeingReflection | undefined): SummarySection | undefined {
  if (!wellbeingLeaves(wellbeing)) return undefined;
  return {
    id: WELLBEING_SECTION_ID,
    title: WELLBEING_TITLE,
    items: [{ type: 'line', text: WELLBEING_SHARED_LINE }],
    reflection: wellbeing.text.trim(),
  };
}

const ORDER: readonly string[] = APPRAISAL_SECTION_IDS;

/**
 * Where the section sits among `sections` in the template's order: its own place when present,
 * otherwise before the first section the template puts after it.
 */
export function wellbeingPosition(sections: readonly { id: string }[]): number {
  const present = sections.findIndex((section) => section.id === WELLBEING_SECTION_ID);
  if (present >= 0) return present;
  const own = ORDER.indexOf(WELLBEING_SECTION_ID);
  const after = sections.findIndex((section) => ORDER.indexOf(section.id) > own);
  return after >= 0 ? after : sections.length;
}
