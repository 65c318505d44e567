import { describe, expect, it } from 'vitest';
import { createDetector } from '../../app/privacy/detectOffThread';
import type { DetectAsk, DetectReply } from '../../app/privacy/detectRequests';
import { detectInEntry } from '../../lib/privacy';
import { fakeWorker } from './fake-worker';

// The open entry is scanned for patient details in a worker (app/privacy/detectOffThread.ts). Here the worker's
// side runs in the test's own thread, behind a fake worker that answers by message, a turn later.

const ENTRY = {
  title: 'Night shift',
  body: 'Saw Mrs Okonkwo in bed 6, NHS 943 476 5919, and spoke with her son.',
  role: 'FY2',
  tags: ['nights'],
  learningPoints: ['Escalate sooner.'],
  actions: [],
};

describe('patient details found off the page', () => {
  it('finds in the worker exactly what the page would, the details the user set aside left out', async () => {
    const { worker, sent } = fakeWorker<DetectAsk, DetectReply>(({ id, entry, ignored }) => ({
      id,
      findings: detectInEntry(entry, { ignored }),
    }));
    const detect = createDetector(() => worker);
    const inPage = detectInEntry(ENTRY, { ignored: [] });
    expect(inPage.length).toBeGreaterThan(0);
    expect(await detect(ENTRY, [])).toEqual(inPage);

    const setAside = inPage[0]?.finding.id ?? '';
    expect(await detect(ENTRY, [setAside])).toEqual(detectInEntry(ENTRY, { ignored: [setAside] }));
    expect(sent.map((request) => request.ignored)).toEqual([[], [setAside]]);
  });

  it('scans in the page when the worker fails or cannot start, so no detail goes unshown', async () => {
    const { worker } = fakeWorker<DetectAsk, DetectReply>(({ id }) => ({ id, failed: 'out of memory' }));
    const expected = detectInEntry(ENTRY, { ignored: [] });
    expect(await createDetector(() => worker)(ENTRY, [])).toEqual(expected);
    expect(await createDetector(() => null)(ENTRY, [])).toEqual(expected);
    const throwing = createDetector(() => {
      throw new Error('Workers are not allowed here');
    });
    expect(await throwing(ENTRY, [])).toEqual(expected);
  });
});
