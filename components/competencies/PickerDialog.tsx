import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fuzzyFilter } from '../../lib/commands';
import { FRAMEWORKS } from '../../lib/frameworks';
import { onListboxKey } from '../shell/listboxKeys';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

interface Option {
  id: string;
  name: string;
  detail: string;
}

const OPTIONS: Option[] = FRAMEWORKS.flatMap((framework) =>
  framework.domains.flatMap((domain) =>
    domain.elements.map((element) => ({
      id: element.id,
      name: element.name,
      detail: element.name === domain.name ? framework.shortName : `${framework.shortName} · ${domain.name}`,
    })),
  ),
);

/**
 * `Entry: Link Competencies…`: search every framework, Enter or a click links or unlinks the
 * highlighted competency, Escape closes. Changes apply (and save) at once.
 */
export function PickerDialog() {
  const wb = useWorkbench();
  const activeFramework = useWorkbenchState((state) => state.preferences.activeFramework);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [linked, setLinked] = useState<readonly string[]>(() => wb.editorHandle?.competencies() ?? []);
  const input = useRef<HTMLInputElement>(null);
  const restoreFocus = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);

  // The active framework first, then the rest; typing searches them all.
  const ordered = useMemo(
    () => [
      ...OPTIONS.filter((option) => option.id.startsWith(`${activeFramework}.`)),
      ...OPTIONS.filter((option) => !option.id.startsWith(`${activeFramework}.`)),
    ],
    [activeFramework],
  );
  const items = useMemo(
    () => fuzzyFilter(query, ordered, (option) => `${option.name} ${option.detail}`),
    [query, ordered],
  );
  useLayoutEffect(() => input.current?.focus(), []);

  const toggle = (option: Option | undefined) => {
    if (!option) return;
    const next = linked.includes(option.id) ? linked.filter((id) => id !== option.id) : [...linked, option.id];
    setLinked(next);
    wb.editorHandle?.setCompetencies(next);
  };

  const close = () => {
    wb.store.set({ linkPicker: false });
    if (restoreFocus.current?.isConnected) restoreFocus.current.focus();
    else wb.focusEditor();
  };

  const onKeyDown = (event: KeyboardEvent) =>
    onListboxKey(event, { active, count: items.length, move: setActive, choose: () => toggle(items[active]), close });

  return (
    <div class="palette-backdrop">
      <div class="palette" role="dialog" aria-label="Link competencies">
        <input
          ref={input}
          class="palette__input"
          type="text"
          role="combobox"
          aria-label="Search competencies"
          aria-expanded="true"
          aria-controls="link-picker-list"
          aria-activedescendant={items[active] ? `link-option-${active}` : undefined}
          placeholder="Search competencies; Enter links or unlinks, Escape closes"
          autocomplete="off"
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p class="palette__hint" aria-live="polite">
          {linked.length} linked
        </p>
        <ul
          id="link-picker-list"
          class="palette__list"
          role="listbox"
          aria-multiselectable="true"
          aria-label="Competencies"
        >
          {items.map((option, index) => (
            <li
              key={option.id}
              id={`link-option-${index}`}
              role="option"
              class="palette__option"
              aria-selected={linked.includes(option.id)}
              data-active={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(index);
                toggle(option);
              }}
            >
              <span class="palette__check" aria-hidden="true">
                {linked.includes(option.id) ? '✓' : ''}
              </span>
              <span class="palette__label">{option.name}</span>
              <span class="palette__detail">{option.detail}</span>
            </li>
          ))}
        </ul>
        {items.length === 0 ? <p class="palette__empty">No matching competencies.</p> : null}
        <div class="palette__footer">
          <button type="button" class="button" onClick={close}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
