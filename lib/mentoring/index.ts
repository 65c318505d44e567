/**
 * Mentoring without a server: "Mentoring: Share with Mentor…" (a share file built from the summary
 * model), "Mentoring: Open Shared Bundle…" and "Mentoring: Export Feedback…" on the mentor's side,
 * "Mentoring: Import Feedback…" back on the mentee's. Files are JSON, optionally sealed in lib/crypto's
 * envelope; each is read and checked whole before anything is written.
 */
export { createShareBundle, mentoringFilename, type ShareOptions } from './bundle';
export type { BundleChanges } from './changes';
export {
  addMentorComment,
  deleteMentorComment,
  deleteSuggestedGoal,
  suggestGoal,
  updateMentorComment,
} from './comments';
export { entriesOf, goalsOf } from './derive';
export {
  deleteFeedback,
  type FeedbackImport,
  feedbackOn,
  importFeedback,
  listFeedback,
  setFeedbackResolved,
} from './feedback';
export { createFeedbackFile, type FeedbackReadResult, NOT_FOR_YOU, readFeedbackFile } from './feedback-file';
export type { MentoringProblem } from './file';
export { getMenteeId, MENTEE_ID_KEY, peekMenteeId } from './mentee-id';
export {
  getMentee,
  listMentees,
  type MenteeDetail,
  type MenteeListItem,
  OlderBundleError,
  type OpenResult,
  openBundle,
  removeMentee,
  SELF_DECLARED_NOTE,
} from './mentor';
export { Feedback, MenteeRecord, MentorComment, SuggestedGoal } from './records';
export {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  FeedbackFile,
  INPUT_MESSAGES,
  SHARE_FORMAT,
  SHARE_VERSION,
  ShareBundle,
  Target,
} from './schema';
export { readShareFile, type ShareReadResult, writeShareFile } from './share-file';
export { feedbackToEntry, feedbackToGoal } from './turn-into';
