import { formatIsoDate, localIsoDate } from '../../lib/dates';
import { DECLARATIONS, type DeclarationKind } from '../../lib/summary';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

const FIELD = { probity: 'probityDeclaredOn', health: 'healthDeclaredOn' } as const;

function Declaration(props: { kind: DeclarationKind }) {
  const wb = useWorkbench();
  const field = FIELD[props.kind];
  const date = useWorkbenchState((state) => state.preferences[field]);
  const id = `setting-${field}`;
  const { label, text } = DECLARATIONS[props.kind];
  return (
    <div class="setting">
      <label class="field__label" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={date !== undefined}
          onChange={(event) =>
            void wb.setPreferences({ [field]: event.currentTarget.checked ? localIsoDate() : undefined })
          }
        />{' '}
        {label} declaration
      </label>
      <span class="field__hint">{text}</span>
      <span class="field__hint">{date ? `Declared on ${formatIsoDate(date)}.` : 'Not yet declared.'}</span>
    </div>
  );
}

/** The probity and health declarations the appraisal summary shows, each dated when ticked, cleared when unticked. */
export function DeclarationsSetting() {
  return (
    <>
      <Declaration kind="probity" />
      <Declaration kind="health" />
    </>
  );
}
