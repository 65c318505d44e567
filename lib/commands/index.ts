export { fuzzyFilter, fuzzyScore } from './fuzzy';
export { formatKeybinding, isMacPlatform, type KeyEventLike, matchesKeybinding } from './keybinding';
export { actionOf, type Command, CommandRegistry, categoryOf, keybindingsOf, type MenuItem } from './registry';
