import { useEffect, useState } from 'preact/hooks';
import {
  DECLARATION_DATE_FIELDS,
  DECLARATION_KINDS,
  type DeclarationKind,
  declarationIsCurrent,
} from '../../lib/summary';
import { DeclarationControl } from '../settings/DeclarationControl';
import { useWorkbenchState } from '../workbench/context';

/**
 * Under the probity and health statements: the declarations not yet made, or made before the
 * appraisal year beginning on `yearStart`, with the same control as Settings. A control stays once
 * shown, so the one just ticked keeps its place (and focus) as the summary above it updates.
 */
export function SummaryDeclarations(props: { yearStart: string }) {
  const preferences = useWorkbenchState((state) => state.preferences);
  const due = DECLARATION_KINDS.filter(
    (kind) => !declarationIsCurrent(preferences[DECLARATION_DATE_FIELDS[kind]], props.yearStart),
  );
  const [shown, setShown] = useState<readonly DeclarationKind[]>(due);
  const dueKey = due.join();
  useEffect(() => {
    setShown((before) => DECLARATION_KINDS.filter((kind) => before.includes(kind) || dueKey.split(',').includes(kind)));
  }, [dueKey]);

  if (shown.length === 0) return null;
  return (
    <div class="summary__declare no-print">
      <p class="summary__label">Declare for this appraisal year</p>
      <p class="page__muted">
        Tick a declaration only if it is true for you today; it is dated today. The GMC’s Good Medical Practice sets out
        what probity and your own health ask of you.
      </p>
      {shown.map((kind) => (
        <DeclarationControl key={kind} kind={kind} idPrefix="summary" yearStart={props.yearStart} />
      ))}
    </div>
  );
}
