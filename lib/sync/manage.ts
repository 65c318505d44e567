import { MIN_ITERATIONS } from '../crypto/envelope';
import type { LanternDB } from '../db';
import { passphraseProblem } from '../vault/vault';
import { forgetSyncState, openSecrets, readConfig } from './config';
import { SyncNotSetUpError, SyncSetupError } from './errors';
import { KEY_DOC_ID, KeyDocument, unwrapDataKey, WrongSyncPassphraseError, wrapDataKey } from './keys';
import { stopRunning } from './runner';
import { authHeader, checkStatus, request } from './server';

/** Stops and forgets this device's set-up. Deletes nothing in the journal or on the server. */
export async function turnOffSync(db: LanternDB): Promise<void> {
  await forgetSyncState(db);
}

async function account(db: LanternDB) {
  const config = await readConfig(db);
  if (!config) throw new SyncNotSetUpError();
  const { password } = openSecrets(db, config);
  return { config, headers: { accept: 'application/json', ...authHeader(config.username, password) } };
}

/**
 * Re-wraps the journal's sync key under a new passphrase on the server. The key itself stays, so
 * every device keeps syncing; each is told through the key document (and new devices need the new one).
 */
export async function changeSyncPassphrase(
  db: LanternDB,
  current: string,
  next: string,
  options: { iterations?: number } = {},
): Promise<void> {
  const problem = passphraseProblem(next);
  if (problem) throw new SyncSetupError('passphrase-too-short', problem);
  const { config, headers } = await account(db);
  const url = `${config.serverUrl}/${KEY_DOC_ID}`;
  const response = await request(url, { headers });
  checkStatus(response.status);
  const body = (await response.json().catch(() => undefined)) as { _rev?: string } | undefined;
  const parsed = KeyDocument.safeParse(body);
  if (!response.ok || !parsed.success || !body?._rev)
    throw new SyncSetupError('not-couchdb', 'The journal’s key could not be read from the server. Try again later.');
  let dataKey: Uint8Array;
  try {
    dataKey = await unwrapDataKey(parsed.data, current, options.iterations ? 1 : MIN_ITERATIONS);
  } catch (error) {
    if (error instanceof WrongSyncPassphraseError)
      throw new SyncSetupError('wrong-passphrase', 'That is not the current sync passphrase.');
    throw error;
  }
  const rewrapped = await wrapDataKey(next, parsed.data.keyId, dataKey, options.iterations);
  const put = await request(url, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ ...rewrapped, _id: KEY_DOC_ID, _rev: body._rev }),
  });
  checkStatus(put.status);
  if (put.status === 409)
    throw new SyncSetupError('unreachable', 'The passphrase was changed on another device just now. Try again.');
  if (!put.ok) throw new SyncSetupError('unreachable', `The server answered with an error (${put.status}).`);
}

/** Deletes this journal's database on the server (this device keeps everything) and turns sync off. */
export async function deleteServerCopy(db: LanternDB): Promise<void> {
  const { config, headers } = await account(db);
  await stopRunning(db);
  const response = await request(config.serverUrl, { method: 'DELETE', headers });
  checkStatus(response.status);
  if (!response.ok && response.status !== 404)
    throw new SyncSetupError(
      'unreachable',
      `The server did not delete the journal (${response.status}). Ask whoever runs it to delete the database.`,
    );
  await turnOffSync(db);
}
