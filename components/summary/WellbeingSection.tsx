import { useEffect, useState } from 'preact/hooks';
import { includeWellbeingInExports } from '../../lib/appraisal-notes/repository';
import {
  WELLBEING_SECTION_ID,
  WELLBEING_TITLE,
  WELLBEING_WORDS,
  type WellbeingReflection,
  wellbeingLeaves,
} from '../../lib/summary';
import { REFLECTION_LABEL } from '../../lib/summary/reflections';
import { WELLBEING_SHARED_LINE } from '../../lib/summary/sections/wellbeing';
import { useWorkbench } from '../workbench/context';
import { ReflectionBox } from './ReflectionBox';

/** Where the reflection goes, in words: what the preview promises is what the exports do. */
export function wellbeingStatus(wellbeing: WellbeingReflection): string {
  if (!wellbeing.includeInExports) return WELLBEING_WORDS.private;
  return wellbeingLeaves(wellbeing) ? WELLBEING_WORDS.leaves : WELLBEING_WORDS.leavesOnceWritten;
}

/**
 * The optional health and wellbeing conversation, in the template's place: the doctor's own words
 * for the appraisal year ending on `periodEnd`, and the one control that lets them leave. Printed
 * only when included, like every other export.
 */
export function WellbeingSection(props: { periodEnd: string; wellbeing: WellbeingReflection; onCopy?: () => void }) {
  const wb = useWorkbench();
  const { wellbeing, periodEnd } = props;
  const leaves = wellbeingLeaves(wellbeing);
  const checkboxId = `${WELLBEING_SECTION_ID}-include`;
  // The box shows the doctor's choice at once: the summary may render again (its checks run in slices) before
  // the stored choice comes back, and it must not flick the box back meanwhile.
  const [choice, setChoice] = useState<boolean | null>(null);
  const shownChoice = choice ?? wellbeing.includeInExports;
  useEffect(() => {
    if (choice === wellbeing.includeInExports) setChoice(null);
  }, [choice, wellbeing.includeInExports]);
  const setIncluded = async (include: boolean) => {
    setChoice(include);
    try {
      await includeWellbeingInExports(periodEnd, include);
    } catch (error) {
      setChoice(null);
      wb.notify(`Your choice was not saved: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      });
    }
  };
  return (
    <section
      class={leaves ? 'summary__section' : 'summary__section no-print'}
      aria-labelledby={`summary-${WELLBEING_SECTION_ID}`}
    >
      <div class="summary__section-header">
        <h3 id={`summary-${WELLBEING_SECTION_ID}`}>{WELLBEING_TITLE}</h3>
        {leaves && props.onCopy ? (
          <button type="button" class="link-button no-print" onClick={props.onCopy}>
            Copy section<span class="visually-hidden"> {WELLBEING_TITLE}</span>
          </button>
        ) : null}
      </div>
      <p class="page__muted no-print">{WELLBEING_WORDS.intro}</p>
      <ReflectionBox
        key={periodEnd}
        periodEnd={periodEnd}
        sectionId={WELLBEING_SECTION_ID}
        sectionTitle={WELLBEING_TITLE}
        initial={wellbeing.text}
      />
      <div class="setting no-print">
        <label class="field__label" for={checkboxId}>
          <input
            id={checkboxId}
            type="checkbox"
            checked={shownChoice}
            aria-describedby={`${checkboxId}-status`}
            onChange={(event) => void setIncluded(event.currentTarget.checked)}
          />{' '}
          {WELLBEING_WORDS.control}
        </label>
        <span class="field__hint">{WELLBEING_WORDS.controlHint}</span>
      </div>
      <p id={`${checkboxId}-status`} class={leaves ? 'summary__leaves no-print' : 'summary__private no-print'}>
        <strong>{wellbeingStatus(wellbeing)}</strong>
      </p>
      {leaves ? (
        <div class="summary__reflection print-only">
          <p>{WELLBEING_SHARED_LINE}</p>
          <p class="summary__label">{REFLECTION_LABEL}:</p>
          <p class="summary__reflection-text">{wellbeing.text.trim()}</p>
        </div>
      ) : null}
    </section>
  );
}
