import { fuzzyFilter } from '../../lib/commands';
import { formatIsoDate } from '../../lib/dates';
import type { EntryHead } from '../../lib/entries/head';
import { displayTitle } from '../../lib/entries/schema';
import { TEMPLATES, templateBody } from '../../lib/entries/templates';
import { loadedPrompts } from '../../lib/prompts/load';
import { SOURCE_TITLES } from '../../lib/prompts/sources';
import type { LanternCommand } from '../workbench/command';
import type { CommandId } from '../workbench/commands';
import type { Workbench } from '../workbench/workbench';
import { matchTitles } from './titleIndex';

export interface PaletteItem {
  id: string;
  label: string;
  detail?: string;
  disabled?: boolean;
  run(): unknown;
}

const MAX_ENTRY_RESULTS = 50;

export function commandItems(wb: Workbench, query: string): PaletteItem[] {
  const visible = wb.registry.all().filter((command) => !command.hidden);
  const rows = fuzzyFilter(query, visible, (command) => command.title).map((command) =>
    toItem(wb, command, wb.registry.isEnabled(command, wb)),
  );
  // Available commands first, keeping match order within each group.
  return [...rows.filter((row) => !row.disabled), ...rows.filter((row) => row.disabled)];
}

function toItem(wb: Workbench, command: LanternCommand<CommandId>, enabled: boolean): PaletteItem {
  return {
    id: command.id,
    label: command.title,
    detail: wb.keyLabel(command.id) || undefined,
    disabled: !enabled,
    run: () => wb.run(command.id),
  };
}

export function entryTitleItems(wb: Workbench, entries: readonly EntryHead[], query: string): PaletteItem[] {
  return matchTitles(entries, query, MAX_ENTRY_RESULTS).map((entry) =>
    entryItem(wb, entry, formatIsoDate(entry.occurredOn)),
  );
}

function entryItem(wb: Workbench, entry: EntryHead, detail: string): PaletteItem {
  return { id: entry.id, label: displayTitle(entry), detail, run: () => wb.openEntry(entry.id) };
}

/** Prompts by their words, theme or source (none until the prompts have loaded); Enter starts an entry from one. */
export function promptItems(wb: Workbench, query: string): PaletteItem[] {
  return fuzzyFilter(
    query,
    loadedPrompts()?.PROMPTS ?? [],
    (prompt) => `${prompt.text} ${prompt.theme} ${SOURCE_TITLES[prompt.source]}`,
  )
    .slice(0, MAX_ENTRY_RESULTS)
    .map((prompt) => ({
      id: prompt.id,
      label: prompt.text,
      detail: prompt.theme,
      run: () => wb.newEntryFromPrompt(prompt.id),
    }));
}

/** Templates: for a new entry, or to add a template's sections to the open one. */
export function templateItems(wb: Workbench, query: string, forNewEntry: boolean): PaletteItem[] {
  return fuzzyFilter(query, TEMPLATES, (template) => template.name).map((template) => ({
    id: template.id,
    label: template.name,
    detail: template.description,
    run: () =>
      forNewEntry
        ? wb.newEntry({ template: template.id, body: templateBody(template) })
        : wb.editorHandle?.changeTemplate(template.id),
  }));
}
