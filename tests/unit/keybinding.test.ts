import { describe, expect, it } from 'vitest';
import {
  formatKeybinding,
  isMacPlatform,
  type KeyEventLike,
  matchesKeybinding,
  parseKeybinding,
} from '../../lib/commands/keybinding';

/** A key press as the browser reports it; modifiers default to up. */
function press(key: string, code: string, modifiers: Partial<KeyEventLike> = {}): KeyEventLike {
  return { key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

const MAC = true;
const PC = false;

describe('matchesKeybinding', () => {
  it('treats Mod as Ctrl off a Mac', () => {
    expect(matchesKeybinding(press('s', 'KeyS', { ctrlKey: true }), 'Mod+S', PC)).toBe(true);
    expect(matchesKeybinding(press('s', 'KeyS', { metaKey: true }), 'Mod+S', PC)).toBe(false);
  });

  it('treats Mod as Cmd on a Mac', () => {
    expect(matchesKeybinding(press('s', 'KeyS', { metaKey: true }), 'Mod+S', MAC)).toBe(true);
    expect(matchesKeybinding(press('s', 'KeyS', { ctrlKey: true }), 'Mod+S', MAC)).toBe(false);
  });

  it('runs Alt+N on a Mac, where Option+N types a dead key instead of n', () => {
    expect(matchesKeybinding(press('Dead', 'KeyN', { altKey: true }), 'Alt+N', MAC)).toBe(true);
  });

  it('matches Shift+digit by the digit key although the browser reports the symbol', () => {
    expect(matchesKeybinding(press('!', 'Digit1', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+1', PC)).toBe(true);
  });

  it('matches Shift+letter although the browser reports a capital', () => {
    expect(matchesKeybinding(press('P', 'KeyP', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+P', PC)).toBe(true);
  });

  it('needs exactly the modifiers of the binding, no more and no fewer', () => {
    expect(matchesKeybinding(press('p', 'KeyP', { ctrlKey: true }), 'Mod+Shift+P', PC)).toBe(false);
    expect(
      matchesKeybinding(press('P', 'KeyP', { ctrlKey: true, shiftKey: true, altKey: true }), 'Mod+Shift+P', PC),
    ).toBe(false);
    expect(matchesKeybinding(press('p', 'KeyP'), 'P', PC)).toBe(true);
    expect(matchesKeybinding(press('p', 'KeyP', { ctrlKey: true }), 'P', PC)).toBe(false);
  });

  it('matches named keys by event.key', () => {
    expect(matchesKeybinding(press('F1', 'F1'), 'F1', PC)).toBe(true);
    expect(matchesKeybinding(press('Enter', 'Enter', { metaKey: true }), 'Mod+Enter', MAC)).toBe(true);
    expect(matchesKeybinding(press('Escape', 'Escape'), 'Escape', MAC)).toBe(true);
    expect(matchesKeybinding(press('F2', 'F2'), 'F1', PC)).toBe(false);
  });

  it('reads bindings regardless of case and spaces around +', () => {
    expect(matchesKeybinding(press('k', 'KeyK', { ctrlKey: true, shiftKey: true }), 'mod + shift + k', PC)).toBe(true);
  });

  it('accepts Ctrl and Cmd spelt out, which stay themselves on both platforms', () => {
    expect(matchesKeybinding(press('k', 'KeyK', { ctrlKey: true }), 'Ctrl+K', MAC)).toBe(true);
    expect(matchesKeybinding(press('k', 'KeyK', { metaKey: true }), 'Cmd+K', PC)).toBe(true);
    expect(matchesKeybinding(press('k', 'KeyK', { metaKey: true }), 'Meta+K', PC)).toBe(true);
  });
});

describe('formatKeybinding', () => {
  it.each([
    ['Mod+Shift+P', 'Ctrl+Shift+P', '⇧⌘P'],
    ['Mod+S', 'Ctrl+S', '⌘S'],
    ['Alt+N', 'Alt+N', '⌥N'],
    ['Ctrl+Alt+Shift+K', 'Ctrl+Alt+Shift+K', '⌃⌥⇧K'],
    ['Cmd+K', 'Meta+K', '⌘K'],
    ['F1', 'F1', 'F1'],
    ['Mod+Enter', 'Ctrl+Enter', '⌘Enter'],
    ['mod+shift+p', 'Ctrl+Shift+P', '⇧⌘P'],
    ['Mod + Enter', 'Ctrl+Enter', '⌘Enter'],
  ])('shows %s as %s off a Mac and %s on a Mac', (binding, pc, mac) => {
    expect(formatKeybinding(binding, PC)).toBe(pc);
    expect(formatKeybinding(binding, MAC)).toBe(mac);
  });
});

describe('malformed bindings', () => {
  it.each(['', 'Mod+', '+P', 'Hyper+P', 'Mod+Shift+', 'Control+P', 'Mod++'])('rejects %j', (binding) => {
    expect(() => parseKeybinding(binding, PC)).toThrow(/Malformed keybinding/);
    expect(() => formatKeybinding(binding, MAC)).toThrow(/Malformed keybinding/);
    expect(() => matchesKeybinding(press('p', 'KeyP'), binding, PC)).toThrow(/Malformed keybinding/);
  });
});

describe('isMacPlatform', () => {
  it.each([
    ['MacIntel', true],
    ['macOS', true],
    ['iPhone', true],
    ['iPad', true],
    ['Win32', false],
    ['Linux x86_64', false],
    ['', false],
  ])('treats %j as a Mac: %s', (platform, expected) => {
    expect(isMacPlatform(platform)).toBe(expected);
  });
});
