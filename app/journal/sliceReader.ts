import { getDb } from '../../lib/db';
import { type ReadSlice, readStoredSlice, type StoredSlice } from '../../lib/entries/repository';
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
  const waiting = new Map<number, (slice: StoredSlice | null) => void>();
  const giveUp = (answer: (resolve: (slice: StoredSlice | null) => void) => void) => {
    worker?.terminate();
    worker = null;
    for (const resolve of waiting.values()) answer(resolve);
    waiting.clear();
  };
  const begin = (): ReaderWorker | null => {
    try {
      const started = start();
      if (!started) return null;
      started.onmessage = ({ data }) => {
        const resolve = waiting.get(data.id);
        waiting.delete(data.id);
        resolve?.('slice' in data ? data.slice : null);
        if (!('slice' in data)) giveUp((rest) => rest(null));
      };
      // It could not load or run: the page reads what is still asked.
      started.onerror = () => giveUp((rest) => rest(null));
      return started;
    } catch {
      return null;
    }
  };
  const ask = (afterId: string | undefined, limit: number): Promise<StoredSlice | null> => {
    if (worker === undefined) worker = begin();
    const reader = worker;
    if (!reader) return Promise.resolve(null);
    const id = ++asked;
    const db = getDb();
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      reader.postMessage({ id, database: db.name, vault: db.keyring.handOver(), afterId, limit });
    });
  };
  return {
    async read(afterId, limit) {
      if (closed) return { entries: [], next: undefined };
      const slice = await ask(afterId, limit);
      if (slice) return slice;
      return closed ? { entries: [], next: undefined } : readStoredSlice(afterId, limit);
    },
    close() {
      closed = true;
      giveUp((rest) => rest({ entries: [], next: undefined }));
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
