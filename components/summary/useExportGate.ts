import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Period } from '../../lib/dates';
import type { Entry } from '../../lib/entries/schema';
import type { Inclusion, SummaryDocument } from '../../lib/summary';
import { findInEntry, findInSummaryItself, type GateFinding } from '../../lib/summary/gate';

export type { GateFinding } from '../../lib/summary/gate';

/** Longest stretch of checking before the page gets a turn: scrolling and typing go between. */
const SLICE_MS = 8;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface GateState {
  /** The warnings found by the last check. */
  findings: GateFinding[];
  /** True while what would leave is being checked (again): nothing can leave meanwhile. */
  checking: boolean;
  /** False until the first check is done. */
  checkedOnce: boolean;
}

const NO_CHOICES: Record<string, Inclusion> = {};

/** What an entry, as read, gave at each level: a change of one choice checks that entry alone again. */
type Checked = WeakMap<Entry, Map<string, GateFinding[]>>;

function entryFindings(checked: Checked, entry: Entry, period: Period, inclusion: Record<string, Inclusion>) {
  const key = `${period.start}/${period.end}/${inclusion[entry.id] ?? ''}`;
  const byLevel = checked.get(entry) ?? new Map<string, GateFinding[]>();
  checked.set(entry, byLevel);
  let found = byLevel.get(key);
  if (!found) {
    found = findInEntry(entry, period, { inclusion });
    byLevel.set(key, found);
  }
  return found;
}

/**
 * Patient-detail warnings in what would leave: the included entries' fields, the attachment names the
 * summary lists, the development-plan goals it shows and the doctor's reflections it carries (see
 * `findPatientDetailsInSummary`). Exports wait until each is resolved (or, for an entry, marked "not a
 * patient detail"); hints never block. Checked in slices after the summary shows, so a busy year's check never
 * holds the page; nothing can leave while it runs.
 */
export function useExportGate(
  document: SummaryDocument | null,
  entries: readonly Entry[],
  period: Period,
  /** The doctor's choices, as stored: undefined for none made. */
  chosen: Record<string, Inclusion> | undefined,
): GateState {
  const inclusion = chosen ?? NO_CHOICES;
  const [checked] = useState<Checked>(() => new WeakMap());
  const asked = useMemo(() => ({ document, entries, period, inclusion }), [document, entries, period, inclusion]);
  const [result, setResult] = useState<{ asked: typeof asked; findings: GateFinding[] } | null>(null);
  useEffect(() => {
    if (!asked.document) return;
    const summary = asked.document;
    let live = true;
    void (async () => {
      const found: GateFinding[] = [];
      // The revalidation view counts entries; it shows none of their text.
      if (summary.kind !== 'revalidation') {
        let sliceStart = performance.now();
        for (const entry of asked.entries) {
          if (performance.now() - sliceStart > SLICE_MS) {
            await nextTurn();
            if (!live) return;
            sliceStart = performance.now();
          }
          found.push(...entryFindings(checked, entry, asked.period, asked.inclusion));
        }
      }
      found.push(...findInSummaryItself(summary, asked.entries));
      if (live) setResult({ asked, findings: found });
    })();
    return () => {
      live = false;
    };
  }, [asked, checked]);
  if (!document) return { findings: [], checking: false, checkedOnce: false };
  // While a change is checked again, the last findings stay in view (and exports stay shut).
  return { findings: result?.findings ?? [], checking: result?.asked !== asked, checkedOnce: result !== null };
}
