import { LanternDB } from '../../lib/db';
import { readStoredSliceOf, type StoredSlice } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import type { KeyringState } from '../../lib/vault/keyring';

/**
 * The page asks the journal's reader (sliceReader.worker.ts) for one slice of the stored journal, or for the
 * entries with these ids (a burst of writes, such as a first sync, to merge).
 */
export type SliceRequest = {
  id: number;
  database: string;
  /** The page's keys as they are now: a journal with a passphrase is read with them. */
  vault: KeyringState;
} & ({ afterId: string | undefined; limit: number } | { ids: string[] });

/** What was read, or why it could not be (the page then reads it itself, and meets the error as its own). */
export type SliceAnswer =
  | { id: number; slice: StoredSlice }
  | { id: number; found: (Entry | undefined)[] }
  | { id: number; failed: string };

/**
 * Answers slice requests from a database of the reader's own (opened on the first, under the page's name for it):
 * the worker's side of sliceReader.ts, kept apart from the worker's wiring so it can be tested where no worker is.
 */
export function createSliceAnswerer(open: (name: string) => LanternDB = (name) => new LanternDB(name)) {
  let db: LanternDB | undefined;
  return async (request: SliceRequest): Promise<SliceAnswer> => {
    try {
      if (db?.name !== request.database) {
        db?.close();
        db = open(request.database);
      }
      await db.keyring.adopt(request.vault);
      if ('ids' in request) return { id: request.id, found: await db.entries.bulkGet(request.ids) };
      return { id: request.id, slice: await readStoredSliceOf(db, request.afterId, request.limit) };
    } catch (error) {
      return { id: request.id, failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}
