import type { Command } from '../../lib/commands';
import type { Workbench } from './workbench';

/** The places besides the palette where commands show, each rendered from the registry. */
export type MenuId =
  | 'activityBar'
  | 'editor.format'
  | 'summary.export'
  | 'view.title.journal'
  | 'view.title.competencies'
  | 'statusBar';

/** The icons Lantern draws (components/shell/icons.tsx has one path for each). */
export type IconName =
  | 'journal'
  | 'competencies'
  | 'prompts'
  | 'summaries'
  | 'mentoring'
  | 'settings'
  | 'plus'
  | 'search'
  | 'trash'
  | 'commands'
  | 'filter'
  | 'grid'
  | 'gauge';

/** A Lantern command: run on the workbench, shown in Lantern's menus, drawn with Lantern's icons. */
export interface LanternCommand<Id extends string = string> extends Command<Workbench, Id, MenuId> {
  icon?: IconName;
}

/**
 * A feature's commands, declared in its own file. The ids are kept as literals, so the registry's
 * list of every feature's commands gives the union of ids (`CommandId`) a misspelling fails against.
 */
export function defineCommands<const Id extends string>(
  commands: readonly LanternCommand<Id>[],
): readonly LanternCommand<Id>[] {
  return commands;
}

/** Whether an entry is open in the editor. */
export const entryOpen = (wb: Workbench): boolean => wb.state.editor.type === 'entry';
