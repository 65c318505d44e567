import type { MenuId } from '../../app/workbench/command';
import { MenuButtons } from './MenuButtons';

/**
 * A side bar view's header: its title (which names the view's section, through `titleId`) and the
 * commands its title menu contributes, as VS Code's view title actions are.
 */
export function ViewHeader(props: { titleId: string; title: string; menu?: MenuId }) {
  return (
    <header class="view__header">
      <h2 id={props.titleId} class="view__title">
        {props.title}
      </h2>
      {props.menu ? (
        <div class="view__actions">
          <MenuButtons menu={props.menu} class="icon-button" />
        </div>
      ) : null}
    </header>
  );
}
