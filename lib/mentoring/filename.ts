import { localIsoDate } from '../dates/calendar';

/** A name as it can sit in a file name: "Dr Siân O'Neill" → "dr-sian-o-neill". */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * `lantern-share-dr-sian-o-neill-2026-11-22.json`: what, whose, and the local date it was made. The
 * share as a page for any browser is the same name ending `.html`.
 */
export function mentoringFilename(
  kind: 'share' | 'feedback',
  name: string,
  at: number,
  extension: 'json' | 'html' = 'json',
): string {
  const slug = fileSlug(name);
  return `lantern-${kind}-${slug === '' ? '' : `${slug}-`}${localIsoDate(new Date(at))}.${extension}`;
}
