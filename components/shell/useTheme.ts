import { useEffect, useState } from 'preact/hooks';
import { DARK, HIGH_CONTRAST, resolveTheme, type Theme } from '../../app/shell/theme';
import type { ThemeSetting } from '../../lib/settings/schema';

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
