import type { Period } from '../dates';
import type { EntryKind } from '../entries/kinds';
import type { Entry } from '../entries/schema';
import type { SummaryKind } from './model';

/** Entries of one kind: of any date, or within `start`/`end` (inclusive) where given. */
export interface KindSpan {
  readonly kind: EntryKind;
  readonly start?: string;
  readonly end?: string;
}

/**
 * Which entries a summary reads: those dated within any of `dates`, and those of a kind in `kinds`. Everything
 * else in the journal cannot change it, so a summary of a long journal reads a year or five rather than a career.
 */
export interface SummaryScope {
  readonly dates: readonly Pick<Period, 'start' | 'end'>[];
  readonly kinds: readonly KindSpan[];
}

/**
 * The scope of a summary of `kind` for `period`. Kept beside what each builder reads: the appraisal summary
 * reads its year, every earlier appraisal meeting (previous appraisals) and, when the doctor has a revalidation
 * date, the cycle's feedback (its feedback gaps); the training review reads its period; the revalidation view
 * its cycle.
 */
export function summaryScope(kind: SummaryKind, period: Period, revalidationCycle?: Period): SummaryScope {
  if (kind === 'revalidation') return { dates: [span(revalidationCycle ?? period)], kinds: [] };
  if (kind === 'training') return { dates: [span(period)], kinds: [] };
  const kinds: KindSpan[] = [{ kind: 'appraisal-meeting' }];
  if (revalidationCycle) kinds.push({ kind: 'feedback', ...span(revalidationCycle) });
  return { dates: [span(period)], kinds };
}

const span = (period: Pick<Period, 'start' | 'end'>) => ({ start: period.start, end: period.end });

/** Whether `entry` is one a summary of `scope` reads (its date alone decides, deleted or not). */
export function inScope(scope: SummaryScope, entry: Pick<Entry, 'kind' | 'occurredOn'>): boolean {
  const day = entry.occurredOn;
  return (
    scope.dates.some((dates) => day >= dates.start && day <= dates.end) ||
    scope.kinds.some(
      (each) =>
        each.kind === entry.kind &&
        (each.start === undefined || day >= each.start) &&
        (each.end === undefined || day <= each.end),
    )
  );
}
