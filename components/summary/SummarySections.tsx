import type { LeafItem, SummaryItem, SummarySection } from '../../lib/summary';
import { MarkdownPreview } from '../editor/MarkdownPreview';
import { useWorkbench } from '../workbench/context';

const CHECK_LABELS = { met: 'Met', missing: 'Missing', 'not-yet-due': 'Not yet due' } as const;

/** What a click on an entry's title does: by default the entry opens in the editor. */
type OpenEntry = (entryId: string) => void;

function Leaf(props: { item: LeafItem; onOpenEntry: OpenEntry }) {
  const { item } = props;
  switch (item.type) {
    case 'line':
      return <p>{item.text}</p>;
    case 'gap':
      return <p class="summary__gap">⚠ {item.gap.message}</p>;
    case 'check':
      return (
        <p class="summary__check" data-status={item.check.status}>
          <strong>{CHECK_LABELS[item.check.status]}</strong> · {item.check.title}: {item.check.detail}
        </p>
      );
    case 'ref':
      return (
        <p class="page__muted">
          {item.entry.title} ({item.entry.dateLabel}){item.seeSection ? ` — see ${item.seeSection}` : ''}
        </p>
      );
    case 'goal':
      return (
        <div class="summary__goal">
          <strong>{item.goal.title}</strong> — {item.goal.statusLabel}
          {item.goal.targetDateLabel ? `, target ${item.goal.targetDateLabel}` : ''}
          {item.goal.overdue ? ' (overdue)' : ''}
          {item.goal.reviewNotes ? <p>{item.goal.reviewNotes}</p> : null}
          {item.goal.linked.length ? (
            <p class="page__muted">Evidence: {item.goal.linked.map((entry) => entry.title).join('; ')}</p>
          ) : null}
        </div>
      );
    case 'table':
      return (
        <table class="compare summary__table">
          <thead>
            <tr>
              {item.table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {item.table.rows.map((row) => (
              <tr key={row.cells.join('|')}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={`h${cell}`} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={`${index}-${cell}`}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'entry': {
      const { entry } = item;
      return (
        <article class="summary__entry" aria-label={entry.title}>
          <h4>
            <button type="button" class="link-button" onClick={() => props.onOpenEntry(entry.id)}>
              {entry.title}
            </button>{' '}
            <span class="page__muted">
              {entry.dateLabel} · {entry.kindLabel}
              {entry.cpdHours !== undefined ? ` · ${entry.cpdHours} h` : ''}
              {entry.feedbackExercise ? ' · feedback exercise' : ''}
            </span>
          </h4>
          {entry.learningPoints.length ? (
            <ul>
              {entry.learningPoints.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : null}
          {entry.body ? <MarkdownPreview markdown={entry.body} /> : null}
          {entry.actions?.length ? <p>Actions: {entry.actions.join('; ')}</p> : null}
          {entry.attachments?.length ? <p class="page__muted">Attached: {entry.attachments.join(', ')}</p> : null}
        </article>
      );
    }
  }
}

function Item(props: { item: SummaryItem; onOpenEntry: OpenEntry }) {
  const { item, onOpenEntry } = props;
  if (item.type !== 'group') return <Leaf item={item} onOpenEntry={onOpenEntry} />;
  return (
    <div class="summary__group">
      <h4>
        {item.title}
        {item.count !== undefined ? <span class="page__muted"> ({item.count})</span> : null}
      </h4>
      {item.items.map((leaf, index) => (
        <Leaf key={`${leaf.type}-${index}`} item={leaf} onOpenEntry={onOpenEntry} />
      ))}
    </div>
  );
}

/**
 * The summary's sections in reading order, each with its own plain-text copy. An entry's title opens
 * it in the editor, or does what `onOpenEntry` says (a mentor's view, where the entry is not in this
 * journal, shows it where it is).
 */
export function SummarySections(props: {
  sections: readonly SummarySection[];
  onCopySection(section: SummarySection): void;
  onOpenEntry?: OpenEntry;
}) {
  const wb = useWorkbench();
  const onOpenEntry = props.onOpenEntry ?? ((entryId: string) => void wb.openEntry(entryId));
  return (
    <>
      {props.sections.map((section) => (
        <section key={section.id} class="summary__section" aria-labelledby={`summary-${section.id}`}>
          <div class="summary__section-header">
            <h3 id={`summary-${section.id}`}>{section.title}</h3>
            <button type="button" class="link-button no-print" onClick={() => props.onCopySection(section)}>
              Copy section<span class="visually-hidden"> {section.title}</span>
            </button>
          </div>
          {section.note ? <p class="page__muted">{section.note}</p> : null}
          {section.items.length ? (
            section.items.map((item, index) => (
              <Item key={`${section.id}-${index}`} item={item} onOpenEntry={onOpenEntry} />
            ))
          ) : (
            <p class="page__muted">Nothing recorded.</p>
          )}
        </section>
      ))}
    </>
  );
}
