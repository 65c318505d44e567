import type { Finding } from '../../lib/privacy';

export interface FieldFinding {
  field: 'title' | 'body';
  finding: Finding;
}

/**
 * Likely patient-identifiable details in the entry, each with "Redact" (a neutral placeholder) and
 * "Not a patient detail" (remembered for this entry). Warnings block summary and share exports;
 * hints never do.
 */
export function PatientDetails(props: {
  findings: readonly FieldFinding[];
  readOnly: boolean;
  onRedact(item: FieldFinding): void;
  onIgnore(item: FieldFinding): void;
}) {
  if (!props.findings.length) return null;
  const warnings = props.findings.filter((item) => item.finding.severity === 'warning').length;
  const hints = props.findings.length - warnings;
  return (
    <section class="patient-details" id="patient-details" aria-labelledby="patient-details-title" tabIndex={-1}>
      <h3 id="patient-details-title">
        {warnings ? `${warnings} possible patient ${warnings === 1 ? 'detail' : 'details'}` : ''}
        {warnings && hints ? ' and ' : ''}
        {hints ? `${hints} ${hints === 1 ? 'hint' : 'hints'}` : ''}
      </h3>
      <p class="page__muted">
        Reflections must not identify patients: they can be disclosed, and they leave this browser when you share them.
      </p>
      <ul class="patient-details__list">
        {props.findings.map((item) => (
          <li key={`${item.field}:${item.finding.id}`} data-severity={item.finding.severity}>
            <span class="patient-details__badge">{item.finding.severity === 'warning' ? 'Warning' : 'Hint'}</span>
            <span class="patient-details__text">
              “{item.finding.text}”{item.field === 'title' ? ' (in the title)' : ''}: {item.finding.message}
            </span>
            {props.readOnly ? null : (
              <span class="patient-details__actions">
                <button type="button" class="button button--secondary" onClick={() => props.onRedact(item)}>
                  {item.finding.kind === 'age-and-sex' ? `Use “${item.finding.placeholder}”` : 'Redact'}
                  <span class="visually-hidden"> “{item.finding.text}”</span>
                </button>
                <button type="button" class="link-button" onClick={() => props.onIgnore(item)}>
                  Not a patient detail<span class="visually-hidden">: “{item.finding.text}”</span>
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
