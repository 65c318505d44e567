/// <reference lib="webworker" />
import { LanternDB } from '../../lib/db';
import type { JournalAnswer, JournalRequest } from './journalRequests';
import { createJournalService } from './journalService';

// The journal's service, off the page's thread (journalConnection.ts): its own connection to the database, read
// with the keys the page hands over with each request.
const service = createJournalService((name) => new LanternDB(name));
self.onmessage = async ({ data }: MessageEvent<JournalRequest>) => {
  let answer: JournalAnswer;
  try {
    answer = await service.answer(data);
  } catch (error) {
    answer = { id: data.id, failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  self.postMessage(answer);
};
