import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exportsFor } from '../../app/summary/exports';
import { inPeriod } from '../../lib/dates';
import type { Inclusion, SummaryKind } from '../../lib/summary';
import { preparedLine } from '../../lib/summary/format';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { ExportGate } from './ExportGate';
import { SummaryChoices } from './SummaryChoices';
import { SummarySections } from './SummarySections';
import { useExportGate } from './useExportGate';
import { useRevalidationCycle, useSummaryDocument } from './useSummaryDocument';

/** An appraisal summary, revalidation view or training review, with what leaves chosen entry by entry. */
export function SummaryPage(props: { kind: SummaryKind }) {
  const wb = useWorkbench();
  const period = useWorkbenchState((state) => state.summaryPeriod);
  const choices = useWorkbenchState((state) => state.summaryChoices);
  const { document, entries, wellbeing } = useSummaryDocument(props.kind, period, choices);
  const { assumed } = useRevalidationCycle();
  const inPeriodEntries = useMemo(
    () => entries.filter((entry) => entry.deletedAt === undefined && inPeriod(entry.occurredOn, period)),
    [entries, period],
  );
  const gate = useExportGate(document, entries, period, choices.inclusion);
  const { checking, findings: blocking } = gate;
  // Every export, "Copy section" included, waits on the same gate (and, while it is checking, for it).
  const actions = useMemo(
    () => (document && !checking ? exportsFor(wb, document, blocking.length) : null),
    [wb, document, checking, blocking.length],
  );

  // Long sections show their first items until asked for the rest; a print (ours or the browser's) shows all.
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    const reveal = () => setShowAll(true);
    window.addEventListener('beforeprint', reveal);
    return () => window.removeEventListener('beforeprint', reveal);
  }, []);

  useEffect(() => {
    wb.setSummaryHandle(
      actions
        ? {
            blockedBy: blocking.length,
            run: async (action) => {
              if (action === 'print') {
                setShowAll(true);
                // The print dialog takes the page as it stands: let the rest render first.
                await new Promise((resolve) => setTimeout(resolve, 0));
              }
              return actions[action]();
            },
          }
        : null,
    );
    return () => wb.setSummaryHandle(null);
  }, [wb, actions, blocking.length]);

  // The summary builds after the page shows, so the control that ran the command has gone by then:
  // put focus on the title rather than leave it on the page body.
  const heading = useRef<HTMLHeadingElement>(null);
  const built = !!document;
  useEffect(() => {
    const active = globalThis.document.activeElement;
    if (built && (!active || active === globalThis.document.body)) heading.current?.focus();
  }, [built]);

  if (!document) return <p class="editor__message">Building the summary…</p>;

  const setInclusion = (ids: readonly string[], value: Inclusion) =>
    wb.store.set((state) => ({
      summaryChoices: {
        ...state.summaryChoices,
        inclusion: { ...state.summaryChoices.inclusion, ...Object.fromEntries(ids.map((id) => [id, value])) },
      },
    }));
  const inclusionOf = (id: string) => choices.inclusion?.[id] ?? 'title';
  const setAttachments = (id: string, value: boolean) =>
    wb.store.set((state) => ({
      summaryChoices: {
        ...state.summaryChoices,
        includeAttachments: { ...state.summaryChoices.includeAttachments, [id]: value },
      },
    }));

  return (
    <article class="page summary" aria-labelledby="summary-title">
      <p class="page__eyebrow">{document.period.label}</p>
      <h2 id="summary-title" ref={heading} tabIndex={-1}>
        {document.title}
      </h2>
      {document.generatedOn !== undefined ? <p class="page__muted">{preparedLine(document.generatedOn)}</p> : null}
      {props.kind === 'revalidation' && assumed ? (
        <p class="summary__gap no-print">
          Set your revalidation date in Settings for the right five-year cycle; this view assumes it ends today.
        </p>
      ) : null}
      <div class="summary__toolbar no-print" role="toolbar" aria-label="Export">
        {wb.registry.menu('summary.export').map(({ command, item }) => (
          <button
            key={command.id}
            type="button"
            class="button button--secondary"
            title={wb.describeCommand(command.id)}
            disabled={checking || blocking.length > 0}
            onClick={() => void wb.run(command.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {checking && !gate.checkedOnce ? (
        <p class="page__muted no-print" role="status">
          Checking what would leave for patient details…
        </p>
      ) : null}
      {blocking.length ? (
        <ExportGate findings={blocking} onStopListingFiles={(id) => setAttachments(id, false)} />
      ) : null}
      {props.kind !== 'revalidation' && inPeriodEntries.length ? (
        <SummaryChoices
          entries={inPeriodEntries}
          inclusionOf={inclusionOf}
          setInclusion={setInclusion}
          listsAttachments={(id) => !!choices.includeAttachments?.[id]}
          setAttachments={setAttachments}
        />
      ) : null}
      <SummarySections
        sections={document.sections}
        showAll={showAll}
        onCopySection={(section) =>
          actions
            ? void actions.copySection(section)
            : wb.notify('Still checking the summary for patient details: copy it again in a moment.')
        }
        reflectionYear={props.kind === 'appraisal' ? period.end : undefined}
        yearStart={period.start}
        wellbeing={props.kind === 'appraisal' ? wellbeing : undefined}
      />
    </article>
  );
}
