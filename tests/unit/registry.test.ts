import { describe, expect, it, vi } from 'vitest';
import type { KeyEventLike } from '../../lib/commands/keybinding';
import { type Command, CommandRegistry, keybindingsOf } from '../../lib/commands/registry';

interface Context {
  entryOpen: boolean;
}

const withEntry: Context = { entryOpen: true };
const noEntry: Context = { entryOpen: false };

function aCommand(overrides: Partial<Command<Context>> = {}): Command<Context> {
  return { id: 'journal.newEntry', title: 'Journal: New Entry', run: () => undefined, ...overrides };
}

function press(key: string, modifiers: Partial<KeyEventLike> = {}): KeyEventLike {
  return {
    key,
    code: `Key${key.toUpperCase()}`,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  };
}

describe('CommandRegistry', () => {
  it('finds a registered command by id and by its palette title', () => {
    const registry = new CommandRegistry<Context>(false);
    const command = aCommand();
    registry.register(command);
    expect(registry.get('journal.newEntry')).toBe(command);
    expect(registry.byTitle('Journal: New Entry')).toBe(command);
    expect(registry.get('nope')).toBeUndefined();
    expect(registry.byTitle('Journal: Nope')).toBeUndefined();
  });

  it('lists commands in the order they were registered', () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(aCommand({ id: 'b', title: 'B' }));
    registry.register(aCommand({ id: 'a', title: 'A' }));
    expect(registry.all().map((command) => command.id)).toEqual(['b', 'a']);
  });

  it('refuses a second command with the same id', () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(aCommand());
    expect(() => registry.register(aCommand({ title: 'Other' }))).toThrow(/already registered/);
  });

  it('refuses a second command on the same key, naming the owner', () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(aCommand({ id: 'first', keybinding: 'Mod+N' }));
    expect(() => registry.register(aCommand({ id: 'second', keybinding: ['F2', 'mod + n'] }))).toThrow(
      /already used by "first"/,
    );
    expect(registry.get('second')).toBeUndefined();
  });

  it('sees Mod+K and Ctrl+K as the same key off a Mac but different keys on a Mac', () => {
    const pc = new CommandRegistry<Context>(false);
    pc.register(aCommand({ id: 'a', keybinding: 'Mod+K' }));
    expect(() => pc.register(aCommand({ id: 'b', keybinding: 'Ctrl+K' }))).toThrow();

    const mac = new CommandRegistry<Context>(true);
    mac.register(aCommand({ id: 'a', keybinding: 'Mod+K' }));
    expect(() => mac.register(aCommand({ id: 'b', keybinding: 'Ctrl+K' }))).not.toThrow();
    expect(mac.isMac).toBe(true);
  });

  it('refuses a command with a malformed keybinding', () => {
    const registry = new CommandRegistry<Context>(false);
    expect(() => registry.register(aCommand({ keybinding: 'Hyper+K' }))).toThrow(/Malformed/);
  });

  it('finds the command a key press belongs to, by any of its bindings', () => {
    const registry = new CommandRegistry<Context>(false);
    const palette = aCommand({ id: 'palette', keybinding: ['Mod+Shift+P', 'F1'] });
    registry.register(aCommand({ id: 'save', keybinding: 'Mod+S' }));
    registry.register(palette);
    expect(registry.forKey(press('P', { ctrlKey: true, shiftKey: true }), withEntry)).toBe(palette);
    expect(registry.forKey({ ...press('F1'), code: 'F1' }, withEntry)).toBe(palette);
    expect(registry.forKey(press('q', { ctrlKey: true }), withEntry)).toBeUndefined();
  });

  it('ignores the keys of a command that is disabled in the current context', () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(aCommand({ id: 'trash', keybinding: 'Mod+Backspace', when: (c) => c.entryOpen }));
    const key = { ...press('Backspace', { ctrlKey: true }), code: 'Backspace' };
    expect(registry.forKey(key, noEntry)).toBeUndefined();
    expect(registry.forKey(key, withEntry)?.id).toBe('trash');
  });

  it('runs an enabled command with the context and reports that it ran', async () => {
    const registry = new CommandRegistry<Context>(false);
    const run = vi.fn();
    registry.register(aCommand({ run }));
    await expect(registry.execute('journal.newEntry', withEntry)).resolves.toBe(true);
    expect(run).toHaveBeenCalledWith(withEntry, undefined);
  });

  it('hands a command the item a row’s button names, for commands that act on one', async () => {
    const registry = new CommandRegistry<Context>(false);
    const run = vi.fn();
    registry.register(aCommand({ run }));
    await registry.execute('journal.newEntry', withEntry, 'entry-7');
    expect(run).toHaveBeenCalledWith(withEntry, 'entry-7');
  });

  it('lists the commands a menu shows, each with its place there, in the order they were declared', () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(aCommand({ id: 'bold', title: 'Entry: Bold', menus: [{ menu: 'format', text: 'B' }] }));
    registry.register(aCommand({ id: 'save', title: 'Entry: Save' }));
    registry.register(aCommand({ id: 'link', title: 'Entry: Link', menus: [{ menu: 'format', label: 'Link' }] }));
    expect(registry.menu('format').map(({ command, item }) => [command.id, item.text ?? item.label])).toEqual([
      ['bold', 'B'],
      ['link', 'Link'],
    ]);
    expect(registry.menu('statusBar')).toEqual([]);
  });

  it('waits for an async command to finish before reporting it ran', async () => {
    const registry = new CommandRegistry<Context>(false);
    let finished = false;
    registry.register(
      aCommand({
        run: async () => {
          await Promise.resolve();
          finished = true;
        },
      }),
    );
    await registry.execute('journal.newEntry', withEntry);
    expect(finished).toBe(true);
  });

  it('does not run a disabled command, and returns false', async () => {
    const registry = new CommandRegistry<Context>(false);
    const run = vi.fn();
    registry.register(aCommand({ run, when: (c) => c.entryOpen }));
    await expect(registry.execute('journal.newEntry', noEntry)).resolves.toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(registry.isEnabled(registry.get('journal.newEntry') as Command<Context>, noEntry)).toBe(false);
  });

  it('returns false for an unknown command', async () => {
    const registry = new CommandRegistry<Context>(false);
    await expect(registry.execute('missing', withEntry)).resolves.toBe(false);
  });

  it('passes on the error of a command that fails', async () => {
    const registry = new CommandRegistry<Context>(false);
    registry.register(
      aCommand({
        run: () => {
          throw new Error('disk full');
        },
      }),
    );
    await expect(registry.execute('journal.newEntry', withEntry)).rejects.toThrow('disk full');
  });
});

describe('keybindingsOf', () => {
  it.each<[Command<Context>['keybinding'], readonly string[]]>([
    [undefined, []],
    ['F1', ['F1']],
    [
      ['Mod+Shift+P', 'F1'],
      ['Mod+Shift+P', 'F1'],
    ],
  ])('reads %j as %j', (keybinding, expected) => {
    expect(keybindingsOf(aCommand({ keybinding }))).toEqual(expected);
  });
});
