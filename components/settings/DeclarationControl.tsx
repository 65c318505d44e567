import { formatIsoDate, localIsoDate } from '../../lib/dates';
import { DECLARATION_DATE_FIELDS, DECLARATIONS, type DeclarationKind, declarationIsCurrent } from '../../lib/summary';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

/**
 * One probity or health declaration: ticked, it is made and dated today (local time); unticked, it
 * is withdrawn. Settings and the appraisal summary both show this control, so there is one place the
 * date is written. Given `yearStart`, a declaration made before that day is said to need renewing,
 * with a button to declare it again today.
 */
export function DeclarationControl(props: { kind: DeclarationKind; idPrefix: string; yearStart?: string }) {
  const wb = useWorkbench();
  const field = DECLARATION_DATE_FIELDS[props.kind];
  const date = useWorkbenchState((state) => state.preferences[field]);
  const id = `${props.idPrefix}-${field}`;
  const { label, text } = DECLARATIONS[props.kind];
  const declare = (made: boolean) => void wb.setPreferences({ [field]: made ? localIsoDate() : undefined });
  const current = declarationIsCurrent(date, props.yearStart);
  return (
    <div class="setting">
      <label class="field__label" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={date !== undefined}
          onChange={(event) => declare(event.currentTarget.checked)}
        />{' '}
        {label} declaration
      </label>
      <span class="field__hint">{text}</span>
      <span class="field__hint">
        {date === undefined
          ? 'Not yet declared.'
          : current
            ? `Declared on ${formatIsoDate(date)}.`
            : `Declared on ${formatIsoDate(date)}, before this appraisal year began.`}
      </span>
      {date !== undefined && !current ? (
        <button type="button" class="button button--secondary" onClick={() => declare(true)}>
          Declare again today<span class="visually-hidden"> ({label.toLowerCase()})</span>
        </button>
      ) : null}
    </div>
  );
}
