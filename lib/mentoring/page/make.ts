import { PBKDF2_ITERATIONS } from '../../crypto/constants';
import { renderMarkdown } from '../../markdown/render';
import { mentoringFilename } from '../filename';
import { ShareBundle } from '../schema';
import { pageDataOf } from './data';
import { assemblePage, type PageParts } from './html';
import { packPageData } from './packing';

/**
 * "Download page for any browser": the share bundle as one self-contained `.html` file, its markdown
 * sanitised before it is written, sealed under the passphrase when there is one. The bundle is checked
 * again first, as for the share file. Needs a DOM (the sanitiser's): the extension page calls it.
 */
export async function writeSharePage(
  bundle: ShareBundle,
  parts: PageParts,
  passphrase?: string,
): Promise<{ filename: string; text: string }> {
  const valid = ShareBundle.parse(bundle);
  const block = await packPageData(pageDataOf(valid, renderMarkdown), passphrase, PBKDF2_ITERATIONS);
  return {
    filename: mentoringFilename('share', valid.displayName, valid.createdAt, 'html'),
    text: await assemblePage(parts, block),
  };
}
