/**
 * The summary model and its text renderers. The Word renderer lives in ./docx and is imported on its own
 * (`await import('…/summary/docx')`), so the docx library stays out of the side panel's first load.
 */
export { buildSummary, DEFAULT_CPD_TARGET, type SummaryOptions } from './appraisal';
export { summaryFilename } from './filename';
export type { InclusionOptions } from './inclusion';
export { readSummaryJson, SUMMARY_FORMAT, SUMMARY_VERSION, SummaryJson, toJson } from './json';
export { toMarkdown } from './markdown';
export * from './model';
export { characterCount, toPlainText } from './plain-text';
export { buildRevalidationView } from './revalidation';
export { APPRAISAL_SECTION_IDS, type AppraisalSectionId } from './sections/ids';
export { buildTrainingReview, type TrainingOptions } from './training';
