import { THEMES } from '../../lib/settings/schema';
import { openPalette } from '../palette/open';
import { resolveTheme } from '../shell/theme';
import { defineCommands, type IconName, type LanternCommand } from './command';
import type { ViewId } from './state';
import type { Workbench } from './workbench';

/** A view of the side bar; the activity bar shows it as its icon and `label`, lit while it shows. */
function showView<const Id extends string>(id: Id, title: string, view: ViewId & IconName, label: string) {
  const command: LanternCommand<Id> = {
    id,
    title,
    icon: view,
    menus: [{ menu: 'activityBar', label }],
    toggled: (wb) => wb.state.view === view,
    run: (wb) => wb.showView(view),
  };
  return command;
}

/** Cycles through the explicit themes, starting from the one on screen. */
async function toggleTheme(wb: Workbench): Promise<void> {
  const order = THEMES.filter((theme) => theme !== 'browser');
  const current = resolveTheme(wb.state.preferences.theme);
  const next = order[(order.indexOf(current) + 1) % order.length] ?? 'light';
  await wb.setPreferences({ theme: next });
  wb.notify(`Theme: ${next.replace('-', ' ')}. Settings can set it back to follow the browser.`);
}

/** The workbench itself: the palette, the views, the theme, help. */
export const VIEW_COMMANDS = defineCommands([
  {
    id: 'workbench.showCommands',
    title: 'View: Show Command Palette',
    icon: 'commands',
    keybinding: ['Mod+Shift+P', 'F1'],
    whileLocked: true,
    menus: [{ menu: 'statusBar', label: 'Commands' }],
    run: (wb) => openPalette(wb, 'commands'),
  },
  { id: 'view.toggleTheme', title: 'View: Toggle Theme', whileLocked: true, run: toggleTheme },
  { id: 'help.welcome', title: 'Help: Show Welcome', run: (wb) => wb.showPage({ type: 'welcome' }) },
  {
    id: 'help.shortcuts',
    title: 'Help: Keyboard Shortcuts',
    keybinding: 'Mod+Alt+K',
    run: (wb) => wb.showPage({ type: 'shortcuts' }),
  },
  showView('view.showJournal', 'View: Show Journal', 'journal', 'Journal'),
  showView('view.showCompetencies', 'View: Show Competencies', 'competencies', 'Competencies'),
  showView('view.showPrompts', 'View: Show Prompts', 'prompts', 'Prompts'),
  showView('view.showSummaries', 'View: Show Summaries', 'summaries', 'Summaries'),
  showView('view.showMentoring', 'View: Show Mentoring', 'mentoring', 'Mentoring'),
  showView('preferences.open', 'Preferences: Open Settings', 'settings', 'Settings'),
]);
