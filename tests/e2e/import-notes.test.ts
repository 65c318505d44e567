import { describe, expect, it } from 'vitest';
import { lanternSession } from './harness';

const session = lanternSession();

describe('importing old notes', () => {
  it('shows what it will create, then makes one entry per file with the date the note names', async () => {
    const lantern = await session.start();
    await lantern.runCommand('Journal: Import Notes…');
    await lantern.page.getByLabel('Files to import').setInputFiles([
      {
        name: 'rota.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# Rota meeting\n\n12 March 2026. We listened to the registrars first.'),
      },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    await lantern.page.getByRole('row', { name: /Rota meeting/ }).waitFor();
    await lantern.page
      .getByText(/scan\.pdf/)
      .first()
      .waitFor();
    expect(await lantern.entryInTree('Rota meeting').count()).toBe(0);

    await lantern.page.getByRole('button', { name: 'Create 1 entry' }).click();
    await lantern.entryInTree('Rota meeting').waitFor();
    expect(await lantern.page.getByRole('treeitem', { name: /March 2026/ }).count()).toBe(1);
  });
});
