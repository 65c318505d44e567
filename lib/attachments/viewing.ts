/**
 * Which stored files may be opened in a browser tab. A file opened from Lantern is shown at a
 * blob: address of the extension itself, so a type the browser would run as a page (HTML, SVG,
 * XML and the like) would run with the extension's powers. Only types that are inert when viewed
 * open; anything else is downloaded, for the user to open with their own software.
 */
const INERT_TYPES = new Set([
  'application/pdf',
  'image/apng',
  'image/avif',
  'image/bmp',
  'image/gif',
  'image/jpeg',
  'image/png',
  'image/webp',
  'text/plain',
]);

/**
 * The type to open a file as, or null when it should be downloaded instead. The file is to be
 * shown as this type whatever its blob says, so that the check and the browser agree.
 */
export function inertViewType(type: string): string | null {
  const [essence = '', ...params] = type.split(';');
  const mime = essence.trim().toLowerCase();
  if (!INERT_TYPES.has(mime)) return null;
  if (mime !== 'text/plain') return mime;
  // Plain text keeps a charset that it names, so that it reads as written; otherwise UTF-8.
  const charset = params
    .map((param) => param.trim().toLowerCase())
    .find((param) => /^charset=[a-z0-9_.:-]+$/.test(param));
  return `text/plain; ${charset ?? 'charset=utf-8'}`;
}
