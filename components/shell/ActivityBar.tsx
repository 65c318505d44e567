import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { Icon } from './icons';

/** The strip of views down the left edge, as in VS Code: the commands on the `activityBar` menu. */
export function ActivityBar() {
  const wb = useWorkbench();
  // Read so the bar re-renders when the view changes; each item asks its command whether it is lit.
  useWorkbenchState((state) => state.view);
  return (
    <nav class="activity-bar" aria-label="Views">
      {wb.registry.menu('activityBar').map(({ command, item }) => (
        <button
          key={command.id}
          type="button"
          class="activity-bar__item"
          aria-current={command.toggled?.(wb) ? 'page' : undefined}
          title={item.label}
          onClick={() => void wb.run(command.id)}
        >
          {command.icon ? <Icon name={command.icon} size={22} /> : null}
          <span class="activity-bar__label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
}
