/** The appraisal summary's sections, in the order an appraisal conversation follows. */
export const APPRAISAL_SECTION_IDS = [
  'scope',
  'cpd',
  'quality-improvement',
  'significant-events',
  'feedback-colleagues',
  'feedback-patients',
  'compliments-complaints',
  'achievements',
  'leadership-domains',
  'coverage',
  'plan-reviewed',
  'plan-proposed',
  'gaps',
] as const;
export type AppraisalSectionId = (typeof APPRAISAL_SECTION_IDS)[number];
