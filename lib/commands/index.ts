export { fuzzyFilter, fuzzyScore } from './fuzzy';
export { formatKeybinding, isMacPlatform, type KeyEventLike, matchesKeybinding } from './keybinding';
export { type Command, CommandRegistry, keybindingsOf } from './registry';
