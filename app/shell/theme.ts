import type { ThemeSetting } from '../../lib/settings/schema';

export type Theme = Exclude<ThemeSetting, 'browser'>;

export const DARK = '(prefers-color-scheme: dark)';
export const HIGH_CONTRAST = '(prefers-contrast: more), (forced-colors: active)';

function media(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** The theme on screen: the user's choice, or the browser's when they follow it. */
export function resolveTheme(setting: ThemeSetting): Theme {
  if (setting !== 'browser') return setting;
  if (media(HIGH_CONTRAST)) return 'high-contrast';
  return media(DARK) ? 'dark' : 'light';
}
