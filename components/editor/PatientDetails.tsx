import { type EntryText, type FieldFinding, fieldLabel, redactRemovesTag } from '../../lib/privacy/fields';

export type { FieldFinding } from '../../lib/privacy/fields';

/**
 * Likely patient-identifiable details in the entry, wherever they are typed (each says which field),
 * with "Redact" (a neutral placeholder) and "Not a patient detail" (remembered for this entry).
 * Warnings block summary and share exports; hints never do.
 */
export function PatientDetails(props: {
  findings: readonly FieldFinding[];
  /** The text the findings were found in, as it stands now. */
  entry: EntryText;
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
          <li key={`${item.field}:${item.index}:${item.finding.id}`} data-severity={item.finding.severity}>
            <span class="patient-details__badge">{item.finding.severity === 'warning' ? 'Warning' : 'Hint'}</span>
            <span class="patient-details__text">
              <span class="patient-details__field">In {fieldLabel(item)},</span> “{item.finding.text}”:{' '}
              {item.finding.message}
            </span>
            {props.readOnly ? null : (
              <span class="patient-details__actions">
                <button type="button" class="button button--secondary" onClick={() => props.onRedact(item)}>
                  {redactRemovesTag(props.entry, item)
                    ? 'Remove tag'
                    : item.finding.kind === 'age-and-sex'
                      ? `Use “${item.finding.placeholder}”`
                      : 'Redact'}
                  <span class="visually-hidden">
                    {' '}
                    “{item.finding.text}” in {fieldLabel(item)}
                  </span>
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
