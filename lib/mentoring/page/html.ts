import { bytesToBase64 } from '../../crypto/base64';
import type { DataBlock } from './packing';

/** The page's own script and style, built from components/mentor-page at extension build time. */
export interface PageParts {
  script: string;
  style: string;
}

export const DATA_BLOCK_ID = 'lantern-data';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${bytesToBase64(new Uint8Array(digest))}'`;
}

/**
 * JSON that can sit inside a script element: `<` never appears as itself, so no text in it can close
 * the element or open a comment. `\u2028` and `\u2029` are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The whole page: a strict content security policy first (nothing may load or connect; the one script
 * and the one style are allowed by their hashes), then the style, the data block and the script.
 * The title says nothing about whose summary it is: a sealed page tells nothing before its passphrase.
 */
export async function assemblePage(parts: PageParts, block: DataBlock): Promise<string> {
  if (/<\/(script|style)|<!--/i.test(parts.script + parts.style)) {
    throw new Error('The page’s script or style would close its own element.');
  }
  const policy = [
    "default-src 'none'",
    `script-src ${await sha256(parts.script)}`,
    `style-src ${await sha256(parts.style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Shared summary · Lantern</title>',
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    '<main id="page"><p>Opening the shared summary…</p>',
    '<noscript><p>This page needs JavaScript to show the summary. Nothing in it connects to the internet.</p></noscript>',
    '</main>',
    `<script type="application/json" id="${DATA_BLOCK_ID}">${jsonForScript(block)}</script>`,
    `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
