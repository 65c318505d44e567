import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { JournalLockedError } from './errors';
import type { Keyring } from './keyring';
import { mayHoldSealed, openRecord, sealRecord, sealsRecord } from './records';

/**
 * Dexie middleware that seals records on their way into IndexedDB and opens them on the way out,
 * for every table in CLEAR_FIELDS and the settings in SEALED_SETTINGS, whenever the journal has a passphrase. Everything above it (the
 * app, liveQuery, Dexie's own hooks) sees records as they were written; only IndexedDB holds the
 * sealed form. Below Dexie's built-in middleware (level -10), so even its caches see opened records.
 */
export function vaultMiddleware(keyring: Keyring): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LanternVault',
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return mayHoldSealed(name) ? sealingTable(table, keyring) : table;
      },
    }),
  };
}

function sealingTable(table: DBCoreTable, keyring: Keyring): DBCoreTable {
  const open = (value: unknown) => openRecord(table.name, value, keyring);
  return {
    ...table,
    mutate(req) {
      return table.mutate(sealValues(req, table.name, keyring));
    },
    get(req) {
      return table.get(req).then(open);
    },
    getMany(req) {
      return table.getMany(req).then((values) => values.map(open));
    },
    query(req) {
      if (!req.values) return table.query(req);
      return table.query(req).then((response) => ({ ...response, result: response.result.map(open) }));
    },
    openCursor(req) {
      if (req.values === false) return table.openCursor(req);
      return table.openCursor(req).then((cursor) => cursor && openingCursor(cursor, open));
    },
  };
}

function sealValues(req: DBCoreMutateRequest, table: string, keyring: Keyring): DBCoreMutateRequest {
  if ((req.type !== 'add' && req.type !== 'put') || !keyring.enabled) return req;
  // Removing the passphrase: records go back in the clear, so nothing is sealed.
  if (keyring.writeKeyId === null && keyring.unlocked) return req;
  // Settings the locked page needs (the theme, the passphrase's details) are written in the clear.
  if (!req.values.some((value) => sealsRecord(table, value))) return req;
  if (!keyring.unlocked) throw new JournalLockedError();
  const values = req.values.map((value) => (sealsRecord(table, value) ? sealRecord(table, value, keyring) : value));
  return { ...req, values };
}

/** A cursor whose `value` is the opened record (opened once per position). */
function openingCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let raw: unknown;
  let opened: unknown;
  // IndexedDB's own getters need the real cursor as `this`, so `key` and `primaryKey` delegate.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        const value = cursor.value;
        if (value !== raw) {
          raw = value;
          opened = open(value);
        }
        return opened;
      },
    },
  });
}
