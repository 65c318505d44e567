/// <reference lib="webworker" />
import { detectInEntry } from '../../lib/privacy';
import type { DetectAnswer, DetectRequest } from './detectRequests';

// Patient-detail detection for the open entry, off the page's thread (detectOffThread.ts).
self.onmessage = ({ data }: MessageEvent<DetectRequest>) => {
  let answer: DetectAnswer;
  try {
    answer = { id: data.id, findings: detectInEntry(data.entry, { ignored: data.ignored }) };
  } catch (error) {
    answer = { id: data.id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
