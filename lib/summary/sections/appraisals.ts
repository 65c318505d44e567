import { formatIsoDate } from '../../dates';
import type { Entry } from '../../entries/schema';
import type { Check, LeafItem, SummarySection } from '../model';
import { previousAppraisals } from '../requirements';
import { type SummaryContext, section } from './context';

/**
 * The record of appraisals: this year's meeting, checked by the rule every view uses, then the earlier
 * ones by date only (they lie outside the period, so no entry of theirs is chosen to leave).
 */
export function appraisalsSection(ctx: SummaryContext, allEntries: readonly Entry[], meeting: Check): SummarySection {
  const earlier = previousAppraisals(allEntries, ctx.period);
  const items: LeafItem[] = [{ type: 'check', check: meeting }];
  if (earlier.length === 0) {
    items.push({
      type: 'line',
      text: 'No earlier appraisal meetings recorded. Add each as an Appraisal meeting entry.',
    });
  } else {
    items.push({
      type: 'line',
      text: `Earlier appraisal meetings: ${earlier.map((entry) => formatIsoDate(entry.occurredOn)).join(', ')}.`,
    });
  }
  return section('previous-appraisals', 'Record of previous appraisals', items);
}
