/**
 * The summary model and its text renderers. The Word renderer lives in ./docx and is imported on its own
 * (`await import('…/summary/docx')`), so the docx library stays out of the side panel's first load.
 */
export { buildSummary, DEFAULT_CPD_TARGET, type SummaryOptions } from './appraisal';
export { summaryFilename } from './filename';
export type { InclusionOptions } from './inclusion';
export { readSummaryJson, SUMMARY_FORMAT, SUMMARY_VERSION, SummaryJson, summaryJsonSchema, toJson } from './json';
export { toMarkdown } from './markdown';
export * from './model';
export { characterCount, toPlainText } from './plain-text';
export { buildRevalidationView } from './revalidation';
export { APPRAISAL_SECTION_IDS, type AppraisalSectionId, OPTIONAL_SECTION_IDS } from './sections/ids';
export type { PersonalDetails } from './sections/personal';
export {
  DECLARATION_DATE_FIELDS,
  DECLARATION_KINDS,
  DECLARATIONS,
  type DeclarationKind,
  type Declarations,
  declarationIsCurrent,
} from './sections/probity';
export {
  WELLBEING_SECTION_ID,
  WELLBEING_TITLE,
  WELLBEING_WORDS,
  type WellbeingReflection,
  wellbeingLeaves,
  wellbeingPosition,
} from './sections/wellbeing';
export { APPRAISAL_TEMPLATE, OPTIONAL_TEMPLATE_KEYS, TEMPLATE_SECTION_KEYS, type TemplateSectionKey } from './template';
export { buildTrainingReview, type TrainingOptions } from './training';
