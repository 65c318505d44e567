import { useMemo, useState } from 'preact/hooks';
import { formatKeybinding, fuzzyFilter, keybindingsOf } from '../../lib/commands';
import { useWorkbench } from '../workbench/context';

/** `Help: Keyboard Shortcuts`: every command and its keys, straight from the command registry. */
export function ShortcutsPage() {
  const wb = useWorkbench();
  const [query, setQuery] = useState('');
  const commands = useMemo(
    () =>
      fuzzyFilter(
        query,
        wb.registry.all().filter((command) => !command.hidden),
        (command) => command.title,
      ),
    [wb, query],
  );
  return (
    <article class="page" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <label class="field">
        <span class="field__label">Search commands</span>
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <table class="compare shortcuts">
        <caption class="visually-hidden">Commands and their keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => (
            <tr key={command.id}>
              <th scope="row">
                <button type="button" class="link-button" onClick={() => void wb.run(command.id)}>
                  {command.title}
                </button>
              </th>
              <td>
                {keybindingsOf(command).length
                  ? keybindingsOf(command).map((binding, index) => (
                      <span key={binding}>
                        {index ? ' or ' : ''}
                        <kbd>{formatKeybinding(binding, wb.platform.isMac)}</kbd>
                      </span>
                    ))
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="page__muted">
        Lantern itself opens with <kbd>Alt+Shift+L</kbd> (change it at chrome://extensions/shortcuts, or in Firefox's
        add-on settings).
      </p>
    </article>
  );
}
