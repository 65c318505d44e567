import { useMemo } from 'preact/hooks';
import type { Period } from '../../lib/dates';
import type { Entry } from '../../lib/entries/schema';
import type { Inclusion, SummaryDocument } from '../../lib/summary';
import { findPatientDetailsInSummary, type GateFinding } from '../../lib/summary/gate';

export type { GateFinding } from '../../lib/summary/gate';

/**
 * Patient-detail warnings in what would leave: the included entries' fields, the attachment names the
 * summary lists, the development-plan goals it shows and the doctor's reflections it carries (see
 * `findPatientDetailsInSummary`). Exports wait until each is resolved (or, for an entry, marked "not a
 * patient detail"); hints never block. Until the summary is built nothing can leave, so nothing is reported.
 */
export function useExportGate(
  document: SummaryDocument | null,
  entries: readonly Entry[],
  period: Period,
  inclusion: Record<string, Inclusion>,
): GateFinding[] {
  return useMemo(
    () => (document ? findPatientDetailsInSummary(document, entries, period, { inclusion }) : []),
    [document, entries, period, inclusion],
  );
}
