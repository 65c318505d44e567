import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES, exportBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { displayTitle, Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  createShareBundle,
  getMenteeId,
  MENTEE_ID_KEY,
  openBundle,
  readShareFile,
  ShareBundle,
  writeShareFile,
} from '../../lib/mentoring';
import { buildSummary, type Inclusion, type SummaryOptions } from '../../lib/summary';
import { GOALS, JOURNAL, PERIOD } from './fixtures/journal-year';

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
const INCLUSIONS = ['none', 'title', 'full'] as const;
let db: LanternDB;

const summarise = (options: SummaryOptions = {}, entries = JOURNAL) =>
  buildSummary(entries, GOALS, FRAMEWORKS, PERIOD, { today: '2026-11-22', ...options });
const share = (options: SummaryOptions = {}, entries = JOURNAL) =>
  createShareBundle(summarise(options, entries), { menteeId: 'mentee-1', displayName: 'Dr Siân O’Neill', now: NOW });

async function snapshot(): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()));
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name, i) => [name, lists[i] ?? []]));
}

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('sharing a summary with a mentor', () => {
  it('carries exactly the entries and goals the summary shows, each once, as it shows them', () => {
    const summary = summarise({ inclusion: { 'cpd-airway': 'full', 'cpd-safeguarding': 'none' } });
    const bundle = createShareBundle(summary, { menteeId: 'mentee-1', displayName: 'Siân', now: NOW });
    const shown = summary.sections.flatMap((section) =>
      section.items.flatMap((item) => (item.type === 'group' ? item.items : [item])),
    );
    const entryItems = shown.flatMap((item) => (item.type === 'entry' ? [item.entry] : []));
    expect(bundle.entries).toEqual(entryItems);
    expect(new Set(bundle.entries.map((entry) => entry.id)).size).toBe(bundle.entries.length);
    expect(bundle.entries.map((entry) => entry.id)).not.toContain('cpd-safeguarding');
    expect(bundle.goals.map((goal) => goal.id).sort()).toEqual(
      [...new Set(shown.flatMap((item) => (item.type === 'goal' ? [item.goal.id] : [])))].sort(),
    );
    expect(bundle).toMatchObject({ format: 'lantern-share', version: 1, menteeId: 'mentee-1', createdAt: NOW });
    expect(bundle.period).toEqual({ label: PERIOD.label, start: PERIOD.start, end: PERIOD.end });
  });

  it('gives an entry shared by title its title and learning points, never its text', () => {
    const airway = share().entries.find((entry) => entry.id === 'cpd-airway');
    expect(airway).toMatchObject({ inclusion: 'title', learningPoints: [expect.any(String)] });
    expect(airway?.body).toBeUndefined();
    expect(airway?.actions).toBeUndefined();
  });

  it('shares no entry text at all when every entry is left out', async () => {
    const bundle = share({ defaultInclusion: 'none' });
    expect(bundle.entries).toEqual([]);
    const { text } = await writeShareFile(bundle);
    for (const entry of JOURNAL) {
      for (const secret of [entry.body, ...entry.actions, ...entry.learningPoints].filter((s) => s.length > 12)) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('never puts a left-out title, text, learning point, action or role in the file (a role leaves, in Scope of work, with any included entry)', async () => {
    const anEntry = (i: number, words: string[], inclusion: Inclusion) => ({
      inclusion,
      entry: Entry.parse({
        id: `e${i}`,
        title: `SECRET-T${i}-${words[0]}`,
        body: `SECRET-B${i}-${words[1]}`,
        learningPoints: [`SECRET-L${i}-${words[2]}`],
        actions: [`SECRET-A${i}-${words[3]}`],
        role: `SECRET-R${i}-${words[4]}`.slice(0, 120),
        kind: 'reflection',
        occurredOn: '2026-06-01',
        createdAt: NOW,
        updatedAt: NOW,
      }),
    });
    const journal = fc.array(
      fc.tuple(fc.array(fc.string({ maxLength: 40 }), { minLength: 5, maxLength: 5 }), fc.constantFrom(...INCLUSIONS)),
      { minLength: 1, maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(journal, async (rows) => {
        const made = rows.map(([words, inclusion], i) => anEntry(i, words, inclusion));
        const inclusion = Object.fromEntries(made.map(({ entry, inclusion }) => [entry.id, inclusion]));
        const { text } = await writeShareFile(
          share(
            { inclusion },
            made.map(({ entry }) => entry),
          ),
        );
        for (const { entry, inclusion } of made) {
          const i = entry.id.slice(1);
          const hidden = inclusion === 'none' ? ['T', 'B', 'L', 'A', 'R'] : inclusion === 'title' ? ['B', 'A'] : [];
          for (const part of hidden) expect(text).not.toContain(`SECRET-${part}${i}-`);
          if (inclusion !== 'none') expect(text).toContain(JSON.stringify(displayTitle(entry)).slice(1, -1));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the share file', () => {
  it('is named for the sender and the local date, and reads back as the same bundle', async () => {
    const bundle = share();
    const { filename, text } = await writeShareFile(bundle);
    expect(filename).toBe('lantern-share-dr-sian-o-neill-2026-11-22.json');
    expect(await readShareFile(text)).toEqual({ ok: true, bundle, encrypted: false });
  });

  it('gets one mentee id per installation, kept in settings', async () => {
    const first = await getMenteeId();
    expect(await getMenteeId()).toBe(first);
    expect(await db.settings.get(MENTEE_ID_KEY)).toEqual({ key: MENTEE_ID_KEY, value: first });
    const other = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(other);
    expect(await getMenteeId()).not.toBe(first);
    await other.delete();
    setDb(db);
  });

  it.each([
    ['a newer share format', (file: Record<string, unknown>) => ({ ...file, version: 2 }), 'newer-version'],
    [
      'another kind of file',
      (file: Record<string, unknown>) => ({ ...file, format: 'lantern-backup' }),
      'not-a-share-file',
    ],
    [
      'an entry the summary does not show',
      (file: Record<string, unknown>) => ({
        ...file,
        entries: [...(file.entries as unknown[]), (file.entries as unknown[])[0]],
      }),
      'invalid',
    ],
  ])('refuses %s with a clear message, and writes nothing', async (_name, change, kind) => {
    const file = JSON.parse((await writeShareFile(share())).text) as Record<string, unknown>;
    const before = await snapshot();
    const result = await readShareFile(JSON.stringify(change(file)));
    expect(result).toMatchObject({ ok: false, error: { kind } });
    if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].*\.$/);
    expect(await snapshot()).toEqual(before);
  });

  it('says a newer file was made by a newer Lantern, and what the problem is for an edited one', async () => {
    const file = JSON.parse((await writeShareFile(share())).text) as Record<string, unknown>;
    const newer = await readShareFile(JSON.stringify({ ...file, version: 2 }));
    expect(newer).toMatchObject({ error: { message: expect.stringContaining('newer version of Lantern') } });
    const extra = await readShareFile(JSON.stringify({ ...file, entries: [] }));
    expect(extra).toMatchObject({
      error: { kind: 'invalid', where: 'entries', message: expect.stringContaining('entries') },
    });
  });

  it('tells a backup and a cut-short share file apart from a share file', async () => {
    expect(await readShareFile((await exportBackup({ now: NOW })).text)).toMatchObject({
      error: { kind: 'not-a-share-file' },
    });
    const { text } = await writeShareFile(share());
    expect(await readShareFile(text.slice(0, text.length / 2))).toMatchObject({ error: { kind: 'damaged' } });
    expect(await readShareFile('hello')).toMatchObject({ error: { kind: 'not-a-share-file' } });
  });

  it('is refused or read whole whatever is done to it, and nothing is written until it is opened', async () => {
    const { text } = await writeShareFile(share({ inclusion: { 'cpd-airway': 'full' } }));
    const before = await snapshot();
    const damaged = fc.oneof(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([at, code]) => {
        const i = at % text.length;
        return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
      }),
      fc.nat().map((keep) => text.slice(0, keep % text.length)),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (changed) => {
        const result = await readShareFile(changed);
        if (result.ok) expect(ShareBundle.safeParse(result.bundle).success).toBe(true);
        else {
          expect(result.error.message).toMatch(/^[A-Z].*\.$/);
          const raw = (() => {
            try {
              return JSON.parse(changed) as ShareBundle;
            } catch {
              return undefined;
            }
          })();
          if (raw) await expect(openBundle(raw)).rejects.toThrow('Nothing was opened');
        }
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
