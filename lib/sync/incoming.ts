import type { LanternDB } from '../db';
import { canonicalJson } from '../json';
import { BATCH_BYTES, BATCH_RECORDS, inRuns, mapInTurns, stubBytes, yieldToPage } from './batches';
import { keepLosingEntry } from './conflict-keeper';
import { keepsLocalCopy, resolveConflicts } from './conflicts';
import { KEY_DOC_ID, type SyncKeys } from './keys';
import { deleteLocal, readLocal, readLocalMany, validateIncoming, writeLocal } from './local';
import type { RecordRef } from './outgoing';
import type { Pouch } from './pouch';
import { APPLIED_SEQ_KEY, type SyncDocRecord } from './schema';
import { conflictRevisionId, fingerprint, type OpenedRecord, openDoc, type PlainRecord } from './seal';
import { SYNCED_TABLES, type SyncedTable, schemaFor } from './tables';

export interface IncomingContext {
  db: LanternDB;
  mirror: Pouch;
  keys: SyncKeys;
  /** A plain-words problem with one document (it was skipped, nothing written for it). */
  onProblem(message: string): void;
  onKeyDocument(doc: unknown): void;
  /** Documents just looked at (taken in, skipped or already here). */
  onProgress?(count: number): void;
  /**
   * The records this step writes as the server has them, told inside its transaction (before the
   * change notice it causes): their notice is an echo, with nothing new to send.
   */
  onApplying?(refs: readonly RecordRef[]): void;
  /** For tests: smaller steps than BATCH_RECORDS documents and BATCH_BYTES of files. */
  limits?: { records?: number; bytes?: number };
}

interface Plan {
  id: string;
  ref: RecordRef;
  state?: SyncDocRecord;
  /** Undefined for a deletion. */
  incoming?: { rev: string; record: PlainRecord; hash: string; revisionId: string };
  local?: PlainRecord;
  localHash?: string;
  keep: { record: PlainRecord; revisionId: string }[];
  /** Ends a resolved conflict in the mirror, once the batch is written (see Resolution.settle). */
  settle?: () => Promise<void>;
}

type ChangeDoc = PouchDB.Core.ExistingDocument<{ s?: string }> & { _conflicts?: string[]; _deleted?: boolean };

/**
 * Takes what replication brought into the mirror into the journal, step by step from the last
 * sequence applied: each document opened and checked against its table's schema first, then the
 * whole step written in one Dexie transaction with the sequence reached, so nothing is written
 * half and a restart carries on where it stopped. A step holds at most BATCH_RECORDS documents and
 * about BATCH_BYTES of files, and the page gets a turn between steps. Returns the records changed
 * here meanwhile that win over the server's copy (see keepsLocalCopy) and must be sent.
 */
export async function pullChanges(context: IncomingContext): Promise<RecordRef[]> {
  const { db, mirror } = context;
  const maxBytes = context.limits?.bytes ?? BATCH_BYTES;
  const toSend: RecordRef[] = [];
  for (;;) {
    const since = ((await db.syncMeta.get(APPLIED_SEQ_KEY))?.value ?? 0) as number | string;
    // Without the files' data: their sizes say how many documents to open at once.
    const changes = await mirror.changes({
      since,
      limit: context.limits?.records ?? BATCH_RECORDS,
      include_docs: true,
      conflicts: true,
    });
    if (changes.results.length === 0) return toSend;
    const runs = inRuns(changes.results, (change) => stubBytes(change.doc), maxBytes);
    for (const [index, run] of runs.entries()) {
      const seq = index === runs.length - 1 ? changes.last_seq : (run.at(-1)?.seq ?? changes.last_seq);
      toSend.push(...(await takeIn(context, run, seq)));
      await yieldToPage();
    }
  }
}

type Change = PouchDB.Core.ChangesResponseChange<object>;

async function takeIn(context: IncomingContext, changes: Change[], lastSeq: number | string): Promise<RecordRef[]> {
  const { db } = context;
  const states = await db.syncDocs.bulkGet(changes.map((change) => change.id));
  const docs = await Promise.all(changes.map((change, index) => withFiles(context.mirror, change, states[index])));
  const planned = await mapInTurns(changes, (change, index) => {
    const doc = docs[index];
    if (doc === MOVED_ON) return Promise.resolve(undefined);
    return planChange(context, change.id, doc, change.deleted === true, states[index]);
  });
  const plans = planned.filter((plan) => plan !== undefined);
  const locals = await readLocalMany(
    db,
    plans.map((plan) => plan.ref),
  );
  await mapInTurns(plans, async (plan, index) => {
    plan.local = locals[index];
    plan.localHash = plan.local && (await fingerprint(context.keys, plan.local));
  });
  const toSend = await applyPlans(db, plans, lastSeq, context.onApplying);
  // Only now, with every losing text kept in the journal, may the conflicts end in the mirror.
  for (const plan of plans) await plan.settle?.();
  context.onProgress?.(changes.length);
  return toSend;
}

/** A document deleted since the changes were read: its deletion is taken in later. */
const MOVED_ON = Symbol('moved on');

/**
 * The changed document with its files' data, read now (the changes feed gave only their sizes);
 * not for one already here at that revision (most often this device's own write coming back).
 */
