import { bytesToBase64 } from '../crypto/base64';
import { MIN_ITERATIONS } from '../crypto/envelope';
import type { LanternDB } from '../db';
import { passphraseProblem } from '../vault/vault';
import { forgetSyncState, readConfig, withSecrets, writeConfig } from './config';
import { SyncSetupError } from './errors';
import { KEY_DOC_ID, KeyDocument, newDataKey, unwrapDataKey, WrongSyncPassphraseError, wrapDataKey } from './keys';
import { authHeader, checkStatus, notCouch, request, resolveAddress } from './server';

export interface SyncAccount {
  serverUrl: string;
  username: string;
  password: string;
}

export interface SetUpOptions {
  /** For tests: fewer PBKDF2 iterations than the 600,000 every real sync passphrase gets. */
  iterations?: number;
}

/**
 * Checks address, account and passphrase against the server (creating the database and the key
 * document when missing and allowed); on success stores this device's set-up. Throws
 * SyncSetupError, and stores nothing, on any failure.
 */
export async function setUpSync(
  db: LanternDB,
  account: SyncAccount,
  passphrase: string,
  options: SetUpOptions = {},
): Promise<void> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new SyncSetupError('passphrase-too-short', problem);
  const { databaseUrl } = resolveAddress(account.serverUrl, account.username);
  const headers = { accept: 'application/json', ...authHeader(account.username, account.password) };
  await ensureDatabase(databaseUrl, headers);
  const { keyId, dataKey } = await openOrCreateKey(databaseUrl, headers, passphrase, options);
  const config = { serverUrl: databaseUrl, username: account.username, keyId, setUpAt: Date.now() };
  const stored = withSecrets(db, config, { password: account.password, dataKey: bytesToBase64(dataKey) });
  // A set-up starts afresh, as a new device: what an earlier set-up recorded (perhaps for another
  // server, or before the journal was erased) must never be read as deletions to send.
  await forgetSyncState(db);
  await writeConfig(db, stored);
}

async function ensureDatabase(databaseUrl: string, headers: Record<string, string>): Promise<void> {
  const response = await request(databaseUrl, { headers });
  checkStatus(response.status);
  if (response.status === 404) {
    const created = await request(databaseUrl, { method: 'PUT', headers });
    checkStatus(created.status, true);
    if (created.status === 400 || created.status === 404 || created.status === 405) throw notCouch();
    if (!created.ok && created.status !== 412) throw serverFault(created.status);
    return;
  }
  if (response.status >= 500) throw serverFault(response.status);
  const info = (await response.json().catch(() => undefined)) as { db_name?: unknown } | undefined;
  if (!response.ok || typeof info?.db_name !== 'string') throw notCouch();
}

async function openOrCreateKey(
  databaseUrl: string,
  headers: Record<string, string>,
  passphrase: string,
  options: SetUpOptions,
): Promise<{ keyId: string; dataKey: Uint8Array }> {
  const url = `${databaseUrl}/${KEY_DOC_ID}`;
  const response = await request(url, { headers });
  checkStatus(response.status);
  if (response.status === 404) {
    const { keyId, dataKey } = newDataKey();
    const doc = await wrapDataKey(passphrase, keyId, dataKey, options.iterations);
    const put = await request(url, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    checkStatus(put.status);
    // Another device set the journal up at the same moment: open its key instead.
    if (put.status === 409) return openOrCreateKey(databaseUrl, headers, passphrase, options);
    if (!put.ok) throw serverFault(put.status);
    return { keyId, dataKey };
  }
  if (!response.ok) throw serverFault(response.status);
  const parsed = KeyDocument.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new SyncSetupError(
      'not-couchdb',
      'That database holds something other than a Lantern journal. Choose a database of its own for Lantern.',
    );
  try {
    const dataKey = await unwrapDataKey(parsed.data, passphrase, options.iterations ? 1 : MIN_ITERATIONS);
    return { keyId: parsed.data.keyId, dataKey };
  } catch (error) {
    if (error instanceof WrongSyncPassphraseError) throw new SyncSetupError('wrong-passphrase', error.message);
    throw new SyncSetupError(
      'wrong-passphrase',
      'The journal’s key on that server is damaged, so it cannot be opened.',
    );
  }
}

function serverFault(status: number): SyncSetupError {
  return new SyncSetupError(
    'unreachable',
    `The server answered with an error (${status}). Try again later, or ask whoever runs it.`,
  );
}

/** The stored set-up of this device, or undefined when sync is off. */
export async function loadSyncConfig(db: LanternDB): Promise<{ serverUrl: string; username: string } | undefined> {
  const config = await readConfig(db);
  return config && { serverUrl: config.serverUrl, username: config.username };
}
