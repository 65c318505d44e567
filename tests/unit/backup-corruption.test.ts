import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, Backup, exportBackup, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { snapshotTables } from './fixtures/snapshot';

/*
 * Whatever happens to a backup file on its way (a bad download, an edit by hand, a cut-off copy),
 * reading it either fails with a message or gives a backup that passes every check; it never
 * throws, and nothing reaches the journal unless the doctor then imports a valid backup.
 */

const NOW = Date.UTC(2026, 10, 22, 12, 0);
let db: LanternDB;
let file: string;
let before: Record<string, unknown[]>;

const snapshot = () => snapshotTables(db);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON value that could be removed or replaced. */
function pathsIn(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key] ?? null;
    return [[...prefix, key], ...pathsIn(child, [...prefix, key])];
  });
}

/** A copy of `root` with the value at `path` removed (`replacement` undefined) or replaced. */
function edit(root: Json, path: Path, replacement?: Json): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] ?? '';
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

beforeAll(async () => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  const entry = (id: string, extra = {}) =>
    Entry.parse({
      id,
      title: `Entry ${id}`,
      body: 'Text',
      occurredOn: '2026-11-01',
      createdAt: NOW,
      updatedAt: NOW,
      ...extra,
    });
  await db.entries.bulkPut([
    entry('a', { tags: ['audit'], cpdHours: 2, source: { url: 'https://example.org', quote: 'q' } }),
    entry('b', { deletedAt: NOW, learningPoints: ['Listen first'] }),
  ]);
  await db.revisions.add({ entryId: 'a', savedAt: NOW, title: 'Entry a', body: 'Draft', reason: 'session' });
  await db.settings.put({ key: 'preferences', value: { theme: 'dark' } });
  // Eight bytes: base64 with padding, so edits to its text, size or type all have something to hit.
  await db.attachments.put({
    id: 'scan',
    entryId: 'a',
    name: 'ECG.png',
    type: 'image/png',
    size: 8,
    addedAt: NOW,
    blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])], { type: 'image/png' }),
  });
  file = (await exportBackup({ now: NOW })).text;
  before = await snapshot();
});

afterAll(async () => {
  await db.delete();
});

const parsedFile = () => JSON.parse(file) as Json;

const corruptedFile = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([at, code]) => {
    const i = at % file.length;
    return file.slice(0, i) + String.fromCharCode(code) + file.slice(i + 1);
  }),
  fc.nat().map((keep) => file.slice(0, keep % file.length)),
  fc.nat().map((pick) => {
    const paths = pathsIn(parsedFile());
    return JSON.stringify(edit(parsedFile(), paths[pick % paths.length] ?? []));
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => {
    const paths = pathsIn(parsedFile());
    return JSON.stringify(edit(parsedFile(), paths[pick % paths.length] ?? [], value as Json));
  }),
);

describe('a corrupted backup file', () => {
  it('is refused with a message or read as a valid backup, and never changes the journal', async () => {
    await fc.assert(
      fc.asyncProperty(corruptedFile, async (text) => {
        const result = await readBackup(text);
        if (result.ok) {
          expect(Backup.safeParse(result.backup).success).toBe(true);
        } else {
          expect(result.error.message).toMatch(/^[A-Z].*\.$/);
          // A digest that no longer matches is found by reading the file; what it holds may be valid.
          if (result.error.where === 'digest') return;
          // Even handed straight to the import, bypassing readBackup, it writes nothing.
          let raw: unknown;
          try {
            raw = JSON.parse(text);
          } catch {
            return;
          }
          await expect(applyImport(raw as Backup, 'replace')).rejects.toThrow('Nothing was imported');
        }
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
