import { z } from 'zod';

/** What "Reflect on this in Lantern" brings from a web page: only the selection, on that click. */
export const Capture = z.object({
  selectionText: z.string().max(100_000),
  pageUrl: z.string().max(4000),
  pageTitle: z.string().max(500).default(''),
  capturedAt: z.number().int().nonnegative(),
});
export type Capture = z.infer<typeof Capture>;

/** The storage key the background writes a capture under, for the side panel to pick up. */
export const CAPTURE_KEY = 'pendingCapture';

/**
 * Where the background leaves a capture for the page: session storage, which is kept in memory and
 * never written to disk, so a quote waiting for a locked journal to open is never stored in the
 * clear. Local storage only where a browser lacks session storage.
 */
export function captureArea<T>(areas: { session?: T; local: T }): T {
  return areas.session ?? areas.local;
}

function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A draft entry for a capture: the selection quoted, the page as its source. */
export function entryFromCapture(capture: Capture): {
  title: string;
  body: string;
  source: { url: string; quote: string };
} {
  const page = capture.pageTitle.trim() || safeHost(capture.pageUrl) || 'a web page';
  return {
    title: `Reflecting on ${page}`.slice(0, 300),
    body: `${quote(capture.selectionText)}\n\n— from ${capture.pageTitle.trim() || capture.pageUrl}\n\n`,
    source: { url: capture.pageUrl, quote: capture.selectionText },
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
