import type { AppraisalSectionId } from './sections/ids';

/**
 * The Academy of Medical Royal Colleges' Medical Appraisal Template 2022 (the companion of its Medical
 * Appraisal Guide 2022), as the appraisal summary follows it: each of the template's sections that
 * the journal can fill, under a key of its own, then Lantern's own sections. The keys name a
 * version 2 summary file's sections (see ./json and lantern-summary.schema.json).
 */
export const APPRAISAL_TEMPLATE = {
  name: 'Medical Appraisal Template 2022',
  publisher: 'Academy of Medical Royal Colleges',
} as const;

export const TEMPLATE_SECTION_KEYS = {
  personalDetails: 'personal-details',
  scopeOfWork: 'scope',
  previousAppraisals: 'previous-appraisals',
  reviewOfLastDevelopmentPlan: 'plan-reviewed',
  continuingProfessionalDevelopment: 'cpd',
  qualityImprovement: 'quality-improvement',
  significantEvents: 'significant-events',
  feedbackFromColleagues: 'feedback-colleagues',
  feedbackFromPatients: 'feedback-patients',
  complaintsAndCompliments: 'compliments-complaints',
  achievementsChallengesAndAspirations: 'achievements',
  /** Optional: present only when the doctor includes it (see ./sections/wellbeing). */
  healthAndWellbeing: 'health-wellbeing',
  probityAndHealth: 'probity-health',
  proposedDevelopmentPlan: 'plan-proposed',
  // Lantern's own, after the template's.
  leadershipDomains: 'leadership-domains',
  competencyCoverage: 'coverage',
  gaps: 'gaps',
} as const satisfies Record<string, AppraisalSectionId>;

export type TemplateSectionKey = keyof typeof TEMPLATE_SECTION_KEYS;
export const TEMPLATE_KEYS = Object.keys(TEMPLATE_SECTION_KEYS) as TemplateSectionKey[];

/** The keys a version 2 file may leave out: sections the doctor chooses to include. */
export const OPTIONAL_TEMPLATE_KEYS: readonly TemplateSectionKey[] = ['healthAndWellbeing'];
