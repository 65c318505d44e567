import type { MenuId } from '../../app/workbench/command';
import { actionOf } from '../../lib/commands';
import { useWorkbench } from '../workbench/context';
import { CommandButton } from './CommandButton';
import { Icon } from './icons';

/** The commands on a menu (a view's title bar, the status bar) as buttons: their icon and label, or label alone. */
export function MenuButtons(props: { menu: MenuId; class: string; iconSize?: number; showLabel?: boolean }) {
  const wb = useWorkbench();
  return (
    <>
      {wb.registry.menu(props.menu).map(({ command, item }) => {
        const label = item.label ?? actionOf(command);
        return (
          <CommandButton key={command.id} command={command.id} class={props.class} label={label}>
            {command.icon ? <Icon name={command.icon} size={props.iconSize ?? 18} /> : null}
            {props.showLabel || !command.icon ? ` ${label}` : null}
          </CommandButton>
        );
      })}
    </>
  );
}
