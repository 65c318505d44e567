import { type KeyEventLike, matchesKeybinding, parseKeybinding } from './keybinding';

/** A place a command shows besides the palette: a toolbar, a view's title bar, the status bar, a menu. */
export interface MenuItem<Menu extends string = string> {
  menu: Menu;
  /** The short label there (the title without its category when not given). */
  label?: string;
  /** What the button shows when not its label (a glyph such as `B`). */
  text?: string;
}

/**
 * A command: declared once, read by the palette, keybindings, buttons and menus alike.
 * `C` is whatever the app hands to commands when they run (its workbench); `Id` the union of
 * command ids, so a misspelt id fails to compile; `Menu` the places commands can show.
 */
export interface Command<C, Id extends string = string, Menu extends string = string> {
  id: Id;
  /** `Category: Action`, as shown in the palette. Titles are a contract: tests drive the app by them. */
  title: string;
  /** The name of the command's icon, for surfaces that draw one. */
  icon?: string;
  keybinding?: string | readonly string[];
  /** When false the command is greyed out in the palette and its keys do nothing. */
  when?: (context: C) => boolean;
  /** Still runs while the journal is locked (it reads and writes nothing in it). */
  whileLocked?: boolean;
  /** For commands that switch something on and off, or pick one of several: whether it is on now. */
  toggled?: (context: C) => boolean;
  /** Hidden from the palette (still runs from keys and buttons). */
  hidden?: boolean;
  /** The other surfaces it shows on, in the order they list it. */
  menus?: readonly MenuItem<Menu>[];
  /** `target` is what a row's or item's button acts on (an entry id), when not the open one. */
  run: (context: C, target?: string) => unknown;
}

type MenuOf<K> = K extends { menus?: readonly MenuItem<infer Menu>[] } ? Menu : string;

/** The `Category` of a `Category: Action` title. */
export function categoryOf(command: { title: string }): string {
  return command.title.split(': ')[0] ?? '';
}

/** The `Action` of a `Category: Action` title: the default label on a button. */
export function actionOf(command: { title: string }): string {
  return command.title.replace(/^[^:]+: /, '');
}

export function keybindingsOf(command: Pick<Command<unknown>, 'keybinding'>): readonly string[] {
  if (!command.keybinding) return [];
  return typeof command.keybinding === 'string' ? [command.keybinding] : command.keybinding;
}

/**
 * The commands of an app. `K` is the app's own command type, which narrows the ids, menus and
 * icons to its unions, so asking for a command that does not exist fails to compile.
 */
export class CommandRegistry<C, K extends Command<C> = Command<C>> {
  readonly #commands = new Map<K['id'], K>();
  readonly #keys = new Map<string, K['id']>();
  readonly #isMac: boolean;

  constructor(isMac: boolean) {
    this.#isMac = isMac;
  }

  /** Adds a command. A second command with the same id or the same key is a programming error. */
  register(command: K): void {
    if (this.#commands.has(command.id)) throw new Error(`Command "${command.id}" is already registered`);
    for (const binding of keybindingsOf(command)) {
      const chord = JSON.stringify(parseKeybinding(binding, this.#isMac));
      const owner = this.#keys.get(chord);
      if (owner) throw new Error(`Keybinding ${binding} of "${command.id}" is already used by "${owner}"`);
      this.#keys.set(chord, command.id);
    }
    this.#commands.set(command.id, command);
  }

  get(id: K['id']): K | undefined {
    return this.#commands.get(id);
  }

  all(): K[] {
    return [...this.#commands.values()];
  }

  /** The commands that show on `menu`, each with its item there, in declaration order. */
  menu(menu: MenuOf<K>): { command: K; item: MenuItem<MenuOf<K>> }[] {
    return this.all().flatMap((command) =>
      (command.menus ?? [])
        .filter((item): item is MenuItem<MenuOf<K>> => item.menu === menu)
        .map((item) => ({ command, item })),
    );
  }

  byTitle(title: string): K | undefined {
    return this.all().find((command) => command.title === title);
  }

  isEnabled(command: K, context: C): boolean {
    return command.when ? command.when(context) : true;
  }

  /** The enabled command a key press belongs to, if any. */
  forKey(event: KeyEventLike, context: C): K | undefined {
    return this.all().find(
      (command) =>
        keybindingsOf(command).some((binding) => matchesKeybinding(event, binding, this.#isMac)) &&
        this.isEnabled(command, context),
    );
  }

  /** Runs a command by id if it is enabled. Returns whether it ran. */
  async execute(id: K['id'], context: C, target?: string): Promise<boolean> {
    const command = this.#commands.get(id);
    if (!command || !this.isEnabled(command, context)) return false;
    await command.run(context, target);
    return true;
  }

  get isMac(): boolean {
    return this.#isMac;
  }
}
