import { type KeyEventLike, matchesKeybinding, parseKeybinding } from './keybinding';

/**
 * A command: declared once, read by the palette, keybindings, buttons and menus alike.
 * `C` is whatever the app hands to commands when they run (its workbench).
 */
export interface Command<C> {
  id: string;
  /** `Category: Action`, as shown in the palette. Titles are a contract: tests drive the app by them. */
  title: string;
  keybinding?: string | readonly string[];
  /** When false the command is greyed out in the palette and its keys do nothing. */
  when?: (context: C) => boolean;
  /** Hidden from the palette (still runs from keys and buttons). */
  hidden?: boolean;
  run: (context: C) => unknown;
}

export function keybindingsOf<C>(command: Command<C>): readonly string[] {
  if (!command.keybinding) return [];
  return typeof command.keybinding === 'string' ? [command.keybinding] : command.keybinding;
}

export class CommandRegistry<C> {
  readonly #commands = new Map<string, Command<C>>();
  readonly #keys = new Map<string, string>();
  readonly #isMac: boolean;

  constructor(isMac: boolean) {
    this.#isMac = isMac;
  }

  /** Adds a command. A second command with the same id or the same key is a programming error. */
  register(command: Command<C>): void {
    if (this.#commands.has(command.id)) throw new Error(`Command "${command.id}" is already registered`);
    for (const binding of keybindingsOf(command)) {
      const chord = JSON.stringify(parseKeybinding(binding, this.#isMac));
      const owner = this.#keys.get(chord);
      if (owner) throw new Error(`Keybinding ${binding} of "${command.id}" is already used by "${owner}"`);
      this.#keys.set(chord, command.id);
    }
    this.#commands.set(command.id, command);
  }

  get(id: string): Command<C> | undefined {
    return this.#commands.get(id);
  }

  all(): Command<C>[] {
    return [...this.#commands.values()];
  }

  byTitle(title: string): Command<C> | undefined {
    return this.all().find((command) => command.title === title);
  }

  isEnabled(command: Command<C>, context: C): boolean {
    return command.when ? command.when(context) : true;
  }

  /** The enabled command a key press belongs to, if any. */
  forKey(event: KeyEventLike, context: C): Command<C> | undefined {
    return this.all().find(
      (command) =>
        keybindingsOf(command).some((binding) => matchesKeybinding(event, binding, this.#isMac)) &&
        this.isEnabled(command, context),
    );
  }

  /** Runs a command by id if it is enabled. Returns whether it ran. */
  async execute(id: string, context: C): Promise<boolean> {
    const command = this.#commands.get(id);
    if (!command || !this.isEnabled(command, context)) return false;
    await command.run(context);
    return true;
  }

  get isMac(): boolean {
    return this.#isMac;
  }
}
