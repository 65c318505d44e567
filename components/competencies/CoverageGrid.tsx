import { frameworkById } from '../../lib/frameworks';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { useCompetencyCounts, useCountingPeriod } from './useCompetencyCounts';

/** Shade steps: none, one, a few, several, many. */
function level(count: number): number {
  if (count === 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 6) return 3;
  return 4;
}

/** Domains by elements, shaded by how many entries evidence each: where evidence is thin shows. */
export function CoverageGrid() {
  const wb = useWorkbench();
  const frameworkId = useWorkbenchState((state) => state.preferences.activeFramework);
  const framework = frameworkById(frameworkId) ?? frameworkById('mlcf');
  const period = useCountingPeriod();
  const counts = useCompetencyCounts(period);
  if (!framework) return null;
  const width = Math.max(...framework.domains.map((domain) => domain.elements.length));
  const thin = framework.domains
    .flatMap((domain) => domain.elements)
    .filter((element) => (counts?.get(element.id) ?? 0) === 0);

  return (
    <article class="page" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage: {framework.shortName}</h2>
      <p class="page__muted">{period.label}. Each cell counts the entries linked to that competency.</p>
      <table class="coverage">
        <caption class="visually-hidden">
          Entries per competency in the {framework.name}, {period.label}
        </caption>
        <tbody>
          {framework.domains.map((domain) => (
            <tr key={domain.id}>
              <th scope="row">{domain.name}</th>
              {Array.from({ length: width }, (_, index) => {
                const element = domain.elements[index];
                if (!element) return <td key={`${domain.id}-${index}`} class="coverage__empty" />;
                const count = counts?.get(element.id) ?? 0;
                return (
                  <td key={element.id} data-level={level(count)}>
                    <button
                      type="button"
                      class="coverage__cell"
                      onClick={() => void wb.showPage({ type: 'competency', elementId: element.id })}
                    >
                      <span class="coverage__name">{element.name}</span>
                      <span class="coverage__count">
                        {count}
                        <span class="visually-hidden"> {count === 1 ? 'entry' : 'entries'}</span>
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {counts && thin.length ? (
        <p>
          <strong>Thin evidence:</strong> {thin.length} of {framework.domains.flatMap((d) => d.elements).length}{' '}
          competencies have no linked entries in this period.
        </p>
      ) : null}
    </article>
  );
}
