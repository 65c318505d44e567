// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchPreferences } from '../../app/workbench/preferences';
import { Workbench } from '../../app/workbench/workbench';
import { getDb } from '../../lib/db';
import { loadPreferences, updatePreferences } from '../../lib/settings/repository';
import { PREFERENCES_KEY } from '../../lib/settings/schema';
import { freshDbPerTest } from '../unit/fixtures/db';

freshDbPerTest();
let wb: Workbench;
let stop: () => void;

beforeEach(async () => {
  wb = new Workbench({ isMac: false, openInTab: async () => undefined });
  wb.store.set({ preferences: await loadPreferences() });
  stop = watchPreferences(wb);
});

afterEach(() => stop());

describe('preferences changed elsewhere', () => {
  it('shows a theme chosen in another window without a reload', async () => {
    // Another window's write: straight to the database, not through this workbench.
    await updatePreferences({ theme: 'dark' });
    await expect.poll(() => wb.state.preferences.theme).toBe('dark');
  });

  it('shows roles that sync brought from another device', async () => {
    const current = (await getDb().settings.get(PREFERENCES_KEY))?.value ?? {};
    await getDb().settings.put({ key: PREFERENCES_KEY, value: { ...current, roles: ['Clinical lead, ED'] } });
    await expect.poll(() => wb.state.preferences.roles).toEqual(['Clinical lead, ED']);
  });
});
