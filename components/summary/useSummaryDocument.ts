import { useEffect, useMemo } from 'preact/hooks';
import { afterPaint, holdBackgroundWork } from '../../app/journal/turns';
import { appraisalNotesFor, wellbeingFor } from '../../lib/appraisal-notes/repository';
import { localIsoDate, type Period, revalidationCycle } from '../../lib/dates';
import { getDb } from '../../lib/db';
import type { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { listGoals } from '../../lib/goals/repository';
import {
  type AnySummary,
  buildRevalidationView,
  buildSummary,
  buildTrainingReview,
  type InclusionOptions,
  type SummaryKind,
  type WellbeingReflection,
} from '../../lib/summary';
import { readSummaryEntries } from '../../lib/summary/read';
import { summaryScope } from '../../lib/summary/scope';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbenchState } from '../workbench/context';

async function attachmentNames(): Promise<Record<string, { name: string; size: number }[]>> {
  const byEntry: Record<string, { name: string; size: number }[]> = {};
  await getDb().attachments.each((attachment) => {
    const list = byEntry[attachment.entryId] ?? [];
    list.push({ name: attachment.name, size: attachment.size });
    byEntry[attachment.entryId] = list;
  });
  return byEntry;
}

/** The revalidation cycle: the one ending on the user's revalidation date, or the five years to today. */
export function useRevalidationCycle(): { cycle: Period; assumed: boolean } {
  const date = useWorkbenchState((state) => state.preferences.revalidationDate);
  return useMemo(
    () =>
      date
        ? { cycle: revalidationCycle(date), assumed: false }
        : { cycle: revalidationCycle(localIsoDate()), assumed: true },
    [date],
  );
}

/**
 * Builds the summary of the given kind from the live journal and the user's inclusion choices. It reads only the
 * entries it can show or count (its scope), as stored, without waiting for the journal list: the first summary of
 * a long journal is not held up by the rest being read and indexed.
 */
export function useSummaryDocument(
  kind: SummaryKind,
  period: Period,
  choices: InclusionOptions,
): { document: AnySummary | null; entries: readonly Entry[]; wellbeing: WellbeingReflection | undefined } {
  const preferences = useWorkbenchState((state) => state.preferences);
  const { cycle, assumed } = useRevalidationCycle();
  const scope = summaryScope(kind, period, kind === 'revalidation' || preferences.revalidationDate ? cycle : undefined);
  const { value: entries } = useLiveQuery(() => readSummaryEntries(scope), [JSON.stringify(scope)]);
  const { value: goals } = useLiveQuery(listGoals, []);
  const { value: attachments } = useLiveQuery(attachmentNames, []);
  const { value: reflections } = useLiveQuery(() => appraisalNotesFor(period.end), [period.end]);
  const { value: wellbeing } = useLiveQuery(() => wellbeingFor(period.end), [period.end]);

  const document = useMemo(() => {
    // Waits for the reflections too: each box starts from what was saved.
    if (!entries || !goals || !attachments || !reflections || !wellbeing) return null;
    const options = { ...choices, attachments };
    if (kind === 'revalidation') {
      return buildRevalidationView(entries, cycle, localIsoDate(), assumed, preferences.cpdTarget);
    }
    if (kind === 'training') return buildTrainingReview(entries, period, { ...options, frameworks: FRAMEWORKS });
    return buildSummary(entries, goals, FRAMEWORKS, period, {
      ...options,
      cpdTarget: preferences.cpdTarget,
      roles: preferences.roles,
      activeFramework: preferences.activeFramework,
      person: preferences,
      today: localIsoDate(),
      revalidationCycle: preferences.revalidationDate ? cycle : undefined,
      reflections,
      wellbeing,
    });
  }, [kind, entries, goals, attachments, reflections, wellbeing, choices, period, cycle, assumed, preferences]);

  // Until the summary has been built and shown, the journal's reading and indexing wait (at most a few seconds).
  const built = document !== null;
  useEffect(() => {
    if (built) return;
    const release = holdBackgroundWork();
    return () => afterPaint(release);
  }, [built]);

  return { document, entries: entries ?? [], wellbeing };
}
