import type { PersonDetails } from '../../lib/settings/schema';
import type { FieldResult } from '../../lib/settings/validate';
import { parseDesignatedBody, parseGmcNumber, parsePersonName } from '../../lib/settings/validate';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { invalidProps, Setting } from './Setting';
import { useValidatedField } from './useValidatedField';

type TextField = 'fullName' | 'gmcNumber' | 'designatedBody' | 'responsibleOfficer';

/** One optional line of personal details, saved as typed when valid, cleared when emptied. */
function DetailField(props: {
  field: TextField;
  label: string;
  hint?: string;
  parse: (text: string) => FieldResult<string | undefined>;
  inputMode?: 'numeric';
}) {
  const wb = useWorkbench();
  const saved = useWorkbenchState((state) => state.preferences[props.field]);
  const id = `setting-${props.field}`;
  const value = useValidatedField({
    saved,
    format: (text) => text ?? '',
    parse: props.parse,
    save: (next) => void wb.setPreferences({ [props.field]: next } as Partial<PersonDetails>),
  });
  return (
    <Setting id={id} label={props.label} hint={props.hint} field={props.field} error={value.error}>
      <input
        id={id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        value={value.text}
        {...invalidProps(id, value.error)}
        onInput={(event) => value.onInput(event.currentTarget.value)}
        onBlur={(event) => value.onCommit(event.currentTarget.value)}
      />
    </Setting>
  );
}

/**
 * The personal details the appraisal summary opens with (the Academy of Medical Royal Colleges, Medical
 * Appraisal Template 2022, starts with them). All optional; with a passphrase they are sealed like entries.
 */
export function PersonalDetailsSetting() {
  return (
    <>
      <DetailField
        field="fullName"
        label="Your name"
        hint="As your appraisal summary should give it. Optional, like every personal detail."
        parse={parsePersonName}
      />
      <DetailField field="gmcNumber" label="GMC reference number" parse={parseGmcNumber} inputMode="numeric" />
      <DetailField
        field="designatedBody"
        label="Designated body"
        hint="The organisation you relate to for revalidation."
        parse={parseDesignatedBody}
      />
      <DetailField field="responsibleOfficer" label="Responsible officer" parse={parsePersonName} />
    </>
  );
}
