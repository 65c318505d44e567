import type { LanternDB } from '../db';
import { JournalLockedError } from '../vault/errors';
import { MirrorNotRemovedError, SyncNotSetUpError } from './errors';
import { openMirror } from './pouch';
import { mirrorName, stopRunning } from './runner';
import { CONFIG_KEY, SyncConfig, SyncSecrets } from './schema';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The stored set-up of this device, or undefined when sync is off. */
export async function readConfig(db: LanternDB): Promise<SyncConfig | undefined> {
  const record = await db.syncMeta.get(CONFIG_KEY);
  if (!record) return undefined;
  const parsed = SyncConfig.safeParse(record.value);
  return parsed.success ? parsed.data : undefined;
}

/** A set-up to store: the secrets sealed by the journal's key when it has a passphrase. */
export function withSecrets(
  db: LanternDB,
  config: Omit<SyncConfig, 'secrets' | 'sealed' | 'sealedWith'>,
  secrets: SyncSecrets,
): SyncConfig {
  const { keyring } = db;
  if (!keyring.enabled) return { ...config, secrets };
  if (!keyring.unlocked || keyring.writeKeyId === null) throw new JournalLockedError();
  const sealed = new Uint8Array(keyring.seal(encoder.encode(JSON.stringify(secrets))));
  return { ...config, sealed, sealedWith: keyring.writeKeyId };
}

/** The server password and data key, opened with the journal's key when they are sealed. */
export function openSecrets(db: LanternDB, config: SyncConfig): SyncSecrets {
  if (config.secrets) return config.secrets;
  const { keyring } = db;
  if (!config.sealed || !config.sealedWith) throw new SyncNotSetUpError();
  if (!keyring.unlocked) throw new JournalLockedError();
  if (!keyring.hasKey(config.sealedWith))
    throw new SyncNotSetUpError(
      'The journal’s passphrase was changed since sync was set up here. Set up sync again on this device.',
    );
  const bytes = keyring.open(config.sealedWith, config.sealed, 'sync');
  return SyncSecrets.parse(JSON.parse(decoder.decode(bytes)));
}

export async function writeConfig(db: LanternDB, config: SyncConfig): Promise<void> {
  await db.syncMeta.put({ key: CONFIG_KEY, value: config });
}

const DESTROY_ATTEMPTS = 3;

/**
 * Forgets every record of what was synced from here, and the mirror: the next start is a first sync.
 * The mirror must go first: one left behind would be read as the server's journal at the next start.
 * Throws MirrorNotRemovedError, with the set-up kept, when it cannot be removed.
 */
export async function forgetSyncState(db: LanternDB): Promise<void> {
  await stopRunning(db);
  await destroyMirror(db);
  await db.transaction('rw', db.syncDocs, db.syncMeta, async () => {
    await db.syncDocs.clear();
    await db.syncMeta.clear();
  });
}

/** Removes the mirror, trying again briefly (another window may be letting go of it). */
async function destroyMirror(db: LanternDB): Promise<void> {
  let failure: unknown;
  for (let attempt = 1; attempt <= DESTROY_ATTEMPTS; attempt += 1) {
    try {
      await openMirror(mirrorName(db)).destroy();
      return;
    } catch (error) {
      failure = error;
      if (attempt < DESTROY_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  throw new MirrorNotRemovedError({ cause: failure });
}
