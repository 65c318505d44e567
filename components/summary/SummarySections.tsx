import type { SummaryDocument, SummaryItem, SummarySection, WellbeingReflection } from '../../lib/summary';
import { WELLBEING_SECTION_ID, wellbeingPosition } from '../../lib/summary';
import { NOTHING_RECORDED, noteLine } from '../../lib/summary/format';
import { asksForReflection, REFLECTION_LABEL } from '../../lib/summary/reflections';
import { useWorkbench } from '../workbench/context';
import { ReflectionBox } from './ReflectionBox';
import { SectionItems } from './SectionItems';
import { SummaryDeclarations } from './SummaryDeclarations';
import { Item, type OpenEntry } from './SummaryItems';
import { WellbeingSection } from './WellbeingSection';

type Props = {
  sections: readonly SummarySection[];
  /** Every item of every section, however long (printing). */
  showAll?: boolean;
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
  const item = (each: SummaryItem, index: number) => (
    <Item
      key={`${section.id}-${index}`}
      item={each}
      at={{ doc, sectionId: section.id }}
      onOpenEntry={onOpenEntry}
      showAll={props.showAll}
    />
  );
  return (
    <section class="summary__section" aria-labelledby={`summary-${section.id}`}>
      <div class="summary__section-header">
        <h3 id={`summary-${section.id}`}>{section.title}</h3>
        <button type="button" class="link-button no-print" onClick={() => props.onCopySection(section)}>
          Copy section<span class="visually-hidden"> {section.title}</span>
        </button>
      </div>
      {section.items.length ? (
        <SectionItems items={section.items} title={section.title} showAll={props.showAll} render={item} />
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
