import { COMPETENCY_COMMANDS } from '../competencies/commands';
import { DATA_COMMANDS } from '../data/commands';
import { ENTRY_COMMANDS } from '../editor/commands';
import { JOURNAL_COMMANDS } from '../journal/commands';
import { MENTORING_COMMANDS } from '../mentoring/commands';
import { PRIVACY_COMMANDS } from '../privacy/commands';
import { SUMMARY_COMMANDS } from '../summary/commands';
import { SYNC_COMMANDS } from '../sync/commands';
import type { LanternCommand } from './command';
import { VIEW_COMMANDS } from './viewCommands';
import type { Workbench } from './workbench';

/**
 * Every action in Lantern, declared once, each feature in its own file: a new feature adds its list
 * here. The palette, keybindings, toolbars, menus and key hints read these declarations; titles
 * follow DESIGN.md, which tests drive the product by.
 */
export const COMMANDS = [
  ...VIEW_COMMANDS,
  ...JOURNAL_COMMANDS,
  ...ENTRY_COMMANDS,
  ...COMPETENCY_COMMANDS,
  ...SUMMARY_COMMANDS,
  ...MENTORING_COMMANDS,
  ...DATA_COMMANDS,
  ...PRIVACY_COMMANDS,
  ...SYNC_COMMANDS,
];

/** The id of a command that exists: anything else fails to compile. */
export type CommandId = (typeof COMMANDS)[number]['id'];

/** While the journal is locked only the commands marked `whileLocked` run: nothing that reads or writes it. */
function notWhileLocked(command: LanternCommand<CommandId>): LanternCommand<CommandId> {
  const { when } = command;
  return { ...command, when: (wb) => !wb.state.lock.locked && (when ? when(wb) : true) };
}

export function registerCommands(wb: Workbench): void {
  for (const command of COMMANDS) wb.registry.register(command.whileLocked ? command : notWhileLocked(command));
}
