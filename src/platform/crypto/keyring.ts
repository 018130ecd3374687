import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret sealed by envelope encryption: its own data key encrypts it, the master key wraps the data key. */
export interface SealedSecret {
  ciphertext: string;
  iv: string;
  tag: string;
  wrappedKey: string;
  wrapIv: string;
  wrapTag: string;
  /** Which master key wrapped the data key, so rotation knows what is left to re-wrap. */
  masterKeyId: string;
}

export class UnknownMasterKeyError extends Error {
  constructor(readonly masterKeyId: string) {
    super(`No master key with id ${masterKeyId} is configured: add it to PONTE_PREVIOUS_MASTER_KEYS (or restore it) to read this secret`);
    this.name = 'UnknownMasterKeyError';
  }
}

const ALGORITHM = 'aes-256-gcm';

/** A short, non-secret id of a master key. */
export function masterKeyIdOf(key: Buffer): string {
  return `mk_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function encrypt(key: Buffer, plaintext: Buffer, aad: string): { data: Buffer; iv: Buffer; tag: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { data, iv, tag: cipher.getAuthTag() };
}

function decrypt(key: Buffer, data: Buffer, iv: Buffer, tag: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv(ALGORITHM, key, iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

const b64 = (buffer: Buffer) => buffer.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');

/**
 * The master keys: the current one seals, every known one opens. `aad` binds a sealed secret to its owner (the
 * credential's id), so a ciphertext copied onto another row does not open.
 */
export class Keyring {
  #current: Buffer;
  #keys = new Map<string, Buffer>();

  constructor(
    current: Buffer,
    previous: Buffer[] = [],
    private readonly reloadKeys?: () => Promise<{ current: Buffer; previous: Buffer[] }>,
  ) {
    this.#current = current;
    this.#install(current, previous);
  }

  get currentId(): string {
    return masterKeyIdOf(this.#current);
  }

  seal(plaintext: string, aad: string): SealedSecret {
    const dataKey = randomBytes(32);
    const secret = encrypt(dataKey, Buffer.from(plaintext, 'utf8'), aad);
    const wrapped = encrypt(this.#current, dataKey, aad);
    return {
      ciphertext: b64(secret.data),
      iv: b64(secret.iv),
      tag: b64(secret.tag),
      wrappedKey: b64(wrapped.data),
      wrapIv: b64(wrapped.iv),
      wrapTag: b64(wrapped.tag),
      masterKeyId: this.currentId,
    };
  }

  async open(sealed: SealedSecret, aad: string): Promise<string> {
    const dataKey = await this.#unwrap(sealed, aad);
    return decrypt(dataKey, unb64(sealed.ciphertext), unb64(sealed.iv), unb64(sealed.tag), aad).toString('utf8');
  }

  /** The same secret with its data key wrapped by the current master key; the ciphertext itself is untouched. */
  async rewrap(sealed: SealedSecret, aad: string): Promise<SealedSecret> {
    const dataKey = await this.#unwrap(sealed, aad);
    const wrapped = encrypt(this.#current, dataKey, aad);
    return { ...sealed, wrappedKey: b64(wrapped.data), wrapIv: b64(wrapped.iv), wrapTag: b64(wrapped.tag), masterKeyId: this.currentId };
  }

  /** A keyed digest of a secret, shown (shortened) so people can tell credentials apart without seeing them. */
  fingerprint(plaintext: string): string {
    return createHmac('sha256', deriveKey(this.#current, 'ponte credential fingerprint')).update(plaintext).digest('hex').slice(0, 16);
  }

  /**
   * Keys for one purpose (e.g. signing reply addresses), derived from the master keys so nothing new needs storing:
   * the current master key's first (sign with it), then the previous ones' (still accept what they signed).
   */
  deriveKeys(purpose: string): Buffer[] {
    return [this.#current, ...[...this.#keys.values()].filter((key) => !key.equals(this.#current))].map((key) => deriveKey(key, purpose));
  }

  /**
   * The unguessable part of a provider callback URL, derived from the master key instead of stored. Every known key
   * still verifies its old tokens after a rotation, so URLs already given to a provider keep working.
   */
  callbackToken(subject: string): string {
    return callbackTokenWith(this.#current, subject);
  }

  matchesCallbackToken(subject: string, token: string): boolean {
    const given = Buffer.from(token);
    return [...this.#keys.values()].some((key) => {
      const expected = Buffer.from(callbackTokenWith(key, subject));
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
  }

  /** Reads the keys again from where they came from (the data folder after `ponte vault rotate`). */
  async reload(): Promise<void> {
    if (!this.reloadKeys) return;
    const { current, previous } = await this.reloadKeys();
    this.#current = current;
    this.#install(current, previous);
  }

  async #unwrap(sealed: SealedSecret, aad: string): Promise<Buffer> {
    if (!this.#keys.has(sealed.masterKeyId)) await this.reload();
    const masterKey = this.#keys.get(sealed.masterKeyId);
    if (!masterKey) throw new UnknownMasterKeyError(sealed.masterKeyId);
    return decrypt(masterKey, unb64(sealed.wrappedKey), unb64(sealed.wrapIv), unb64(sealed.wrapTag), aad);
  }

  #install(current: Buffer, previous: Buffer[]): void {
    for (const key of [current, ...previous]) this.#keys.set(masterKeyIdOf(key), key);
  }
}

function deriveKey(masterKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), purpose, 32));
}

function callbackTokenWith(masterKey: Buffer, subject: string): string {
  return createHmac('sha256', deriveKey(masterKey, 'ponte callback url')).update(subject).digest('base64url');
}
