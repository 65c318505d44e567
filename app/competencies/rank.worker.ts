/// <reference lib="webworker" />
import { rankSuggestions } from '../../lib/competencies';
import { serveRequests } from '../workers/serveRequests';
import type { RankAsk, RankReply } from './rankRequests';

// Competency suggestions for a long entry, off the page's thread (rankOffThread.ts).
serveRequests<RankAsk, RankReply>(({ text, frameworkId }) => ({ ranked: rankSuggestions(text, frameworkId) }));
