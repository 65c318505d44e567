import type { EntryText, FieldFinding } from '../../lib/privacy/fields';
import { type WorkerPort, workerClient } from '../workers/workerClient';
import type { DetectAsk, DetectReply } from './detectRequests';

/** The little of a Worker the detector uses (a test hands in its own). */
export type DetectorWorker = WorkerPort<DetectAsk, DetectReply>;

export type Detect = (entry: EntryText, ignored: readonly string[]) => Promise<FieldFinding[]>;

/**
 * Scans the open entry for patient details in a worker of the page, so that a scan of a long entry (tens of
 * milliseconds for 40,000 characters) never holds up typing or painting. Where no worker can run, or it fails,
 * the scan runs in the page, as the export gate's does; the findings are the same either way (`detectInEntry`).
 */
export function createDetector(start: () => DetectorWorker | null = startWorker): Detect {
  const worker = workerClient(start);
  const inPage: Detect = async (entry, ignored) => {
    const { detectInEntry } = await import('../../lib/privacy');
    return detectInEntry(entry, { ignored });
  };
  return async (entry, ignored) =>
    (await worker.ask({ entry: copyOf(entry), ignored: [...ignored] }))?.findings ?? inPage(entry, ignored);
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
