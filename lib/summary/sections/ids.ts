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
  'probity-health',
  'achievements',
  'plan-proposed',
  'leadership-domains',
  'coverage',
  'gaps',
] as const;
export type AppraisalSectionId = (typeof APPRAISAL_SECTION_IDS)[number];
