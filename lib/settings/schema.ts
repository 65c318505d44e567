import { z } from 'zod';

export const THEMES = ['browser', 'light', 'dark', 'high-contrast'] as const;
export type ThemeSetting = (typeof THEMES)[number];

/** The user's preferences. Every field has a default, so a missing or older record still loads. */
export const Preferences = z.object({
  theme: z.enum(THEMES).catch('browser').default('browser'),
  /** The framework the Competencies view, coverage and self-assessment use. */
  activeFramework: z.string().min(1).catch('mlcf').default('mlcf'),
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});

export const SettingRecord = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});
export type SettingRecord = z.infer<typeof SettingRecord>;
