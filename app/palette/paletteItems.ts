import { type Command, formatKeybinding, fuzzyFilter, keybindingsOf } from '../../lib/commands';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle, type Entry } from '../../lib/entries/schema';
import { TEMPLATES, templateBody } from '../../lib/entries/templates';
import { loadedPrompts } from '../../lib/prompts/load';
import { SOURCE_TITLES } from '../../lib/prompts/sources';
import { excerpt, withoutComments } from '../../lib/text';
import type { Workbench } from '../workbench/workbench';

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

function toItem(wb: Workbench, command: Command<Workbench>, enabled: boolean): PaletteItem {
  const key = keybindingsOf(command)[0];
  return {
    id: command.id,
    label: command.title,
    detail: key ? formatKeybinding(key, wb.platform.isMac) : undefined,
    disabled: !enabled,
    run: () => wb.run(command.id),
  };
}

export function entryTitleItems(wb: Workbench, entries: readonly Entry[], query: string): PaletteItem[] {
  return fuzzyFilter(query, entries, displayTitle)
    .slice(0, MAX_ENTRY_RESULTS)
    .map((entry) => entryItem(wb, entry, formatIsoDate(entry.occurredOn)));
}

/** Entries containing every word of the query, in title or text. */
export function entrySearchItems(wb: Workbench, entries: readonly Entry[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const matches = entries.filter((entry) => {
    // Not a template's hints: they are Lantern's words, in every entry made from it.
    const text = `${entry.title}\n${withoutComments(entry.body)}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return matches.slice(0, MAX_ENTRY_RESULTS).map((entry) => {
    const body = withoutComments(entry.body);
    const at = Math.max(0, body.toLowerCase().indexOf(words[0] ?? '') - 30);
    return entryItem(wb, entry, `${formatIsoDate(entry.occurredOn)} · ${excerpt(body.slice(at), 90)}`);
  });
}

function entryItem(wb: Workbench, entry: Entry, detail: string): PaletteItem {
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
