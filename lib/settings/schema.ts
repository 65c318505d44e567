import { z } from 'zod';

export const THEMES = ['browser', 'light', 'dark', 'high-contrast'] as const;
export type ThemeSetting = (typeof THEMES)[number];

/** The user's preferences. Every field has a default, so a missing or older record still loads. */
export const Preferences = z.object({
  theme: z.enum(THEMES).catch('browser').default('browser'),
  /** The framework the Competencies view, coverage and self-assessment use. */
  activeFramework: z.string().min(1).catch('mlcf').default('mlcf'),
  /** The parts of the doctor's scope of practice, e.g. consultant, educational supervisor, clinical lead. */
  /** When a backup was last exported from this browser (for the 30-day reminder). */
  lastBackupAt: z.number().int().nonnegative().optional().catch(undefined),
  roles: z.array(z.string().trim().min(1).max(120)).max(30).catch([]).default([]),
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});

export const SettingRecord = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});
export type SettingRecord = z.infer<typeof SettingRecord>;
