import type { LeafItem, SummaryEntry, SummaryGoal, SummaryItem } from '../../lib/summary';
import {
  checkLine,
  entryMeta,
  goalMeta,
  groupTitle,
  linkedLabel,
  PART_LABELS,
  refText,
  seeWhere,
  type Where,
} from '../../lib/summary/format';
import { MarkdownPreview } from '../editor/MarkdownPreview';
import { SectionItems } from './SectionItems';

/**
 * The preview says word for word what the plain-text export says (lib/summary/format is the one wording
 * table); only the layout differs.
 */

/** What a click on an entry's title does: by default the entry opens in the editor. */
export type OpenEntry = (entryId: string) => void;

function Labelled(props: { label: string; items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <p class="summary__label">{props.label}:</p>
      <ul>
        {props.items.map((item, index) => (
          <li key={`${index}-${item}`}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function EntryArticle(props: { entry: SummaryEntry; onOpenEntry: OpenEntry }) {
  const { entry } = props;
  return (
    <article class="summary__entry" aria-label={entry.title}>
      <h4>
        <button type="button" class="link-button summary__entry-title" onClick={() => props.onOpenEntry(entry.id)}>
          {entry.title}
        </button>{' '}
        <span class="page__muted">({entryMeta(entry).join(', ')})</span>
      </h4>
      <Labelled label={PART_LABELS.learningPoints} items={entry.learningPoints} />
      {entry.body !== undefined ? (
        <>
          <p class="summary__label">{PART_LABELS.body}:</p>
          <MarkdownPreview markdown={entry.body} />
        </>
      ) : null}
      <Labelled label={PART_LABELS.actions} items={entry.actions ?? []} />
      {entry.role !== undefined ? <p>{`${PART_LABELS.role}: ${entry.role}`}</p> : null}
      {entry.competencies?.length ? <p>{`${PART_LABELS.competencies}: ${entry.competencies.join('; ')}`}</p> : null}
      {entry.attachments?.length ? (
        <p class="page__muted">{`${PART_LABELS.attachments}: ${entry.attachments.join(', ')}`}</p>
      ) : null}
    </article>
  );
}

function GoalBlock(props: { goal: SummaryGoal }) {
  const { goal } = props;
  return (
    <div class="summary__goal">
      <strong>{goal.title}</strong> ({goalMeta(goal).join(', ')})
      {goal.competencies.length ? <p>{`Competencies: ${goal.competencies.join('; ')}`}</p> : null}
      {goal.reviewNotes !== undefined ? (
        <>
          <p class="summary__label">Review notes:</p>
          <MarkdownPreview markdown={goal.reviewNotes} />
        </>
      ) : null}
      {goal.linkedCount > 0 ? (
        <p class="page__muted">{`${linkedLabel(goal)}${goal.linked.length > 0 ? ':' : ''}`}</p>
      ) : null}
      {goal.linked.length ? (
        <ul>
          {goal.linked.map((ref) => (
            <li key={ref.id}>{refText(ref)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Leaf(props: { item: LeafItem; at: Where; onOpenEntry: OpenEntry }) {
  const { item } = props;
  switch (item.type) {
    case 'line':
      return <p>{item.text}</p>;
    case 'gap':
      return (
        <p class="summary__gap">
          <span aria-hidden="true">⚠ </span>
          {item.gap.message}
        </p>
      );
    case 'check': {
      const line = checkLine(item.check);
      return (
        <p class="summary__check" data-status={item.check.status}>
          <strong>{line.title}</strong> {line.rest}
        </p>
      );
    }
    case 'ref':
      return <p class="page__muted">{refText(item.entry, seeWhere(props.at, item.seeSection))}</p>;
    case 'goal':
      return <GoalBlock goal={item.goal} />;
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
    case 'entry':
      return <EntryArticle entry={item.entry} onOpenEntry={props.onOpenEntry} />;
  }
}

export function Item(props: { item: SummaryItem; at: Where; onOpenEntry: OpenEntry; showAll?: boolean }) {
  const { item, at, onOpenEntry } = props;
  if (item.type !== 'group') return <Leaf item={item} at={at} onOpenEntry={onOpenEntry} />;
  const title = groupTitle(item);
  return (
    <div class="summary__group">
      <h4>{title}</h4>
      <SectionItems
        items={item.items}
        title={title}
        showAll={props.showAll}
        render={(leaf, index) => <Leaf key={`${leaf.type}-${index}`} item={leaf} at={at} onOpenEntry={onOpenEntry} />}
      />
    </div>
  );
}
