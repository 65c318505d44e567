import type { EntryText, FieldFinding } from '../../lib/privacy/fields';
import type { DetectAnswer, DetectRequest } from './detectRequests';

/** The little of a Worker the detector uses (a test hands in its own). */
export interface DetectorWorker {
  postMessage(request: DetectRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DetectAnswer>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type Detect = (entry: EntryText, ignored: readonly string[]) => Promise<FieldFinding[]>;

/**
 * Scans the open entry for patient details in a worker of the page, so that a scan of a long entry (tens of
 * milliseconds for 40,000 characters) never holds up typing or painting. Where no worker can run, or it fails,
 * the scan runs in the page, as the export gate's does; the findings are the same either way (`detectInEntry`).
 */
export function createDetector(start: () => DetectorWorker | null = startWorker): Detect {
  let worker: DetectorWorker | null | undefined;
  let asked = 0;
  const waiting = new Map<number, (answer: FieldFinding[] | null) => void>();
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  const begin = (): DetectorWorker | null => {
    try {
      const started = start();
      if (!started) return null;
      started.onmessage = ({ data }) => {
        const resolve = waiting.get(data.id);
        waiting.delete(data.id);
        resolve?.('findings' in data ? data.findings : null);
      };
      started.onerror = giveUp;
      return started;
    } catch {
      return null;
    }
  };
  const inPage: Detect = async (entry, ignored) => {
    const { detectInEntry } = await import('../../lib/privacy');
    return detectInEntry(entry, { ignored });
  };
  return async (entry, ignored) => {
    if (worker === undefined) worker = begin();
    const running = worker;
    if (!running) return inPage(entry, ignored);
    const id = ++asked;
    const found = await new Promise<FieldFinding[] | null>((resolve) => {
      waiting.set(id, resolve);
      running.postMessage({ id, entry: copyOf(entry), ignored: [...ignored] });
    });
    return found ?? inPage(entry, ignored);
  };
}

/** The entry's fields alone, as plain data a message can carry. */
function copyOf(entry: EntryText): EntryText {
  return {
    title: entry.title,
    body: entry.body,
    role: entry.role,
    tags: [...entry.tags],
    learningPoints: [...entry.learningPoints],
    actions: [...entry.actions],
  };
}

function startWorker(): DetectorWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./detect.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Lantern patient-detail check',
  }) as unknown as DetectorWorker;
}

/** The page's detector for the open entry: one worker, started with the first scan. */
export const detectOffThread: Detect = createDetector();
