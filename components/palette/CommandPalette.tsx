import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  commandItems,
  entryTitleItems,
  type PaletteItem,
  promptItems,
  templateItems,
} from '../../app/palette/paletteItems';
import { warmTitles } from '../../app/palette/titleIndex';
import type { PaletteMode } from '../../app/workbench/state';
import { loadedPrompts, loadPrompts } from '../../lib/prompts/load';
import { useJournal } from '../hooks/useJournal';
import { onListboxKey } from '../shell/listboxKeys';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

const PLACEHOLDERS: Record<PaletteMode, string> = {
  commands: 'Type a command',
  entries: 'Type an entry title (type > for commands)',
  prompts: 'Type to find a prompt by its words, theme or source',
  templates: 'Choose a template: its sections are added, no text is removed',
  newFromTemplate: 'Choose a template for the new entry',
};

const LABELS: Record<PaletteMode, string> = {
  commands: 'Command palette',
  entries: 'Go to entry',
  prompts: 'New entry from prompt',
  templates: 'Change template',
  newFromTemplate: 'New entry from template',
};

/** The palette as a combobox over a listbox, as VS Code's quick input. */
export function CommandPalette() {
  const palette = useWorkbenchState((state) => state.palette);
  if (!palette) return null;
  return <PaletteDialog key={palette.mode} mode={palette.mode} restoreFocus={palette.restoreFocus} />;
}

function PaletteDialog(props: { mode: PaletteMode; restoreFocus: HTMLElement | null }) {
  const wb = useWorkbench();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const opened = useRef(wb.state.palette);
  const needsEntries = props.mode === 'entries';
  const { entries } = useJournal();
  const prompts = usePrompts(props.mode === 'prompts');

  // In quick open, a leading ">" switches to commands, as in VS Code.
  const mode: PaletteMode = props.mode === 'entries' && query.startsWith('>') ? 'commands' : props.mode;
  const text = mode !== props.mode ? query.slice(1) : query;
  const items = useMemo<PaletteItem[]>(() => {
    if (mode === 'commands') return commandItems(wb, text);
    if (mode === 'prompts') return prompts ? promptItems(wb, text) : [];
    if (mode === 'templates' || mode === 'newFromTemplate') return templateItems(wb, text, mode === 'newFromTemplate');
    return entryTitleItems(wb, entries ?? [], text);
  }, [wb, mode, text, entries, prompts]);
  // Titles are made ready for matching while the user starts typing.
  useEffect(() => {
    if (!needsEntries || !entries) return;
    let live = true;
    void warmTitles(entries, () => !live);
    return () => {
      live = false;
    };
  }, [needsEntries, entries]);
  // What the list waits for before Enter can choose from it.
  const loading = (needsEntries && entries === undefined) || (props.mode === 'prompts' && !prompts);

  // Focus before the browser handles the next key press: fast typists start typing at once.
  useLayoutEffect(() => input.current?.focus(), []);
  // Enter pressed before the entries (or prompts) have loaded chooses the best match once they have.
  const pendingEnter = useRef(false);
  useEffect(() => {
    if (pendingEnter.current && !loading) {
      pendingEnter.current = false;
      choose(items[active]);
    }
  });
  useEffect(() => setActive(0), [text, mode]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => {
    wb.store.set({ palette: null });
    const target = props.restoreFocus;
    if (target?.isConnected) target.focus();
    else wb.focusEditor();
  };

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    close();
    if (item.disabled) {
      wb.notify(`“${item.label}” is not available right now. Open an entry first.`);
      return;
    }
    void item.run();
  };

  const onKeyDown = (event: KeyboardEvent) =>
    onListboxKey(event, {
      active,
      count: items.length,
      move: setActive,
      choose: () => {
        if (loading) pendingEnter.current = true;
        else choose(items[active]);
      },
      close,
    });

  const optionId = (index: number) => `palette-option-${index}`;
  const empty = loading
    ? 'Loading…'
    : mode === 'commands'
      ? 'No matching commands.'
      : mode === 'prompts'
        ? 'No matching prompts.'
        : mode === 'templates' || mode === 'newFromTemplate'
          ? 'No matching templates.'
          : 'No matching entries.';

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click outside closes, as Escape does for keyboards
    <div class="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div class="palette" role="dialog" aria-label={LABELS[props.mode]}>
        <input
          ref={input}
          class="palette__input"
          type="text"
          role="combobox"
          aria-label={LABELS[mode]}
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={items[active] ? optionId(active) : undefined}
          placeholder={PLACEHOLDERS[props.mode]}
          spellcheck={false}
          autocomplete="off"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // Focus leaving the palette closes it, unless a command has already replaced this palette
            // with another (removing a focused input fires blur too).
            const next = (event as FocusEvent).relatedTarget as Node | null;
            if (next && list.current?.parentElement?.contains(next)) return;
            if (wb.state.palette === opened.current) wb.store.set({ palette: null });
          }}
        />
        <ul ref={list} id="palette-list" class="palette__list" role="listbox" aria-label={LABELS[mode]}>
          {items.map((item, index) => (
            <li
              key={item.id}
              id={optionId(index)}
              data-index={index}
              role="option"
              class="palette__option"
              aria-selected={index === active}
              aria-disabled={item.disabled || undefined}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(item)}
            >
              <span class="palette__label">{item.label}</span>
              {item.detail ? <span class="palette__detail">{item.detail}</span> : null}
            </li>
          ))}
        </ul>
        {items.length === 0 ? (
          <p class="palette__empty" role="status">
            {empty}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The prompts, loading them if the palette lists them and they have not loaded yet (re-renders when they have). */
function usePrompts(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => loadedPrompts() !== undefined);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    void loadPrompts().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready;
}
