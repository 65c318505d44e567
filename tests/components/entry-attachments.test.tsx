// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { attachFiles, EntryAttachments } from '../../components/editor/EntryAttachments';
import { WorkbenchContext } from '../../components/workbench/context';
import type { Attachment } from '../../lib/attachments/schema';
import type { LanternDB } from '../../lib/db';
import { freshDb } from './render';

let db: LanternDB;

beforeEach(() => {
  db = freshDb().db;
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function workbench(): Workbench {
  return new Workbench({ isMac: false, openInTab: async () => {} });
}

function anAttachment(name: string, type: string, text = 'content'): Attachment {
  const blob = new Blob([text], { type });
  return { id: name, entryId: 'entry-1', name, type, size: blob.size, addedAt: 1, blob };
}

function renderAttachments(wb = workbench()) {
  render(
    <WorkbenchContext.Provider value={wb}>
      <EntryAttachments entryId="entry-1" readOnly={false} ensureSaved={async () => {}} registerPicker={() => {}} />
    </WorkbenchContext.Provider>,
  );
  return wb;
}

describe('opening attachments', () => {
  it('opens a PDF or image in a tab, shown as the type that was checked', async () => {
    // Its blob claims to be a page: the tab is given the checked type, not the blob's.
    await db.attachments.add({
      ...anAttachment('scan.png', 'image/png'),
      blob: new Blob(['x'], { type: 'text/html' }),
    });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const made = vi.spyOn(URL, 'createObjectURL');
    renderAttachments();
    fireEvent.click(await screen.findByRole('button', { name: 'Open scan.png' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(made.mock.calls.map(([blob]) => (blob as Blob).type)).toEqual(['image/png']);
  });

  it.each([
    ['page.html', 'text/html'],
    ['drawing.svg', 'image/svg+xml'],
  ])('offers only Download for %s, which the browser would run as a page', async (name, type) => {
    await db.attachments.add(anAttachment(name, type, '<script>alert(1)</script>'));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderAttachments();
    expect(await screen.findByRole('button', { name: `Download ${name}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Open ${name}` })).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });
});

describe('adding attachments', () => {
  it('refuses an empty file with a message, and stores nothing', async () => {
    const wb = workbench();
    await attachFiles(wb, 'entry-1', [new File([], 'blank.pdf', { type: 'application/pdf' })]);
    const notices = wb.store.get().notices;
    expect(notices.map((notice) => notice.tone)).toEqual(['error']);
    expect(notices[0]?.message).toContain('“blank.pdf” is empty (0 bytes)');
    expect(await db.attachments.count()).toBe(0);
  });

  it('says a file over the limit is over it', async () => {
    const wb = workbench();
    const file = new File(['x'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(file, 'size', { value: 21_000_000 });
    await attachFiles(wb, 'entry-1', [file]);
    expect(wb.store.get().notices[0]?.message).toMatch(/^“big\.pdf” is 20\.03 MB, over the 20 MB limit/);
  });
});
