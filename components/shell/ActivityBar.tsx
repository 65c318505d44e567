import { VIEWS } from '../../app/workbench/state';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { Icon } from './icons';

/** The strip of views down the left edge, as in VS Code. */
export function ActivityBar() {
  const wb = useWorkbench();
  const view = useWorkbenchState((state) => state.view);
  return (
    <nav class="activity-bar" aria-label="Views">
      {VIEWS.map((item) => (
        <button
          key={item.id}
          type="button"
          class="activity-bar__item"
          aria-current={item.id === view ? 'page' : undefined}
          title={item.label}
          onClick={() => wb.showView(item.id)}
        >
          <Icon name={item.id} size={22} />
          <span class="activity-bar__label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
}
