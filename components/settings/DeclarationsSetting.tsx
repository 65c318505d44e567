import { DECLARATION_KINDS } from '../../lib/summary';
import { DeclarationControl } from './DeclarationControl';

/** The probity and health declarations the appraisal summary shows, each dated when ticked, cleared when unticked. */
export function DeclarationsSetting() {
  return (
    <>
      {DECLARATION_KINDS.map((kind) => (
        <DeclarationControl key={kind} kind={kind} idPrefix="setting" />
      ))}
    </>
  );
}
