import { useMemo } from 'preact/hooks';
import { entriesForElement } from '../../lib/competencies/counts';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle } from '../../lib/entries/schema';
import { findElement } from '../../lib/frameworks';
import { PROMPTS } from '../../lib/prompts';
import { useJournal } from '../hooks/useJournal';
import { useWorkbench } from '../workbench/context';
import { useCountingPeriod } from './useCompetencyCounts';

/** One competency: what it means (in our words), examples, and the entries that evidence it. */
export function CompetencyPage(props: { elementId: string }) {
  const wb = useWorkbench();
  const found = findElement(props.elementId);
  const period = useCountingPeriod();
  const { entries } = useJournal();
  const linked = useMemo(
    () => (entries ? entriesForElement(entries, props.elementId, period) : []),
    [entries, props.elementId, period],
  );
  const prompts = PROMPTS.filter((prompt) => prompt.competencies.includes(props.elementId)).slice(0, 3);
  if (!found) return <p class="editor__message">This competency is not in any framework Lantern knows.</p>;
  const { framework, domain, element } = found;

  return (
    <article class="page" aria-labelledby="competency-title">
      <p class="page__eyebrow">
        {framework.shortName} · {domain.name}
      </p>
      <h2 id="competency-title">{element.name}</h2>
      <p>{element.description}</p>
      <h3>What it can look like</h3>
      <ul>
        {element.behaviours.map((behaviour) => (
          <li key={behaviour}>{behaviour}</li>
        ))}
      </ul>
      <h3>
        Entries linked ({linked.length}) <span class="page__muted">· {period.label}</span>
      </h3>
      {linked.length ? (
        <ul class="page__links">
          {linked.map((entry) => (
            <li key={entry.id}>
              <button type="button" class="link-button" onClick={() => void wb.openEntry(entry.id)}>
                {displayTitle(entry)}
              </button>{' '}
              <span class="page__muted">{formatIsoDate(entry.occurredOn)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="page__muted">No entries linked in this period yet.</p>
      )}
      {prompts.length ? (
        <>
          <h3>Prompts that build it</h3>
          <ul class="page__links">
            {prompts.map((prompt) => (
              <li key={prompt.id}>
                <button type="button" class="link-button" onClick={() => void wb.newEntryFromPrompt(prompt.id)}>
                  {prompt.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="page__source">
        Names as published in the {framework.name} ({framework.publisher}, {framework.year}). Descriptions are Lantern's
        own words.
      </p>
    </article>
  );
}
