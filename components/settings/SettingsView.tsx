import { FRAMEWORKS } from '../../lib/frameworks';
import {
  AUTO_LOCK_MINUTES,
  CPD_TARGET_MAX,
  CPD_TARGET_MIN,
  FONT_SIZES,
  type FontSize,
  type Preferences,
  THEMES,
  type ThemeSetting,
} from '../../lib/settings/schema';
import { parseCpdTarget, parseRoles, parseSettingDate } from '../../lib/settings/validate';
import { CommandButton } from '../shell/CommandButton';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { DeclarationsSetting } from './DeclarationsSetting';
import { PassphraseSetting } from './PassphraseSetting';
import { PatientExceptionsSetting } from './PatientExceptionsSetting';
import { PersonalDetailsSetting } from './PersonalDetailsSetting';
import { ReminderSetting } from './ReminderSetting';
import { invalidProps, Setting, unreadable } from './Setting';
import { useValidatedField } from './useValidatedField';

const THEME_LABELS: Record<ThemeSetting, string> = {
  browser: 'Follow the browser',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

const FONT_LABELS: Record<FontSize, string> = { small: 'Small', normal: 'Normal', large: 'Large', larger: 'Larger' };

/** Preferences, each validated and saved the moment it changes. */
export function SettingsView() {
  const wb = useWorkbench();
  const preferences = useWorkbenchState((state) => state.preferences);
  const set = (patch: Partial<Preferences>) => void wb.setPreferences(patch);
  const roles = useValidatedField({
    saved: preferences.roles,
    format: (value) => value.join('\n'),
    parse: parseRoles,
    save: (value) => set({ roles: value }),
  });
  const appraisalDate = useValidatedField({
    saved: preferences.appraisalDate,
    format: (value) => value ?? '',
    parse: parseSettingDate,
    save: (value) => set({ appraisalDate: value }),
  });
  const revalidationDate = useValidatedField({
    saved: preferences.revalidationDate,
    format: (value) => value ?? '',
    parse: parseSettingDate,
    save: (value) => set({ revalidationDate: value }),
  });
  const cpdTarget = useValidatedField({
    saved: preferences.cpdTarget,
    format: String,
    parse: parseCpdTarget,
    save: (value) => set({ cpdTarget: value }),
  });

  return (
    <section class="view" aria-labelledby="settings-view-title">
      <ViewHeader titleId="settings-view-title" title="Settings" />
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
        <PersonalDetailsSetting />
        <Setting
          id="setting-roles"
          label="Your roles"
          hint="One per line, e.g. consultant, educational supervisor, clinical lead."
          field="roles"
          error={roles.error}
        >
          <textarea
            id="setting-roles"
            rows={3}
            value={roles.text}
            {...invalidProps('setting-roles', roles.error)}
            onInput={(event) => roles.onInput(event.currentTarget.value)}
            onBlur={(event) => roles.onCommit(event.currentTarget.value)}
          />
        </Setting>
        <Setting
          id="setting-appraisal"
          label="Appraisal date"
          hint="Your appraisal year runs up to this date."
          field="appraisalDate"
          error={appraisalDate.error}
        >
          <input
            id="setting-appraisal"
            type="date"
            value={appraisalDate.text}
            {...invalidProps('setting-appraisal', appraisalDate.error)}
            onChange={(event) => appraisalDate.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
            onBlur={(event) => appraisalDate.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
          />
        </Setting>
        <Setting
          id="setting-revalidation"
          label="Revalidation date"
          hint="Your five-year revalidation cycle runs up to this date."
          field="revalidationDate"
          error={revalidationDate.error}
        >
          <input
            id="setting-revalidation"
            type="date"
            value={revalidationDate.text}
            {...invalidProps('setting-revalidation', revalidationDate.error)}
            onChange={(event) => revalidationDate.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
            onBlur={(event) => revalidationDate.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
          />
        </Setting>
        <Setting
          id="setting-cpd"
          label="Yearly CPD target (hours or credits)"
          field="cpdTarget"
          hint={`From ${CPD_TARGET_MIN} to ${CPD_TARGET_MAX.toLocaleString('en-GB')}.`}
          error={cpdTarget.error}
        >
          <input
            id="setting-cpd"
            type="number"
            min={CPD_TARGET_MIN}
            max={CPD_TARGET_MAX}
            step="any"
            value={cpdTarget.text}
            {...invalidProps('setting-cpd', cpdTarget.error)}
            onInput={(event) => cpdTarget.onInput(event.currentTarget.value, unreadable(event.currentTarget))}
            onChange={(event) => cpdTarget.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
            onBlur={(event) => cpdTarget.onCommit(event.currentTarget.value, unreadable(event.currentTarget))}
          />
        </Setting>
        <DeclarationsSetting />
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
