/**
 * The appraisal summary's sections, in the order of the Academy of Medical Royal Colleges' Medical
 * Appraisal Template 2022 (personal details first), then Lantern's own: leadership domains, coverage and gaps.
 */
export const APPRAISAL_SECTION_IDS = [
  'personal-details',
  'scope',
  'previous-appraisals',
  'plan-reviewed',
  'cpd',
  'quality-improvement',
  'significant-events',
  'feedback-colleagues',
  'feedback-patients',
  'compliments-complaints',
  'achievements',
  'health-wellbeing',
  'probity-health',
  'plan-proposed',
  'leadership-domains',
  'coverage',
  'gaps',
] as const;
export type AppraisalSectionId = (typeof APPRAISAL_SECTION_IDS)[number];

/** Sections a summary has only when the doctor chooses: the health and wellbeing reflection (see ./wellbeing). */
export const OPTIONAL_SECTION_IDS: readonly AppraisalSectionId[] = ['health-wellbeing'];
