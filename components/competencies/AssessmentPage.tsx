import { useMemo, useState } from 'preact/hooks';
import { listAssessments, saveAssessment } from '../../lib/assessments/repository';
import { compareAssessments, DEFAULT_SCALE } from '../../lib/assessments/schema';
import { formatInstantDate } from '../../lib/dates';
import { frameworkById } from '../../lib/frameworks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

/** Rate yourself on each element of the active framework; keep dated snapshots; compare two. */
export function AssessmentPage() {
  const wb = useWorkbench();
  const frameworkId = useWorkbenchState((state) => state.preferences.activeFramework);
  const framework = frameworkById(frameworkId) ?? frameworkById('mlcf');
  const { value: history } = useLiveQuery(() => listAssessments(framework?.id ?? ''), [framework?.id]);
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [compare, setCompare] = useState<{ before: string; after: string } | null>(null);
  const elements = useMemo(() => framework?.domains.flatMap((domain) => domain.elements) ?? [], [framework]);
  if (!framework) return null;
  const scale = framework.scale ?? DEFAULT_SCALE;
  const rated = Object.keys(ratings).length;

  const save = async () => {
    await saveAssessment(framework.id, ratings);
    setRatings({});
    wb.notify(`Self-assessment saved: ${rated} of ${elements.length} rated.`);
  };

  const before = history?.find((item) => item.id === compare?.before);
  const after = history?.find((item) => item.id === compare?.after);

  return (
    <article class="page" aria-labelledby="assessment-title">
      <h2 id="assessment-title">Rate yourself: {framework.shortName}</h2>
      <p class="page__muted">
        Choose the level that fits you today for each competency, then save a dated snapshot. Compare snapshots to see
        how you have grown. {framework.scale ? `This is the ${framework.shortName}'s own scale.` : ''}
      </p>
      <dl class="scale">
        {scale.map((step) => (
          <div key={step.level}>
            <dt>
              {step.level}. {step.label}
            </dt>
            <dd>{step.description}</dd>
          </div>
        ))}
      </dl>
      {elements.map((element) => (
        <fieldset key={element.id} class="rating">
          <legend>{element.name}</legend>
          {scale.map((step) => (
            <label key={step.level} class="rating__option">
              <input
                type="radio"
                name={`rating-${element.id}`}
                value={step.level}
                checked={ratings[element.id] === step.level}
                onChange={() => setRatings((previous) => ({ ...previous, [element.id]: step.level }))}
              />
              {step.label}
            </label>
          ))}
        </fieldset>
      ))}
      <p>
        <button type="button" class="button" disabled={rated === 0} onClick={() => void save()}>
          Save snapshot ({rated} of {elements.length} rated)
        </button>
      </p>
      <h3>Snapshots</h3>
      {history?.length ? (
        <>
          <ul>
            {history.map((item) => (
              <li key={item.id}>
                {formatInstantDate(item.takenAt)}: {Object.keys(item.ratings).length} rated
              </li>
            ))}
          </ul>
          {history.length >= 2 ? (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setCompare({ before: history[1]?.id ?? '', after: history[0]?.id ?? '' })}
            >
              Compare the last two
            </button>
          ) : null}
        </>
      ) : (
        <p class="page__muted">No snapshots yet.</p>
      )}
      {before && after ? (
        <table class="compare">
          <caption>
            From {formatInstantDate(before.takenAt)} to {formatInstantDate(after.takenAt)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {compareAssessments(
              before,
              after,
              elements.map((element) => element.id),
            ).map((row, index) => (
              <tr key={row.elementId}>
                <th scope="row">{elements[index]?.name}</th>
                <td>{row.before ? scale[row.before - 1]?.label : '—'}</td>
                <td>{row.after ? scale[row.after - 1]?.label : '—'}</td>
                <td>{row.change > 0 ? `up ${row.change}` : row.change < 0 ? `down ${-row.change}` : 'same'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
