import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import { MAX_BODY_LENGTH } from '../../lib/entries/schema';
import {
  importNotes,
  MAX_NOTE_BYTES,
  type NoteDraft,
  type NoteFile,
  planNoteImport,
  readNoteFile,
} from '../../lib/import';

const NOW = new Date(2026, 3, 20, 12).getTime();
const FILE_TIME = new Date(2026, 0, 15, 9).getTime();

let db: LanternDB;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function aFile(name: string, content: string | Uint8Array): NoteFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return new File([new Uint8Array(bytes)], name, { lastModified: FILE_TIME });
}

function aDraft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    fileName: 'note.md',
    title: 'A note',
    body: 'Text',
    occurredOn: '2026-03-01',
    dateSource: 'text',
    warnings: [],
    ...overrides,
  };
}

const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n';

describe('files that cannot be imported', () => {
  it.each([
    ['report.pdf', PDF, '“report.pdf” is not a Markdown, text or Word file.'],
    ['odd.constructor', 'x', '“odd.constructor” is not a Markdown, text or Word file.'],
    ['old.doc', 'x', '“old.doc” is an older Word file (.doc). Save it as .docx in Word, then import that.'],
    ['empty.md', '', '“empty.md” is empty.'],
    ['blank.txt', ' \n\t\n', '“blank.txt” is empty.'],
    ['looks.md', PDF, '“looks.md” is a PDF, not a Markdown or text file.'],
    ['binary.txt', new Uint8Array([0x41, 0x00, 0x42]), '“binary.txt” is not a text file: it contains binary data.'],
    [
      'broken.docx',
      'PK\u0003\u0004 not really a zip',
      '“broken.docx” could not be read: it is damaged or not really a Word file.',
    ],
    ['text.docx', 'Just some text', '“text.docx” could not be read: it is damaged or not really a Word file.'],
    [
      'other.docx',
      zipSync({ 'hello.txt': strToU8('hi') }),
      '“other.docx” could not be read: it is damaged or not really a Word file.',
    ],
  ])('explains why %s is not imported', async (name, content, message) => {
    expect(await readNoteFile(aFile(name, content), NOW)).toEqual({ fileName: name, message });
  });

  it('refuses a note over 5 MB of text', async () => {
    const result = await readNoteFile(aFile('huge.txt', new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61)), NOW);
    expect(result).toEqual({
      fileName: 'huge.txt',
      message: '“huge.txt” is too big to import (5.1 MB): a note can be at most 5 MB of text.',
    });
  });

  it('refuses a note longer than an entry can hold', async () => {
    const result = await readNoteFile(aFile('long.md', `# Long\n\n${'a'.repeat(MAX_BODY_LENGTH + 1)}`), NOW);
    expect(result).toEqual({
      fileName: 'long.md',
      message: '“long.md” is too long for one entry: 1,000,001 characters, and an entry holds at most 1,000,000.',
    });
  });

  it('says when a file could not be read from disk', async () => {
    const gone: NoteFile = {
      name: 'gone.md',
      lastModified: FILE_TIME,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    expect(await readNoteFile(gone, NOW)).toEqual({
      fileName: 'gone.md',
      message: '“gone.md” could not be read: it may have been moved, changed or deleted. Choose it again.',
    });
  });
});

describe('planning an import', () => {
  it('shows drafts and problems in the order chosen, and writes nothing', async () => {
    const plan = await planNoteImport(
      [aFile('one.md', '# One\nA'), aFile('scan.pdf', PDF), aFile('two.txt', 'Two\nB'), aFile('empty.md', '')],
      NOW,
    );
    expect(plan.drafts.map((draft) => draft.title)).toEqual(['One', 'Two']);
    expect(plan.problems.map((problem) => problem.fileName)).toEqual(['scan.pdf', 'empty.md']);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('importing notes', () => {
  it('writes one imported reflection per draft and returns them', async () => {
    const drafts = [
      aDraft({ title: 'First', occurredOn: '2026-02-01' }),
      aDraft({ title: 'Second', body: '- a\n- b' }),
    ];
    const entries = await importNotes(drafts, NOW);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toMatchObject({ kind: 'reflection', template: 'free', tags: ['imported'], createdAt: NOW });
      expect(await db.entries.get(entry.id)).toEqual(entry);
    }
    expect(entries.map(({ title, body, occurredOn }) => ({ title, body, occurredOn }))).toEqual([
      { title: 'First', body: 'Text', occurredOn: '2026-02-01' },
      { title: 'Second', body: '- a\n- b', occurredOn: '2026-03-01' },
    ]);
  });

  it('writes nothing when one draft cannot be an entry, and names the file', async () => {
    const drafts = [aDraft(), aDraft({ fileName: 'epic.md', body: 'x'.repeat(MAX_BODY_LENGTH + 1) })];
    await expect(importNotes(drafts, NOW)).rejects.toThrow('Nothing was imported: “epic.md” cannot be saved');
    expect(await db.entries.count()).toBe(0);
  });

  it('writes nothing when storage fails part way', async () => {
    const put = db.entries.put.bind(db.entries);
    let calls = 0;
    vi.spyOn(db.entries, 'put').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new DOMException('Disk full', 'QuotaExceededError');
      return put(...args);
    });
    await expect(importNotes([aDraft(), aDraft(), aDraft()], NOW)).rejects.toThrow('Disk full');
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await db.entries.count()).toBe(0);
  });

  it('imports what it planned, from file to journal', async () => {
    const plan = await planNoteImport([aFile('ward.md', '# Ward round\n\n3/4/2026: led it.')], NOW);
    const [entry] = await importNotes(plan.drafts, NOW);
    expect(entry).toMatchObject({ title: 'Ward round', body: '3/4/2026: led it.', occurredOn: '2026-04-03' });
  });
});
