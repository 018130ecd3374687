import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../crypto/keyring.ts';

/**
 * Longest local part a reply address's base may have: room is left within SMTP's 64 characters for `+`, a routing id of
 * up to 26 characters (Ponte's ids are at most 25), `.` and the signature.
 */
export const MAX_REPLY_BASE_LOCAL_PART = 20;
const MAX_LOCAL_PART = 64;
/** 16 base-32 digits carry the signature's first 80 bits: far beyond what anyone can guess through an SMTP server. */
const SIGNATURE_LENGTH = 16;
const SIGNATURE_BYTES = 10;
const KEY_PURPOSE = 'ponte reply address';

// Lower-case only: some MTAs lower-case local parts on the way, and the address must still verify afterwards.
const ROUTING_ID = /^[a-z0-9_-]+$/;
const BASE_LOCAL_PART = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * Signed plus-addresses that route a reply to whatever the routing id names (a ticket, say):
 * `suporte+tkt_abc123.<signature>@ponte.example`. The signature keeps anyone from writing to, or guessing, an address
 * that attaches mail to someone else's ticket. Everything is lower-case and compared case-insensitively.
 */
export class ReplyAddresses {
  readonly #localPart: string;
  readonly #domain: string;
  readonly #keyring: Pick<Keyring, 'deriveKeys'>;

  /** `baseAddress` is a bare address without `+`, e.g. `suporte@ponte.example`; the keyring's master keys sign. */
  constructor(options: { baseAddress: string; keyring: Pick<Keyring, 'deriveKeys'> }) {
    const [localPart = '', domain = '', ...rest] = options.baseAddress.trim().toLowerCase().split('@');
    if (rest.length > 0 || !BASE_LOCAL_PART.test(localPart) || !DOMAIN.test(domain)) {
      throw new Error(`The reply address ${options.baseAddress} is not a bare address of letters, digits, dots, - and _ (without +)`);
    }
    if (localPart.length > MAX_REPLY_BASE_LOCAL_PART) {
      throw new Error(`The reply address ${options.baseAddress} has a local part longer than ${MAX_REPLY_BASE_LOCAL_PART} characters`);
    }
    this.#localPart = localPart;
    this.#domain = domain;
    this.#keyring = options.keyring;
  }

  /** The address whose replies route to `routingId` (lower-case letters, digits, `_` and `-`, as Ponte's ids are). */
  addressFor(routingId: string): string {
    if (!ROUTING_ID.test(routingId)) throw new Error(`A routing id must be lower-case letters, digits, _ and -: ${routingId}`);
    const [signingKey] = this.#keyring.deriveKeys(KEY_PURPOSE);
    const localPart = `${this.#localPart}+${routingId}.${signatureOf(signingKey!, routingId)}`;
    if (localPart.length > MAX_LOCAL_PART) throw new Error(`The routing id ${routingId} is too long for a reply address (${localPart.length} > ${MAX_LOCAL_PART})`);
    return `${localPart}@${this.#domain}`;
  }

  /** The routing id of a signed reply address; null for any other address, or a signature that does not verify. */
  routingIdOf(address: string): string | null {
    const tag = this.#tagOf(address);
    const separator = tag?.lastIndexOf('.') ?? -1;
    if (!tag || separator < 0) return null;
    const routingId = tag.slice(0, separator);
    const given = Buffer.from(tag.slice(separator + 1));
    if (!ROUTING_ID.test(routingId) || given.length !== SIGNATURE_LENGTH) return null;
    // Every master key still known verifies, so addresses sent before a key rotation keep routing.
    const verified = this.#keyring
      .deriveKeys(KEY_PURPOSE)
      .map((key) => timingSafeEqual(Buffer.from(signatureOf(key, routingId)), given))
      .includes(true);
    return verified ? routingId : null;
  }

  /** Whether the address is the base address or any plus-address of it, signed or not: mail that is Ponte's to sort out. */
  covers(address: string): boolean {
    return this.#tagOf(address) !== null;
  }

  /** What follows `+` in an address of ours (`''` for the base address itself); null for an address of someone else. */
  #tagOf(address: string): string | null {
    const bare = address.trim().replace(/^<(.*)>$/, '$1').toLowerCase();
    const at = bare.lastIndexOf('@');
    if (at < 0 || bare.slice(at + 1) !== this.#domain) return null;
    const localPart = bare.slice(0, at);
    if (localPart === this.#localPart) return '';
    return localPart.startsWith(`${this.#localPart}+`) ? localPart.slice(this.#localPart.length + 1) : null;
  }
}

function signatureOf(key: Buffer, routingId: string): string {
  const digest = createHmac('sha256', key).update(routingId).digest().subarray(0, SIGNATURE_BYTES);
  return BigInt(`0x${digest.toString('hex')}`).toString(32).padStart(SIGNATURE_LENGTH, '0');
}
