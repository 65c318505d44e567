import type { SyncKeys } from './keys';
import type { Pouch } from './pouch';
import { conflictRevisionId, type OpenedRecord, openDoc, type SealedDoc, sealDoc } from './seal';

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
const updatedAt = (version: Version) => Number(version.opened?.record.updatedAt ?? 0);

/**
 * Resolves a document with conflicting leaves (edits made on two devices before they met). CouchDB's
 * deterministic winner is applied, except that an entry in Trash loses to an edit of it made
 * elsewhere (the entry returns from Trash). Every other version of an entry whose text differs is
 * kept as a "conflict" revision, so both texts survive on every device; then the losing leaves are
 * deleted so the conflict does not come back.
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
  let chosen = winner.opened ? winner : readable[0];
  if (chosen?.opened?.table === 'entries' && isTrashed(chosen)) {
    const edits = readable.filter((version) => !isTrashed(version)).sort((a, b) => updatedAt(b) - updatedAt(a));
    chosen = edits[0] ?? chosen;
  }
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
