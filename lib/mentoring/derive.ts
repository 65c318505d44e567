import type { AppraisalSummary, LeafItem, SummaryEntry, SummaryGoal } from '../summary/model';

/** Every leaf item of a summary, in reading order, groups opened. */
function leaves(summary: AppraisalSummary): LeafItem[] {
  return summary.sections.flatMap((section) =>
    section.items.flatMap((item) => (item.type === 'group' ? item.items : [item])),
  );
}

/**
 * The entries a summary shows, each once, exactly as it shows them. A share bundle's entries are
 * these and nothing else: they carry only what the doctor chose to include, because the summary does.
 * (References to an entry shown elsewhere add nothing: the entry item itself is already counted.)
 */
export function entriesOf(summary: AppraisalSummary): SummaryEntry[] {
  const found = new Map<string, SummaryEntry>();
  for (const item of leaves(summary)) {
    if (item.type === 'entry' && !found.has(item.entry.id)) found.set(item.entry.id, item.entry);
  }
  return [...found.values()];
}

/** The development-plan goals a summary shows, each once. */
export function goalsOf(summary: AppraisalSummary): SummaryGoal[] {
  const found = new Map<string, SummaryGoal>();
  for (const item of leaves(summary)) {
    if (item.type === 'goal' && !found.has(item.goal.id)) found.set(item.goal.id, item.goal);
  }
  return [...found.values()];
}
