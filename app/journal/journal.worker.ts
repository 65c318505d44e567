/// <reference lib="webworker" />
import { LanternDB } from '../../lib/db';
import { serveRequests } from '../workers/serveRequests';
import type { JournalMessage, JournalReply } from './journalRequests';
import { createJournalService } from './journalService';

// The journal's service, off the page's thread (journalConnection.ts): its own connection to the database, read
// with the keys the page hands over with each request.
const service = createJournalService((name) => new LanternDB(name));
serveRequests<JournalMessage, JournalReply>((request) => service.answer(request));
