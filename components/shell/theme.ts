import { useEffect, useState } from 'preact/hooks';
import type { ThemeSetting } from '../../lib/settings/schema';

export type Theme = Exclude<ThemeSetting, 'browser'>;

const DARK = '(prefers-color-scheme: dark)';
const HIGH_CONTRAST = '(prefers-contrast: more), (forced-colors: active)';

function media(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** The theme on screen: the user's choice, or the browser's when they follow it. */
export function resolveTheme(setting: ThemeSetting): Theme {
  if (setting !== 'browser') return setting;
  if (media(HIGH_CONTRAST)) return 'high-contrast';
  return media(DARK) ? 'dark' : 'light';
}

/** Puts the theme on the page and follows the browser's changes while the setting says to. */
export function useTheme(setting: ThemeSetting): Theme {
  const [theme, setTheme] = useState(() => resolveTheme(setting));
  useEffect(() => {
    const update = () => setTheme(resolveTheme(setting));
    update();
    if (setting !== 'browser' || typeof matchMedia !== 'function') return;
    const queries = [matchMedia(DARK), matchMedia(HIGH_CONTRAST)];
    for (const query of queries) query.addEventListener('change', update);
    return () => {
      for (const query of queries) query.removeEventListener('change', update);
    };
  }, [setting]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
