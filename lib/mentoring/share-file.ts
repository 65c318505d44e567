import { mentoringFilename } from './bundle';
import { type FileSpec, type MentoringProblem, readLanternFile, sealIfAsked } from './file';
import { SHARE_FORMAT, SHARE_VERSION, ShareBundle } from './schema';

export type ShareReadResult =
  | { ok: true; bundle: ShareBundle; encrypted: boolean }
  | { ok: false; error: MentoringProblem };

const SHARE_FILE: FileSpec<ShareBundle> = {
  format: SHARE_FORMAT,
  version: SHARE_VERSION,
  schema: ShareBundle,
  noun: 'shared summary',
  notThis: 'not-a-share-file',
  askFor: 'whoever sent it',
};

/**
 * The file to download: the bundle as JSON, or sealed under the passphrase in the crypto envelope.
 * The bundle is checked again first, so a file Lantern could not read back is never written.
 */
export async function writeShareFile(
  bundle: ShareBundle,
  passphrase?: string,
): Promise<{ filename: string; text: string }> {
  const valid = ShareBundle.parse(bundle);
  return {
    filename: mentoringFilename('share', valid.displayName, valid.createdAt),
    text: await sealIfAsked(valid, passphrase),
  };
}

/** Reads and checks a whole share file. Writes nothing: `openBundle` does, given what this returns. */
export async function readShareFile(text: string, passphrase?: string): Promise<ShareReadResult> {
  const result = await readLanternFile(text, passphrase, SHARE_FILE);
  return result.ok ? { ok: true, bundle: result.value, encrypted: result.encrypted } : result;
}
