import { JournalLockedError, UnreadableRecordError } from './errors';

type Cipher = typeof import('@noble/ciphers/chacha.js').xchacha20poly1305;

/** What another thread of this page (the journal's service, app/journal/journalConnection.ts) needs to open records. */
export interface KeyringState {
  enabled: boolean;
  acceptsUnbound: boolean;
  writeKeyId: string | null;
  keys: [string, Uint8Array][];
}

/** XChaCha20-Poly1305's nonce: 24 random bytes, large enough never to repeat under one key. */
const NONCE_BYTES = 24;

/**
 * The keys this page holds for the locked journal, and whether the journal has a passphrase at all.
 * Only the open page holds keys, in memory; `forget` wipes them. Encryption here is synchronous
 * (audited @noble/ciphers) because it runs inside IndexedDB transactions, which close on any
 * asynchronous wait such as WebCrypto's.
 */
export class Keyring {
  /** True when this journal has a passphrase: records are sealed and need a key to read. */
  enabled = false;
  /** The key new writes are sealed with; null while a passphrase is being removed (writes in the clear). */
  writeKeyId: string | null = null;
  /**
   * True while the journal may hold records in the clear or sealed before records were bound to
   * their table and id (a passphrase being set, changed or removed, or a journal sealed before
   * binding existed). Otherwise such a record was put there by someone else, and is refused.
   */
  acceptsUnbound = true;
  private keys = new Map<string, Uint8Array>();
  /** Loaded on first need (a journal without a passphrase never loads it). */
  private cipher: Cipher | undefined;

  /** Loads the cipher; call before holding keys. */
  async prepare(): Promise<void> {
    this.cipher ??= (await import('@noble/ciphers/chacha.js')).xchacha20poly1305;
  }

  get unlocked(): boolean {
    return this.keys.size > 0 && this.cipher !== undefined;
  }

  /** Holds these keys (taking them over) in place of any held before, whose bytes are wiped. */
  hold(keys: ReadonlyMap<string, Uint8Array>, writeKeyId: string | null): void {
    for (const [id, key] of this.keys) if (keys.get(id) !== key) key.fill(0);
    this.keys = new Map(keys);
    this.writeKeyId = writeKeyId;
  }

  /** Keeps only the keys with these ids, wiping the rest. */
  retain(ids: readonly string[]): void {
    this.hold(new Map([...this.keys].filter(([id]) => ids.includes(id))), this.writeKeyId);
  }

  /** Wipes every key from memory. */
  forget(): void {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
  }

  /** This keyring's state, keys copied, for a worker of this page to read with. */
  handOver(): KeyringState {
    const keys = [...this.keys].map(([id, key]): [string, Uint8Array] => [id, key.slice()]);
    return { enabled: this.enabled, acceptsUnbound: this.acceptsUnbound, writeKeyId: this.writeKeyId, keys };
  }

  /** Takes on a state handed over by the page (`handOver`), wiping the keys held before. */
  async adopt(state: KeyringState): Promise<void> {
    this.enabled = state.enabled;
    this.acceptsUnbound = state.acceptsUnbound;
    if (state.keys.length > 0) await this.prepare();
    this.hold(new Map(state.keys), state.writeKeyId);
  }

  hasKey(id: string): boolean {
    return this.keys.has(id);
  }

  /**
   * Seals bytes with the write key: a fresh nonce, then the ciphertext with its tag. `context` (the
   * associated data) is authenticated but not stored: opening needs the same, so a record moved to
   * another id or table no longer opens.
   */
  seal(plain: Uint8Array, context?: Uint8Array): Uint8Array {
    const key = this.writeKeyId === null ? undefined : this.keys.get(this.writeKeyId);
    if (!key || !this.cipher) throw new JournalLockedError();
    const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const sealed = this.cipher(key, nonce, context).encrypt(plain);
    const out = new Uint8Array(NONCE_BYTES + sealed.length);
    out.set(nonce);
    out.set(sealed, NONCE_BYTES);
    return out;
  }

  /** Opens bytes sealed with key `id` and `context`; a changed, moved or foreign record is an UnreadableRecordError. */
  open(id: string, sealed: Uint8Array, table: string, context?: Uint8Array): Uint8Array {
    if (!this.unlocked || !this.cipher) throw new JournalLockedError();
    const key = this.keys.get(id);
    if (!key || !(sealed instanceof Uint8Array) || sealed.length < NONCE_BYTES) throw new UnreadableRecordError(table);
    try {
      return this.cipher(key, sealed.subarray(0, NONCE_BYTES), context).decrypt(sealed.subarray(NONCE_BYTES));
    } catch {
      throw new UnreadableRecordError(table);
    }
  }
}
