import { useMemo } from 'preact/hooks';
import { countByElement } from '../../lib/competencies/counts';
import { lastTwelveMonths, localIsoDate, type Period } from '../../lib/dates';
import { useJournal } from '../hooks/useJournal';

/** The period competency counts cover: the last 12 months until appraisal years arrive. */
export function useCountingPeriod(): Period {
  const today = localIsoDate();
  return useMemo(() => lastTwelveMonths(today), [today]);
}

/** Linked-entry counts per element in the period, live. */
export function useCompetencyCounts(period: Period): Map<string, number> | undefined {
  const { entries } = useJournal();
  return useMemo(() => (entries ? countByElement(entries, period) : undefined), [entries, period]);
}
