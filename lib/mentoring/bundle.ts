import type { AppraisalSummary } from '../summary/model';
import { entriesOf, goalsOf } from './derive';

export { fileSlug, mentoringFilename } from './filename';

import { checkInput, DisplayName, SHARE_FORMAT, SHARE_VERSION, ShareBundle } from './schema';

export interface ShareOptions {
  /** This installation's id (`getMenteeId()`), so the mentor's feedback finds its way back. */
  menteeId: string;
  /** The name the doctor chose to show; the mentor is told it is self-declared. */
  displayName: string;
  now?: number;
}

/**
 * The bundle for "Mentoring: Share with Mentor…", built from the summary the doctor previewed: the
 * period is the summary's, the entries and goals are the ones its items show, and so nothing the
 * preview left out can reach the file. Validated here, so a bundle that cannot be read back is never
 * written.
 */
export function createShareBundle(summary: AppraisalSummary, options: ShareOptions): ShareBundle {
  const { label, start, end } = summary.period;
  return ShareBundle.parse({
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    menteeId: options.menteeId,
    displayName: checkInput(DisplayName, options.displayName, 'name'),
    createdAt: options.now ?? Date.now(),
    period: { label, start, end },
    summary,
    entries: entriesOf(summary),
    goals: goalsOf(summary),
  });
}
