/// <reference lib="webworker" />
import { detectInEntry } from '../../lib/privacy';
import { serveRequests } from '../workers/serveRequests';
import type { DetectAsk, DetectReply } from './detectRequests';

// Patient-detail detection for the open entry, off the page's thread (detectOffThread.ts).
serveRequests<DetectAsk, DetectReply>(({ entry, ignored }) => ({ findings: detectInEntry(entry, { ignored }) }));
