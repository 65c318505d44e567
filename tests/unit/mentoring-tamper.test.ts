import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLE_NAMES } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import { formatPath } from '../../lib/json';
import {
  addMentorComment,
  createFeedbackFile,
  createShareBundle,
  getMenteeId,
  openBundle,
  readFeedbackFile,
  readShareFile,
  suggestGoal,
  writeShareFile,
} from '../../lib/mentoring';
import { buildSummary } from '../../lib/summary';
import { PERIOD } from './fixtures/journal-year';

/*
 * Property tests open hundreds of envelopes, so here the envelope derives its key with 1,000
 * iterations through lib/crypto's test hooks (mentoring-roundtrip.test.ts uses the real 600,000).
 * `checkEnvelope` refuses so few iterations; it still checks everything else.
 */
vi.mock('../../lib/crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/crypto')>();
  const testing = await import('../../lib/crypto/testing');
  return {
    ...real,
    encryptText: (text: string, passphrase: string) => testing.encryptTextWithIterations(text, passphrase, 1000),
    decryptText: testing.decryptTextAllowingFewIterations,
    checkEnvelope: (value: { kdf?: { iterations?: unknown } }) =>
      real.checkEnvelope({ ...value, kdf: { ...value.kdf, iterations: 100_000 + Number(value.kdf?.iterations) } }),
  };
});

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
const PASSPHRASE = 'tea in the mess at four';
let db: LanternDB;
let plain: string;
let sealedShare: string;
let sealedFeedback: string;
let before: Record<string, unknown[]>;

async function snapshot(): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()));
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name, i) => [name, lists[i] ?? []]));
}

beforeAll(async () => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  const entry = (id: string, extra = {}) =>
    Entry.parse({
      id,
      title: `Entry ${id}`,
      body: 'Text',
      occurredOn: '2026-06-01',
      createdAt: NOW,
      updatedAt: NOW,
      ...extra,
    });
  const entries = [entry('a', { kind: 'cpd', cpdHours: 2, learningPoints: ['Listen'] }), entry('b', { starred: true })];
  const goals = [Goal.parse({ id: 'g', title: 'Lead a QI project', createdAt: NOW, updatedAt: NOW })];
  const summary = buildSummary(entries, goals, FRAMEWORKS, PERIOD, { inclusion: { a: 'full' } });
  const menteeId = await getMenteeId();
  const bundle = createShareBundle(summary, { menteeId, displayName: 'Siân', now: NOW });
  plain = (await writeShareFile(bundle)).text;
  sealedShare = (await writeShareFile(bundle, PASSPHRASE)).text;
  // This browser plays the mentor too, so the feedback is for this mentee id.
  await openBundle(bundle, NOW);
  await addMentorComment(menteeId, { kind: 'entry', id: 'a' }, 'Good.', NOW);
  await suggestGoal(menteeId, { title: 'Teach', competencies: ['mlcf.1.1'], note: '' }, NOW);
  sealedFeedback = (await createFeedbackFile(menteeId, 'Dr Patel', PASSPHRASE, NOW)).text;
  before = await snapshot();
});

afterAll(async () => {
  await db.delete();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsIn(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: Path = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key] ?? null;
    return [[...prefix, key], ...pathsIn(child, [...prefix, key])];
  });
}

function withNull(root: Json, path: Path): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1] ?? ''] = null;
  return copy;
}

/** The text with one character changed (never to itself), or cut short. */
const damagedCopies = (text: string) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([at, code]) => {
      const i = at % text.length;
      const changed = code === text.charCodeAt(i) ? code ^ 1 : code;
      return text.slice(0, i) + String.fromCharCode(changed) + text.slice(i + 1);
    }),
    fc.nat().map((keep) => text.slice(0, keep % text.length)),
  );

describe('a share file that was tampered with', () => {
  it('is refused whichever field of it is blanked, naming where, and nothing is written', async () => {
    const file = JSON.parse(plain) as Json;
    const paths = pathsIn(file);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const result = await readShareFile(JSON.stringify(withNull(file, path)));
      expect(result.ok, `accepted null at ${path.join('.')}`).toBe(false);
      // Where: the field itself, or (inside a list of mixed items) the item holding it.
      if (!result.ok && path.length > 1) expect(formatPath(path).startsWith(result.error.where ?? '-')).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['share', () => sealedShare, readShareFile],
    ['feedback', () => sealedFeedback, readFeedbackFile],
  ] as const)(
    'is refused after any change to a protected %s file, and nothing is written',
    async (_kind, text, read) => {
      await fc.assert(
        fc.asyncProperty(damagedCopies(text()), async (changed) => {
          const result = await read(changed, PASSPHRASE);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].*\.$/);
        }),
        { numRuns: 150 },
      );
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe('a protected file', () => {
  it.each([
    ['share', () => sealedShare, readShareFile],
    ['feedback', () => sealedFeedback, readFeedbackFile],
  ] as const)('(%s) asks for the passphrase, and tells a wrong one from a damaged file', async (_kind, text, read) => {
    expect(await read(text())).toMatchObject({ ok: false, error: { kind: 'needs-passphrase' } });
    const wrong = await read(text(), 'coffee in the mess');
    const envelope = JSON.parse(text());
    const flipped = envelope.data[10] === 'A' ? 'B' : 'A';
    envelope.data = `${envelope.data.slice(0, 10)}${flipped}${envelope.data.slice(11)}`;
    const damaged = await read(JSON.stringify(envelope), PASSPHRASE);
    expect(wrong).toEqual({
      ok: false,
      error: { kind: 'wrong-passphrase', message: "That passphrase doesn't open this file." },
    });
    expect(damaged).toEqual({
      ok: false,
      error: { kind: 'damaged', message: 'This file has been changed or is incomplete.' },
    });
    expect(await read(text(), PASSPHRASE)).toMatchObject({ ok: true, encrypted: true });
  });

  it('from a newer Lantern says so before asking for a passphrase', async () => {
    const newer = JSON.stringify({ ...JSON.parse(sealedShare), version: 2 });
    expect(await readShareFile(newer)).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
  });
});
