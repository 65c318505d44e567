import { useEffect } from 'preact/hooks';
import { preloadLinkPicker } from '../competencies/LinkPicker';
import { useFrameworks } from '../hooks/useFrameworks';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbenchState } from '../workbench/context';
import { useSuggestions } from './useSuggestions';

/**
 * The competencies an entry evidences: linked ones with a remove button, and suggestions worked
 * out on this device from the entry's own words, each saying which words prompted it.
 */
export function EntryCompetencies(props: {
  text: string;
  linked: readonly string[];
  readOnly: boolean;
  onChange(ids: readonly string[]): void;
}) {
  const frameworkId = useWorkbenchState((state) => state.preferences.activeFramework);
  // Names and suggestions need the frameworks' data, which loads with the first entry opened.
  const frameworks = useFrameworks();
  useEffect(() => {
    if (!props.readOnly) preloadLinkPicker();
  }, [props.readOnly]);
  const suggestions = useSuggestions(props.text, frameworkId, props.linked, !props.readOnly);
  const findElement = (id: string) => frameworks?.findElement(id);

  return (
    <section class="entry-competencies" aria-labelledby="entry-competencies-title">
      <div class="entry-competencies__header">
        <h3 id="entry-competencies-title">Competencies</h3>
        {props.readOnly ? null : <CommandButton command="entry.linkCompetencies" class="button button--secondary" />}
      </div>
      {props.linked.length ? (
        <ul class="chips" aria-label="Linked competencies">
          {props.linked.map((id) => {
            const found = findElement(id);
            const name = found ? found.element.name : id;
            return (
              <li
                key={id}
                class="chip"
                title={found ? `${found.framework.shortName} · ${found.domain.name}` : undefined}
              >
                <span>
                  {name}
                  {found ? <span class="chip__detail"> · {found.framework.shortName}</span> : null}
                </span>
                {props.readOnly ? null : (
                  <button
                    type="button"
                    class="chip__remove"
                    aria-label={`Unlink ${name}`}
                    title={`Unlink ${name}`}
                    onClick={() => props.onChange(props.linked.filter((linked) => linked !== id))}
                  >
                    ✕
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="entry-competencies__empty">None linked yet.</p>
      )}
      {suggestions.length ? (
        <div class="suggestions">
          <h4 id="suggestions-title">Suggested from your words</h4>
          <ul aria-labelledby="suggestions-title">
            {suggestions.map((suggestion) => {
              const found = findElement(suggestion.elementId);
              if (!found) return null;
              return (
                <li key={suggestion.elementId}>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => props.onChange([...props.linked, suggestion.elementId])}
                  >
                    Link “{found.element.name}”
                  </button>
                  <span class="suggestions__why">because you wrote: {suggestion.matched.slice(0, 4).join(', ')}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
