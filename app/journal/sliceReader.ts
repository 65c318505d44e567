import { getDb } from '../../lib/db';
import { getEntries, type ReadSlice, readStoredSlice, type StoredSlice } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import type { SliceAnswer, SliceRequest } from './sliceRequests';

/** The little of a Worker the reader uses (a test hands in its own). */
export interface ReaderWorker {
  postMessage(request: SliceRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SliceAnswer>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface SliceReader {
  read: ReadSlice;
  /** The entries with these ids as stored now (undefined for any no longer there), as `getEntries` reads them. */
  readIds(ids: readonly string[]): Promise<(Entry | undefined)[]>;
  /** Stops the reader: its worker ends (and the keys it held with it); reads still waiting get an empty slice. */
  close(): void;
}

/**
 * Reads the stored journal a slice at a time in a worker of the page, so that the cost of turning a career of
 * stored entries into JavaScript falls on the worker's thread, not the page's: Chromium finalises what each read
 * leaves behind in sweeps of 100–160 ms on the thread that read it, however small the slices (bench: longest
 * task). The page gets each slice as a message, which costs it a few milliseconds.
 *
 * Where no worker can run, or the worker fails, the page reads the slice itself, as before, and meets any
 * error (a locked journal, a damaged record) as its own.
 */
export function openSliceReader(start: () => ReaderWorker | null = startWorker): SliceReader {
  let worker: ReaderWorker | null | undefined;
  let closed = false;
  let asked = 0;
  const waiting = new Map<number, (answer: SliceAnswer | null) => void>();
  /** Ends the worker; every read still waiting is answered by the page (or, once closed, with nothing). */
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  const begin = (): ReaderWorker | null => {
    try {
      const started = start();
      if (!started) return null;
      started.onmessage = ({ data }) => {
        const resolve = waiting.get(data.id);
        waiting.delete(data.id);
        resolve?.('failed' in data ? null : data);
        if ('failed' in data) giveUp();
      };
      // It could not load or run: the page reads what is still asked.
      started.onerror = giveUp;
      return started;
    } catch {
      return null;
    }
  };
  const ask = (what: { afterId: string | undefined; limit: number } | { ids: string[] }) => {
    if (closed) return Promise.resolve(null);
    if (worker === undefined) worker = begin();
    const reader = worker;
    if (!reader) return Promise.resolve(null);
    const id = ++asked;
    const db = getDb();
    return new Promise<SliceAnswer | null>((resolve) => {
      waiting.set(id, resolve);
      reader.postMessage({ id, database: db.name, vault: db.keyring.handOver(), ...what });
    });
  };
  const nothing: StoredSlice = { entries: [], next: undefined };
  return {
    async read(afterId, limit) {
      const answer = await ask({ afterId, limit });
      if (answer && 'slice' in answer) return answer.slice;
      return closed ? nothing : readStoredSlice(afterId, limit);
    },
    async readIds(ids) {
      const answer = await ask({ ids: [...ids] });
      if (answer && 'found' in answer) return answer.found;
      return closed ? ids.map(() => undefined) : getEntries(ids);
    },
    close() {
      closed = true;
      giveUp();
    },
  };
}

function startWorker(): ReaderWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./sliceReader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Lantern journal reader',
  }) as unknown as ReaderWorker;
}
