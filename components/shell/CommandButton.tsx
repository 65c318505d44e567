import type { ComponentChildren } from 'preact';
import type { CommandId } from '../../app/workbench/commands';
import { actionOf } from '../../lib/commands';
import { useWorkbench } from '../workbench/context';

/** A button that runs a registered command; its tooltip names the command and its key. */
export function CommandButton(props: {
  command: CommandId;
  label?: string;
  class?: string;
  children?: ComponentChildren;
}) {
  const wb = useWorkbench();
  const command = wb.registry.get(props.command);
  if (!command) throw new Error(`No command "${props.command}"`);
  const label = props.label ?? actionOf(command);
  const tooltip = wb.describeCommand(command.id);
  return (
    <button
      type="button"
      class={props.class ?? 'button'}
      title={tooltip}
      aria-label={props.children ? label : undefined}
      onClick={() => void wb.run(command.id)}
    >
      {props.children ?? label}
    </button>
  );
}
