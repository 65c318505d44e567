import { useEffect, useMemo, useRef } from 'preact/hooks';
import { exportsFor } from '../../app/summary/exports';
import { formatIsoDate, inPeriod } from '../../lib/dates';
import { displayTitle } from '../../lib/entries/schema';
import type { Inclusion, SummaryKind } from '../../lib/summary';
import { preparedLine } from '../../lib/summary/format';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { ExportGate } from './ExportGate';
import { SummarySections } from './SummarySections';
import { useExportGate } from './useExportGate';
import { useRevalidationCycle, useSummaryDocument } from './useSummaryDocument';

const INCLUSION_LABELS: Record<Inclusion, string> = {
  none: 'Leave out',
  title: 'Title and learning points',
  full: 'Full text',
};

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
  const blocking = useExportGate(document, entries, period, choices.inclusion ?? {});
  // Every export, "Copy section" included, waits on the same gate.
  const actions = useMemo(
    () => (document ? exportsFor(wb, document, blocking.length) : null),
    [wb, document, blocking.length],
  );

  useEffect(() => {
    wb.setSummaryHandle(
      actions
        ? {
            blockedBy: blocking.length,
            run: (action) => actions[action](),
          }
        : null,
    );
    return () => wb.setSummaryHandle(null);
  }, [wb, actions, blocking.length]);

  // The summary builds after the page shows, so the control that ran the command has gone by then:
  // put focus on the title rather than leave it on the page body.
  const heading = useRef<HTMLHeadingElement>(null);
  const built = !!document && !!actions;
  useEffect(() => {
    const active = globalThis.document.activeElement;
    if (built && (!active || active === globalThis.document.body)) heading.current?.focus();
  }, [built]);

  if (!document || !actions) return <p class="editor__message">Building the summary…</p>;

  const setInclusion = (id: string, value: Inclusion) =>
    wb.store.set((state) => ({
      summaryChoices: { ...state.summaryChoices, inclusion: { ...state.summaryChoices.inclusion, [id]: value } },
    }));
  const inclusionOf = (id: string) => choices.inclusion?.[id] ?? 'title';
  const shared = new Set(inPeriodEntries.map((entry) => inclusionOf(entry.id)));
  const allInclusion = shared.size === 1 ? [...shared][0] : 'mixed';
  const setAllInclusion = (value: Inclusion) =>
    wb.store.set((state) => ({
      summaryChoices: {
        ...state.summaryChoices,
        inclusion: {
          ...state.summaryChoices.inclusion,
          ...Object.fromEntries(inPeriodEntries.map((entry) => [entry.id, value])),
        },
      },
    }));
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
            disabled={blocking.length > 0}
            onClick={() => void wb.run(command.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {blocking.length ? (
        <ExportGate findings={blocking} onStopListingFiles={(id) => setAttachments(id, false)} />
      ) : null}
      {props.kind !== 'revalidation' && inPeriodEntries.length ? (
        <details class="summary__choices no-print">
          <summary>
            Choose what leaves: {inPeriodEntries.length} {inPeriodEntries.length === 1 ? 'entry' : 'entries'} in this
            period
          </summary>
          <p class="page__muted">
            Entries are private. By default a summary shows each entry's title and learning points; choose the full text
            or leave an entry out. The preview below shows exactly what will be exported.
          </p>
          <label class="field field--inline">
            <span class="field__label">Every entry in this period</span>
            <select
              value={allInclusion}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value !== 'mixed') setAllInclusion(value as Inclusion);
              }}
            >
              {allInclusion === 'mixed' ? (
                <option value="mixed" disabled>
                  As chosen below
                </option>
              ) : null}
              {(Object.keys(INCLUSION_LABELS) as Inclusion[]).map((value) => (
                <option key={value} value={value}>
                  {INCLUSION_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <table class="compare">
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Include</th>
                <th scope="col">Attachments</th>
              </tr>
            </thead>
            <tbody>
              {inPeriodEntries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    {displayTitle(entry)} <span class="page__muted">{formatIsoDate(entry.occurredOn)}</span>
                  </th>
                  <td>
                    <select
                      aria-label={`Include “${displayTitle(entry)}”`}
                      value={inclusionOf(entry.id)}
                      onChange={(event) => setInclusion(entry.id, event.currentTarget.value as Inclusion)}
                    >
                      {(Object.keys(INCLUSION_LABELS) as Inclusion[]).map((value) => (
                        <option key={value} value={value}>
                          {INCLUSION_LABELS[value]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <label class="field--inline">
                      <input
                        type="checkbox"
                        checked={!!choices.includeAttachments?.[entry.id]}
                        onChange={(event) => setAttachments(entry.id, event.currentTarget.checked)}
                      />
                      <span>List by name</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <SummarySections
        sections={document.sections}
        onCopySection={(section) => void actions.copySection(section)}
        reflectionYear={props.kind === 'appraisal' ? period.end : undefined}
        yearStart={period.start}
        wellbeing={props.kind === 'appraisal' ? wellbeing : undefined}
      />
    </article>
  );
}
