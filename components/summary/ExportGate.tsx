import { updateEntryPrivacyExceptions } from '../../lib/entries/repository';
import { displayTitle, type Entry } from '../../lib/entries/schema';
import { type Finding, fieldLabel, findingKey } from '../../lib/privacy';
import type { GateFinding } from '../../lib/summary/gate';
import { useWorkbench } from '../workbench/context';

function keyOf(item: GateFinding): string {
  switch (item.where) {
    case 'entry':
      return `${item.entry.id}:${item.field}:${item.index}:${item.finding.id}`;
    case 'attachment':
      return `${item.entry.id}:file:${item.name}:${item.finding.id}`;
    case 'goal':
      return `goal:${item.goal.id}:${item.field}:${item.finding.id}`;
    case 'reflection':
      return `reflection:${item.sectionId}:${item.finding.id}`;
  }
}

/** Where the detail is, in words that follow on from nothing: "Ward round, in attachment name “…”". */
function placeOf(item: GateFinding): string {
  switch (item.where) {
    case 'entry':
      return `${displayTitle(item.entry)}, in ${fieldLabel(item)}`;
    case 'attachment':
      return `${displayTitle(item.entry)}, in attachment name “${item.name}”`;
    case 'goal':
      return item.field === 'title'
        ? `In goal “${item.goal.title}”`
        : `In the review notes of goal “${item.goal.title}”`;
    case 'reflection':
      return `In your reflection on ${item.sectionTitle}`;
  }
}

function NotAPatientDetail(props: { entry: Entry; finding: Finding }) {
  const { entry, finding } = props;
  return (
    <button
      type="button"
      class="link-button"
      onClick={() =>
        void updateEntryPrivacyExceptions(entry.id, [
          ...new Set([...(entry.privacyExceptions ?? []), findingKey(finding)]),
        ])
      }
    >
      Not a patient detail<span class="visually-hidden">: “{finding.text}”</span>
    </button>
  );
}

/** Takes the doctor to the box where they wrote the reflection (ReflectionBox's textarea). */
function goToReflection(sectionId: string): void {
  const box = document.getElementById(`reflection-${sectionId}`);
  box?.scrollIntoView({ block: 'center' });
  box?.focus();
}

/**
 * The possible patient details an export waits on, each saying where it is and offering the way to fix
 * it: the entry, the file list, the development plan, or the doctor's reflection.
 */
export function ExportGate(props: { findings: readonly GateFinding[]; onStopListingFiles: (entryId: string) => void }) {
  const wb = useWorkbench();
  return (
    <section class="patient-details no-print" aria-labelledby="gate-title">
      <h3 id="gate-title">Exports wait until these possible patient details are resolved</h3>
      <ul class="patient-details__list">
        {props.findings.map((item) => (
          <li key={keyOf(item)} data-severity="warning">
            <span class="patient-details__text">
              {placeOf(item)}: “{item.finding.text}” — {item.finding.message}
            </span>
            <span class="patient-details__actions">
              {item.where === 'reflection' ? (
                <button type="button" class="button button--secondary" onClick={() => goToReflection(item.sectionId)}>
                  Go to your reflection<span class="visually-hidden"> on {item.sectionTitle}</span>
                </button>
              ) : item.where === 'goal' ? (
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => void wb.showPage({ type: 'plan' })}
                >
                  Open development plan
                </button>
              ) : (
                <button type="button" class="button button--secondary" onClick={() => void wb.openEntry(item.entry.id)}>
                  Open entry
                </button>
              )}
              {item.where === 'attachment' ? (
                <button type="button" class="link-button" onClick={() => props.onStopListingFiles(item.entry.id)}>
                  Don't list files<span class="visually-hidden"> of “{displayTitle(item.entry)}”</span>
                </button>
              ) : null}
              {item.where === 'entry' || item.where === 'attachment' ? (
                <NotAPatientDetail entry={item.entry} finding={item.finding} />
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
