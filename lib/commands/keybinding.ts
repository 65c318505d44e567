/**
 * Keybindings are written like `Mod+Shift+P`, `F1` or `Alt+N`. `Mod` is Cmd on macOS and Ctrl
 * elsewhere. Letters and digits match by physical key (`event.code`), so Alt/Option combinations
 * work on a Mac, where Option+N types a dead key.
 */
export interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

const MODIFIERS = new Set(['mod', 'ctrl', 'cmd', 'meta', 'alt', 'shift']);

export function parseKeybinding(binding: string, isMac: boolean): Chord {
  const parts = binding.split('+').map((part) => part.trim());
  const key = parts.pop();
  if (!key || parts.some((part) => !MODIFIERS.has(part.toLowerCase()))) {
    throw new Error(`Malformed keybinding "${binding}"`);
  }
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  return {
    ctrl: mods.has('ctrl') || (mods.has('mod') && !isMac),
    meta: mods.has('cmd') || mods.has('meta') || (mods.has('mod') && isMac),
    alt: mods.has('alt'),
    shift: mods.has('shift'),
    key: key.toLowerCase(),
  };
}

function eventKey(event: KeyEventLike): string {
  const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(event.code);
  if (code) return (code[1] ?? code[2] ?? '').toLowerCase();
  return event.key.toLowerCase();
}

export function matchesKeybinding(event: KeyEventLike, binding: string, isMac: boolean): boolean {
  const chord = parseKeybinding(binding, isMac);
  return (
    chord.ctrl === event.ctrlKey &&
    chord.meta === event.metaKey &&
    chord.alt === event.altKey &&
    chord.shift === event.shiftKey &&
    chord.key === eventKey(event)
  );
}

/** How a keybinding is shown: `Ctrl+Shift+P` or, on a Mac, `⇧⌘P`. */
export function formatKeybinding(binding: string, isMac: boolean): string {
  const chord = parseKeybinding(binding, isMac);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : (binding.split('+').pop()?.trim() ?? chord.key);
  if (isMac) {
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.meta ? '⌘' : ''}${key}`;
  }
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Meta', key]
    .filter(Boolean)
    .join('+');
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