async function withFiles(
  mirror: Pouch,
  change: Change,
  state: SyncDocRecord | undefined,
): Promise<ChangeDoc | undefined | typeof MOVED_ON> {
  const doc = change.doc as ChangeDoc | undefined;
  if (change.deleted || !doc || stubBytes(doc) === 0) return doc;
  if (state?.rev === doc._rev && !doc._conflicts?.length) return doc;
  try {
    return (await mirror.get(change.id, { attachments: true, conflicts: true })) as ChangeDoc;
  } catch (error) {
    // Deleted since: the deletion comes later in the feed. Anything else stops this step, to be tried again.
    if ((error as { status?: unknown }).status === 404) return MOVED_ON;
    throw error;
  }
}

async function planChange(
  context: IncomingContext,
  id: string,
  doc: ChangeDoc | undefined,
  deleted: boolean,
  state: SyncDocRecord | undefined,
): Promise<Plan | undefined> {
  const { mirror, keys } = context;
  // A document skipped here is still noted at its revision: an edit of the record made here then
  // replaces it on the server, instead of being refused as out of date again and again.
  const skip = async (): Promise<undefined> => {
    if (state && doc?._rev) await context.db.syncDocs.update(id, { rev: doc._rev });
    return undefined;
  };
  if (id === KEY_DOC_ID) {
    if (!deleted) context.onKeyDocument(doc);
    return undefined;
  }
  if (id.startsWith('_')) return undefined;
  if (deleted || !doc) {
    if (!state) return undefined;
    return { id, ref: { table: state.table, key: state.key } as RecordRef, state, keep: [] };
  }
  let opened: OpenedRecord | undefined;
  let rev = doc._rev;
  let keep: Plan['keep'] = [];
  let settle: Plan['settle'];
  if (doc._conflicts?.length) {
    const resolution = await resolveConflicts(mirror, keys, doc as never);
    if (resolution.damaged > 0) context.onProblem(damagedMessage(resolution.damaged));
    if (!resolution.chosen) return skip();
    ({ opened } = resolution.chosen);
    rev = resolution.chosen.rev;
    keep = resolution.keep;
    settle = resolution.settle;
  } else {
    if (state?.rev === rev) return undefined;
    try {
      opened = await openDoc(keys, doc);
    } catch {
      context.onProblem(damagedMessage(1));
      return skip();
    }
  }
  const { table, key } = opened;
  const parse = (value: unknown) => schemaFor(table as SyncedTable).parse(value);
  const record = validateIncoming(table, opened.record, parse);
  if (!record) {
    context.onProblem('A record from the server did not pass Lantern’s checks, so it was skipped.');
    return skip();
  }
  const revisionId = await conflictRevisionId(keys, String(key), rev);
  const incoming = { rev, record, hash: await fingerprint(keys, record), revisionId };
  return { id, ref: { table, key }, state, incoming, keep, settle };
}

function damagedMessage(count: number): string {
  const what = count === 1 ? 'A document' : `${count} documents`;
  return `${what} on the server could not be opened with this journal’s key (damaged, or from another journal), so ${count === 1 ? 'it was' : 'they were'} skipped.`;
}

async function applyPlans(
  db: LanternDB,
  plans: Plan[],
  lastSeq: number | string,
  onApplying?: IncomingContext['onApplying'],
): Promise<RecordRef[]> {
  const tables = [...SYNCED_TABLES.map((name) => db.table(name)), db.settings, db.syncDocs, db.syncMeta];
  return db.transaction('rw', tables, async () => {
    const toSend: RecordRef[] = [];
    const applied: RecordRef[] = [];
    for (const plan of plans) {
      const outcome = await applyPlan(db, plan);
      if (outcome === 'send') toSend.push(plan.ref);
      else if (outcome === 'written') applied.push(plan.ref);
    }
    await db.syncMeta.put({ key: APPLIED_SEQ_KEY, value: lastSeq });
    onApplying?.(applied);
    return toSend;
  });
}

/** 'send': this device's copy wins and must be sent; 'written': the server's copy was written here. */
type Outcome = 'send' | 'written' | 'unchanged';

/** One record. Dexie calls only. */
async function applyPlan(db: LanternDB, plan: Plan): Promise<Outcome> {
  const { ref, state, incoming } = plan;
  const current = await readLocal(db, ref.table, ref.key);
  const changedMeanwhile = canonicalJson(current ?? null) !== canonicalJson(plan.local ?? null);
  const localChanged = changedMeanwhile || (plan.local !== undefined && plan.localHash !== state?.hash);
  for (const { record, revisionId } of plan.keep) await keepLosingEntry(db, record, revisionId);

  if (!incoming) {
    await db.syncDocs.delete(plan.id);
    if (current && localChanged) return 'send';
    if (!current) return 'unchanged';
    await deleteLocal(db, ref.table, ref.key);
    return 'written';
  }
  const track = (hash: string) =>
    db.syncDocs.put({ id: plan.id, table: ref.table, key: ref.key, hash, rev: incoming.rev });
  if (!changedMeanwhile && plan.localHash === incoming.hash) {
    await track(incoming.hash);
    return 'unchanged';
  }
  // Changed on both sides: see keepsLocalCopy. The server's entry text, or this device's, is kept.
  if (current && localChanged && keepsLocalCopy(ref.table, current, incoming.record, state !== undefined)) {
    if (ref.table === 'entries') await keepLosingEntry(db, incoming.record, incoming.revisionId);
    await track(state?.hash ?? incoming.hash);
    return 'send';
  }
  if (current && ref.table === 'entries' && localChanged)
    await keepLosingEntry(db, current, `${plan.id}-local-${plan.localHash ?? ''}`);
  await writeLocal(db, ref.table, incoming.record);
  await track(incoming.hash);
  return 'written';
}
