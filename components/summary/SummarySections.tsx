import type {
  LeafItem,
  SummaryDocument,
  SummaryEntry,
  SummaryGoal,
  SummaryItem,
  SummarySection,
  WellbeingReflection,
} from '../../lib/summary';
import { WELLBEING_SECTION_ID, wellbeingPosition } from '../../lib/summary';
import {
  checkLine,
  entryMeta,
  goalMeta,
  groupTitle,
  linkedLabel,
  NOTHING_RECORDED,
  noteLine,
  PART_LABELS,
  refText,
  seeWhere,
  type Where,
} from '../../lib/summary/format';
import { asksForReflection, REFLECTION_LABEL } from '../../lib/summary/reflections';
import { MarkdownPreview } from '../editor/MarkdownPreview';
import { useWorkbench } from '../workbench/context';
import { ReflectionBox } from './ReflectionBox';
import { SummaryDeclarations } from './SummaryDeclarations';
import { WellbeingSection } from './WellbeingSection';

/**
 * The preview says word for word what the plain-text export says (lib/summary/format is the one wording
 * table); only the layout differs.
 */

/** What a click on an entry's title does: by default the entry opens in the editor. */
type OpenEntry = (entryId: string) => void;

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

function Item(props: { item: SummaryItem; at: Where; onOpenEntry: OpenEntry }) {
  const { item, at, onOpenEntry } = props;
  if (item.type !== 'group') return <Leaf item={item} at={at} onOpenEntry={onOpenEntry} />;
  return (
    <div class="summary__group">
      <h4>{groupTitle(item)}</h4>
      {item.items.map((leaf, index) => (
        <Leaf key={`${leaf.type}-${index}`} item={leaf} at={at} onOpenEntry={onOpenEntry} />
      ))}
    </div>
  );
}

type Props = {
  sections: readonly SummarySection[];
  onCopySection(section: SummarySection): void;
  onOpenEntry?: OpenEntry;
  /** The appraisal year's last day: given, the sections that ask for a reflection show a box to write it. */
  reflectionYear?: string;
  /** With `reflectionYear`, the year's first day: declarations not made since then can be made here. */
  yearStart?: string;
  /** With `reflectionYear`, the doctor's health and wellbeing reflection, shown in its place to write. */
  wellbeing?: WellbeingReflection;
};

function SectionView(props: Props & { section: SummarySection; onOpenEntry: OpenEntry }) {
  const { section, onOpenEntry } = props;
  const doc: Pick<SummaryDocument, 'sections'> = { sections: [...props.sections] };
  return (
    <section class="summary__section" aria-labelledby={`summary-${section.id}`}>
      <div class="summary__section-header">
        <h3 id={`summary-${section.id}`}>{section.title}</h3>
        <button type="button" class="link-button no-print" onClick={() => props.onCopySection(section)}>
          Copy section<span class="visually-hidden"> {section.title}</span>
        </button>
      </div>
      {section.items.length ? (
        section.items.map((item, index) => (
          <Item
            key={`${section.id}-${index}`}
            item={item}
            at={{ doc, sectionId: section.id }}
            onOpenEntry={onOpenEntry}
          />
        ))
      ) : (
        <p class="page__muted">{NOTHING_RECORDED}</p>
      )}
      {section.reflection !== undefined ? (
        <div class={props.reflectionYear ? 'summary__reflection print-only' : 'summary__reflection'}>
          <p class="summary__label">{REFLECTION_LABEL}:</p>
          <p class="summary__reflection-text">{section.reflection}</p>
        </div>
      ) : null}
      {props.reflectionYear && asksForReflection(section.id) ? (
        <ReflectionBox
          key={`${props.reflectionYear}:${section.id}`}
          periodEnd={props.reflectionYear}
          sectionId={section.id}
          sectionTitle={section.title}
          initial={section.reflection ?? ''}
        />
      ) : null}
      {props.reflectionYear && props.yearStart && section.id === 'probity-health' ? (
        <SummaryDeclarations key={props.yearStart} yearStart={props.yearStart} />
      ) : null}
      {section.note ? <p class="page__muted">{noteLine(section.note)}</p> : null}
    </section>
  );
}

/**
 * The summary's sections in reading order, each with its own plain-text copy. An entry's title opens
 * it in the editor, or does what `onOpenEntry` says (a mentor's view, where the entry is not in this
 * journal, shows it where it is). Where the doctor writes (given `reflectionYear` and `wellbeing`),
 * the health and wellbeing section is always in its place, to write, whether or not it will leave.
 */
export function SummarySections(props: Props) {
  const wb = useWorkbench();
  const onOpenEntry = props.onOpenEntry ?? ((entryId: string) => void wb.openEntry(entryId));
  const { reflectionYear, wellbeing } = props;
  const shown = props.sections.map((section) =>
    reflectionYear && wellbeing && section.id === WELLBEING_SECTION_ID ? null : (
      <SectionView key={section.id} {...props} section={section} onOpenEntry={onOpenEntry} />
    ),
  );
  if (reflectionYear && wellbeing) {
    const included = props.sections.find((section) => section.id === WELLBEING_SECTION_ID);
    shown.splice(
      wellbeingPosition(props.sections),
      included ? 1 : 0,
      <WellbeingSection
        key={WELLBEING_SECTION_ID}
        periodEnd={reflectionYear}
        wellbeing={wellbeing}
        onCopy={included ? () => props.onCopySection(included) : undefined}
      />,
    );
  }
  return <>{shown}</>;
}
