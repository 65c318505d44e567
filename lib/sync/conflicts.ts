import type { SyncKeys } from './keys';
import type { Pouch } from './pouch';
import { conflictRevisionId, type OpenedRecord, openDoc, type PlainRecord, type SealedDoc, sealDoc } from './seal';
import type { SyncTable } from './tables';

interface Version {
  rev: string;
  opened?: OpenedRecord;
}

export interface Resolution {
  /** The version to apply here, at the document revision that now holds it; undefined if none opens. */
  chosen?: { rev: string; opened: OpenedRecord };
  /** Losing entry versions to keep as "conflict" revisions, each with its deterministic id. */
  keep: { record: Record<string, unknown>; revisionId: string }[];
  damaged: number;
  /**
   * Ends the conflict in the mirror (the losing leaves deleted, the chosen version written when it
   * is not CouchDB's winner). Run only after the losers are safely kept in the journal: the mirror
   * compacts at once and replication spreads the deletions, so a loser dropped first would be gone
   * everywhere if keeping it then failed. Running it again is harmless.
   */
  settle(): Promise<void>;
}

type StoredDoc = SealedDoc & { _rev: string; _conflicts?: string[] };

const isTrashed = (version: Version) => version.opened?.record.deletedAt !== undefined;
/** When a version was last changed, for records that say so (not every table's do). */
const stampOf = (version: Version) => {
  const stamp = version.opened?.record.updatedAt;
  return typeof stamp === 'number' ? stamp : undefined;
};
const revParts = (rev: string) => [Number.parseInt(rev, 10), rev.slice(rev.indexOf('-') + 1)] as const;

/** CouchDB's own order of leaves: the longer history first, then the greater revision hash. */
function byRevision(a: Version, b: Version): number {
  const [posA, hashA] = revParts(a.rev);
  const [posB, hashB] = revParts(b.rev);
  if (posA !== posB) return posB - posA;
  return hashA === hashB ? 0 : hashA < hashB ? 1 : -1;
}

/** The version changed last; on a tie CouchDB's winner, then CouchDB's order. */
function newest(versions: Version[], winner: Version): Version | undefined {
  const stamp = (version: Version) => stampOf(version) ?? 0;
  const first = (version: Version) => Number(version === winner);
  return [...versions].sort((a, b) => stamp(b) - stamp(a) || first(b) - first(a) || byRevision(a, b))[0];
}

/**
 * The version every device applies, whatever order it met the leaves in. An entry keeps CouchDB's
 * winner unless that is in Trash and another version is an edit: edit-versus-delete keeps the edit.
 * Any other record whose versions all say when they changed keeps the one changed last.
 */
function choose(readable: Version[], couchWinner: Version): Version | undefined {
  const winner = couchWinner.opened ? couchWinner : [...readable].sort(byRevision)[0];
  if (!winner?.opened) return undefined;
  if (winner.opened.table === 'entries') {
    if (!isTrashed(winner)) return winner;
    return (
      newest(
        readable.filter((version) => !isTrashed(version)),
        winner,
      ) ?? winner
    );
  }
  if (readable.some((version) => stampOf(version) === undefined)) return winner;
  return newest(readable, winner);
}

/**
 * Resolves a document with conflicting leaves (edits made on two devices before they met): the
 * version `choose` gives is applied on every device. Every other version of an entry whose text
 * differs is kept as a "conflict" revision, so both texts survive on every device; then the losing
 * leaves are deleted so the conflict does not come back.
 */
export async function resolveConflicts(mirror: Pouch, keys: SyncKeys, doc: StoredDoc): Promise<Resolution> {
  const loserRevs = doc._conflicts ?? [];
  const versions: Version[] = [{ rev: doc._rev, opened: await tryOpen(keys, doc) }];
  for (const rev of loserRevs) {
    const loser = (await mirror.get(doc._id, { rev, attachments: true }).catch(() => undefined)) as
      | StoredDoc
      | undefined;
    versions.push({ rev, opened: loser ? await tryOpen(keys, loser) : undefined });
  }
  const damaged = versions.filter((version) => !version.opened).length;
  const readable = versions.filter((version) => version.opened);
  const winner = versions[0] as Version;
  const chosen = choose(readable, winner);
  if (!chosen?.opened) return { keep: [], damaged, settle: async () => undefined };

  const keep: Resolution['keep'] = [];
  if (chosen.opened.table === 'entries') {
    const text = (version: Version) => JSON.stringify([version.opened?.record.title, version.opened?.record.body]);
    for (const version of readable) {
      if (version === chosen || text(version) === text(chosen) || !version.opened) continue;
      const entryId = String(version.opened.record.id);
      keep.push({ record: version.opened.record, revisionId: await conflictRevisionId(keys, entryId, version.rev) });
    }
  }

  const writes: object[] = loserRevs.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (chosen !== winner) writes.push({ ...(await sealDoc(keys, doc._id, chosen.opened)), _rev: winner.rev });
  const settle = async () => {
    await mirror.bulkDocs(writes as PouchDB.Core.PutDocument<object>[]);
  };
  // Tracked at the winner's revision: the rewrite, once settled, comes back through the changes
  // feed as the same record and is only noted.
  return { chosen: { rev: winner.rev, opened: chosen.opened }, keep, damaged, settle };
}

async function tryOpen(keys: SyncKeys, doc: StoredDoc): Promise<OpenedRecord | undefined> {
  try {
    return await openDoc(keys, doc);
  } catch {
    return undefined;
  }
}

/**
 * When a record changed both here and on the server before this device took the server's copy in:
 * whether this device's copy stays (and is sent). With a record of the last sync (`synced`), this
 * device's copy stays, except that the server's wins when it is the newer edit of a record that says
 * when it changed, or an edit of an entry put in Trash here (edit-versus-delete keeps the edit).
 * Without one (a device joining with its own journal) the server's copy is applied, except where
 * this device's is the newer edit of such a record. An entry's other text is kept either way.
 */
export function keepsLocalCopy(table: SyncTable, local: PlainRecord, incoming: PlainRecord, synced: boolean): boolean {
  if (table === 'entries') return synced && !(local.deletedAt !== undefined && incoming.deletedAt === undefined);
  const [here, there] = [local.updatedAt, incoming.updatedAt];
  if (typeof here !== 'number' || typeof there !== 'number') return synced;
  return synced ? here >= there : here > there;
}
