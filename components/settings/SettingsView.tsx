import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  AUTO_LOCK_MINUTES,
  DEFAULT_PREFERENCES,
  FONT_SIZES,
  type FontSize,
  type Preferences,
  THEMES,
  type ThemeSetting,
} from '../../lib/settings/schema';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { PassphraseSetting } from './PassphraseSetting';
import { PatientExceptionsSetting } from './PatientExceptionsSetting';
import { ReminderSetting } from './ReminderSetting';

const THEME_LABELS: Record<ThemeSetting, string> = {
  browser: 'Follow the browser',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

const FONT_LABELS: Record<FontSize, string> = { small: 'Small', normal: 'Normal', large: 'Large', larger: 'Larger' };

/** One setting with its label, hint and a reset to the default. */
function Setting(props: {
  id: string;
  label: string;
  hint?: string;
  field: keyof Preferences;
  children: ComponentChildren;
}) {
  const wb = useWorkbench();
  const value = useWorkbenchState((state) => state.preferences[props.field]);
  const isDefault = JSON.stringify(value) === JSON.stringify(DEFAULT_PREFERENCES[props.field]);
  return (
    <div class="setting">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.hint ? <span class="field__hint">{props.hint}</span> : null}
      {isDefault ? null : (
        <button
          type="button"
          class="link-button setting__reset"
          onClick={() => void wb.setPreferences({ [props.field]: DEFAULT_PREFERENCES[props.field] })}
        >
          Reset to default<span class="visually-hidden"> {props.label}</span>
        </button>
      )}
    </div>
  );
}

/** Preferences, each validated and saved the moment it changes. */
export function SettingsView() {
  const wb = useWorkbench();
  const preferences = useWorkbenchState((state) => state.preferences);
  const [roles, setRoles] = useState(preferences.roles.join('\n'));
  const set = (patch: Partial<Preferences>) => void wb.setPreferences(patch);

  return (
    <section class="view" aria-labelledby="settings-view-title">
      <header class="view__header">
        <h2 id="settings-view-title" class="view__title">
          Settings
        </h2>
      </header>
      <div class="view__body settings">
        <Setting id="setting-theme" label="Theme" field="theme">
          <select
            id="setting-theme"
            value={preferences.theme}
            onChange={(event) => set({ theme: event.currentTarget.value as ThemeSetting })}
          >
            {THEMES.map((value) => (
              <option key={value} value={value}>
                {THEME_LABELS[value]}
              </option>
            ))}
          </select>
        </Setting>
        <Setting id="setting-font" label="Text size" field="fontSize">
          <select
            id="setting-font"
            value={preferences.fontSize}
            onChange={(event) => set({ fontSize: event.currentTarget.value as FontSize })}
          >
            {FONT_SIZES.map((value) => (
              <option key={value} value={value}>
                {FONT_LABELS[value]}
              </option>
            ))}
          </select>
        </Setting>
        <Setting
          id="setting-framework"
          label="Active framework"
          hint="Used by the Competencies view, coverage, suggestions and self-assessment."
          field="activeFramework"
        >
          <select
            id="setting-framework"
            value={preferences.activeFramework}
            onChange={(event) => set({ activeFramework: event.currentTarget.value })}
          >
            {FRAMEWORKS.map((framework) => (
              <option key={framework.id} value={framework.id}>
                {framework.name}
              </option>
            ))}
          </select>
        </Setting>
        <Setting
          id="setting-roles"
          label="Your roles"
          hint="One per line, e.g. consultant, educational supervisor, clinical lead."
          field="roles"
        >
          <textarea
            id="setting-roles"
            rows={3}
            value={roles}
            onInput={(event) => setRoles(event.currentTarget.value)}
            onBlur={() =>
              set({
                roles: [
                  ...new Set(
                    roles
                      .split('\n')
                      .map((role) => role.trim().slice(0, 120))
                      .filter(Boolean),
                  ),
                ].slice(0, 30),
              })
            }
          />
        </Setting>
        <Setting
          id="setting-appraisal"
          label="Appraisal date"
          hint="Your appraisal year runs up to this date."
          field="appraisalDate"
        >
          <input
            id="setting-appraisal"
            type="date"
            value={preferences.appraisalDate ?? ''}
            onChange={(event) => set({ appraisalDate: event.currentTarget.value || undefined })}
          />
        </Setting>
        <Setting
          id="setting-revalidation"
          label="Revalidation date"
          hint="Your five-year revalidation cycle runs up to this date."
          field="revalidationDate"
        >
          <input
            id="setting-revalidation"
            type="date"
            value={preferences.revalidationDate ?? ''}
            onChange={(event) => set({ revalidationDate: event.currentTarget.value || undefined })}
          />
        </Setting>
        <Setting id="setting-cpd" label="Yearly CPD target (hours or credits)" field="cpdTarget">
          <input
            id="setting-cpd"
            type="number"
            min="0"
            max="1000"
            step="1"
            value={preferences.cpdTarget}
            onChange={(event) => {
              const value = event.currentTarget.valueAsNumber;
              if (Number.isFinite(value) && value >= 0 && value <= 1000) set({ cpdTarget: value });
            }}
          />
        </Setting>
        <ReminderSetting />
        <div class="setting">
          <h3 class="field__label">Your data</h3>
          <p class="field__hint">
            Lantern keeps everything in this browser profile and sends nothing anywhere. Removing the extension or
            clearing the browser's data deletes your journal, so export a backup now and then.
          </p>
          <CommandButton command="data.exportBackup" class="button button--secondary" label="Export a backup…" />
        </div>
        <PassphraseSetting />
        <Setting
          id="setting-auto-lock"
          label="Auto-lock after"
          field="autoLockMinutes"
          hint="Time without a key press or click before a journal with a passphrase locks itself."
        >
          <select
            id="setting-auto-lock"
            value={String(preferences.autoLockMinutes)}
            onChange={(event) => set({ autoLockMinutes: Number(event.currentTarget.value) })}
          >
            {[...new Set([...AUTO_LOCK_MINUTES, preferences.autoLockMinutes])].map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes === 0 ? 'Never' : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`}
              </option>
            ))}
          </select>
        </Setting>
        <PatientExceptionsSetting />
      </div>
    </section>
  );
}
