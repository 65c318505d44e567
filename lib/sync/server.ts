import { bytesToHex } from '../crypto/base64';
import { SyncSetupError } from './errors';

/** How long set-up waits for the server before saying it is too slow. */
export const SETUP_TIMEOUT_MS = 10_000;

export interface ServerAddress {
  /** The database's URL, without a trailing slash and without credentials. */
  databaseUrl: string;
  origin: string;
}

const hex = (text: string) => bytesToHex(new TextEncoder().encode(text));

/**
 * The database a Server address means. A URL with a path names the database; a server's root with
 * a username means that user's own database under `couch_peruser` (`userdb-` and the name in hex).
 */
export function resolveAddress(address: string, username: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw badAddress();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badAddress();
  if (url.username || url.password)
    throw new SyncSetupError(
      'bad-address',
      'Put the username and password in their own boxes, not in the Server address.',
    );
  if (url.search || url.hash) throw badAddress();
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') {
    if (!username)
      throw new SyncSetupError(
        'bad-address',
        'Add the database’s name to the Server address, e.g. https://couch.example.org/lantern-jsmith.',
      );
    return { databaseUrl: `${url.origin}/userdb-${hex(username)}`, origin: url.origin };
  }
  return { databaseUrl: `${url.origin}${path}`, origin: url.origin };
}

function badAddress(): SyncSetupError {
  return new SyncSetupError(
    'bad-address',
    'That is not a web address Lantern can sync with. It starts with https:// and names the database, e.g. https://couch.example.org/lantern-jsmith.',
  );
}

export function authHeader(username: string, password: string): Record<string, string> {
  if (!username) return {};
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return { authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

/** One request to the server with set-up's timeout; network failures become plain SyncSetupErrors. */
export async function request(url: string, init: RequestInit & { headers?: Record<string, string> }) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SETUP_TIMEOUT_MS);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch {
    if (controller.signal.aborted)
      throw new SyncSetupError(
        'timeout',
        `The server did not answer within ${SETUP_TIMEOUT_MS / 1000} seconds. Check the address, or try again later.`,
      );
    throw new SyncSetupError(
      'unreachable',
      'Lantern could not reach that server. Check the address and your connection (and that the server allows this browser).',
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Turns a refusal into the set-up error it means, or returns when the status is fine. */
export function checkStatus(status: number, creating = false): void {
  if (status === 401) throw new SyncSetupError('unauthorised', 'The server did not accept that username and password.');
  if (status === 403)
    throw new SyncSetupError(
      'forbidden',
      creating
        ? 'That database does not exist, and this account is not allowed to create it. Ask whoever runs the server to create it for you.'
        : 'This account is not allowed to use that database. Ask whoever runs the server to give it access.',
    );
}

export function notCouch(): SyncSetupError {
  return new SyncSetupError(
    'not-couchdb',
    'That address does not lead to a CouchDB database. Check it is the database’s address, e.g. https://couch.example.org/lantern-jsmith.',
  );
}
