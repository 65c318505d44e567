import { FRAMEWORKS } from '../../lib/frameworks';
import { THEMES, type ThemeSetting } from '../../lib/settings/schema';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

const THEME_LABELS: Record<ThemeSetting, string> = {
  browser: 'Follow the browser',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** Preferences, each saved the moment it changes. */
export function SettingsView() {
  const wb = useWorkbench();
  const theme = useWorkbenchState((state) => state.preferences.theme);
  const activeFramework = useWorkbenchState((state) => state.preferences.activeFramework);
  return (
    <section class="view" aria-labelledby="settings-view-title">
      <header class="view__header">
        <h2 id="settings-view-title" class="view__title">
          Settings
        </h2>
      </header>
      <div class="view__body settings">
        <label class="field">
          <span class="field__label">Theme</span>
          <select
            value={theme}
            onChange={(event) => void wb.setPreferences({ theme: event.currentTarget.value as ThemeSetting })}
          >
            {THEMES.map((value) => (
              <option key={value} value={value}>
                {THEME_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field__label">Active framework</span>
          <select
            value={activeFramework}
            onChange={(event) => void wb.setPreferences({ activeFramework: event.currentTarget.value })}
          >
            {FRAMEWORKS.map((framework) => (
              <option key={framework.id} value={framework.id}>
                {framework.name}
              </option>
            ))}
          </select>
          <span class="field__hint">Used by the Competencies view, coverage, suggestions and self-assessment.</span>
        </label>
        <p class="field__hint">Lantern keeps everything in this browser profile. Nothing is sent anywhere.</p>
      </div>
    </section>
  );
}
