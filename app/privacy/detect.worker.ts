/// <reference lib="webworker" />
import { detectInEntry } from '../../lib/privacy';
import { serveRequests } from '../workers/serveRequests';
import type { DetectRequest } from './detectRequests';

// Patient-detail detection for the open entry, off the page's thread (detectOffThread.ts).
serveRequests(({ entry, ignored }: DetectRequest) => ({ findings: detectInEntry(entry, { ignored }) }));
