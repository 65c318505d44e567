// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { BackupPage } from '../../components/data/BackupPage';
import { WorkbenchContext } from '../../components/workbench/context';
import { exportBackup } from '../../lib/backup';
import type { LanternDB } from '../../lib/db';
import { draftEntry, putEntry } from '../../lib/entries/repository';
import { freshDb } from './render';

let db: LanternDB;

beforeEach(() => {
  db = freshDb().db;
});

afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function chooseBackup(text: string) {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  const file = new File([text], 'lantern-backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('restoring a backup', () => {
  it('says what the backup holds and, after Replace, what was added and removed, in words', async () => {
    await putEntry(draftEntry({ title: 'Clinic' }));
    await putEntry(draftEntry({ title: 'Ward round' }));
    const { text } = await exportBackup();
    await db.entries.clear();
    await putEntry(draftEntry({ title: 'Written since' }));

    const wb = new Workbench({ isMac: false, openInTab: async () => {} });
    render(
      <WorkbenchContext.Provider value={wb}>
        <BackupPage focus="import" />
      </WorkbenchContext.Provider>,
    );
    await chooseBackup(text);
    await screen.findByRole('button', { name: 'Merge backup' });
    expect(document.querySelector('.import-plan p')?.textContent).toMatch(/ holds 2 entries( and \d+ settings?)?\.$/);

    fireEvent.click(screen.getByRole('radio', { name: 'Replace this journal with the backup' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('delete 1 record'));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with backup' }));
    await waitFor(() => expect(wb.store.get().confirm).toBeTruthy());
    wb.store.get().confirm?.resolve(true);

    await waitFor(() => expect(wb.store.get().notices.length).toBe(1));
    expect(wb.store.get().notices[0]?.message).toBe(
      'Backup restored: added 2 entries; removed 1 entry that was not in the backup.',
    );
    expect((await db.entries.toArray()).map((entry) => entry.title).sort()).toEqual(['Clinic', 'Ward round']);
  });
});
