import { randomBytes } from 'node:crypto';
import type { HugmeTicket } from './ticket-schema.ts';

/** One company of a sandbox client's HugMe organization. */
export interface SandboxCompany {
  id: number;
  name: string;
  /** The company's page slug on reclameaqui.com.br (what Ponte's "Buscar página" looks up). */
  shortname: string;
}

export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  companies: SandboxCompany[];
  /** The seed of this client's generated data, derived from the sandbox seed and the client's position. */
  seed: number;
  createdAt: Date;
  /** The company user shown as responsible for answers sent through the API. */
  apiUser: { id: number; name: string; email: string };
}

export interface AccessToken {
  clientId: string;
  expiresAt: number;
}

export interface StoredFile {
  clientId: string;
  filename: string;
  mimetype: string;
  content: Buffer;
}

export type SequenceName = 'ticket' | 'externalId' | 'interaction' | 'detail' | 'historical' | 'customer' | 'company' | 'user';

/** Monotonic id sequences, shared by every client of one sandbox so ids never collide. */
export class IdSequences {
  readonly #next: Record<SequenceName, number> = {
    ticket: 43_534_000,
    externalId: 123_268_000,
    interaction: 160_441_000,
    detail: 355_706_000,
    historical: 547_639_000,
    customer: 57_090_000,
    company: 1_871,
    user: 90_000,
  };

  take(kind: SequenceName): number {
    return this.#next[kind]++;
  }
}

/** The whole in-memory state of one HugMe sandbox. */
export class HugmeStore {
  readonly ids = new IdSequences();
  readonly clients = new Map<string, SandboxClient>();
  readonly tokens = new Map<string, AccessToken>();
  /** Tickets in creation order, each with the client that owns it. */
  readonly tickets = new Map<number, { clientId: string; ticket: HugmeTicket }>();
  /** Attachment contents by ticket_detail_id (files uploaded through the API, or generated placeholders). */
  readonly files = new Map<string, StoredFile>();

  ticketsOf(clientId: string): HugmeTicket[] {
    const out: HugmeTicket[] = [];
    for (const entry of this.tickets.values()) if (entry.clientId === clientId) out.push(entry.ticket);
    return out;
  }

  ticketOf(clientId: string, id: number): HugmeTicket | undefined {
    const entry = this.tickets.get(id);
    return entry && entry.clientId === clientId ? entry.ticket : undefined;
  }

  addTicket(clientId: string, ticket: HugmeTicket): void {
    this.tickets.set(ticket.id, { clientId, ticket });
  }

  /** Issues an opaque token; tokens expired for over a day are forgotten (they then read as invalid, not expired). */
  issueToken(clientId: string, now: number, ttlMs: number): string {
    for (const [token, entry] of this.tokens) if (entry.expiresAt < now - 86_400_000) this.tokens.delete(token);
    const expiresAt = now + ttlMs;
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, { clientId, expiresAt });
    return token;
  }

  /** Makes every token of one client (or of all clients) expire at `at`; returns how many changed. */
  expireTokens(at: number, clientId?: string): number {
    let count = 0;
    for (const token of this.tokens.values()) {
      if (clientId && token.clientId !== clientId) continue;
      if (token.expiresAt > at) {
        token.expiresAt = at;
        count++;
      }
    }
    return count;
  }
}

/**
 * A sliding one-minute window of accepted calls per client, with a tally of what it accepted and refused.
 *
 * Not rate-limiter-flexible's RateLimiterMemory: it counts fixed windows from a key's first call, so it admitted 19
 * calls within one sliding window of a 10-call limit at a window's edge (measured, 11.4.0). The sandbox stands in
 * for HugMe, which refuses the eleventh call in any sliding minute; a kinder sandbox would let a limiter that bursts
 * at the edge pass the pressure test.
 */
export class RateWindow {
  readonly #calls = new Map<string, number[]>();
  readonly #tally = new Map<string, { accepted: number; refused: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
  ) {}

  /** Records a call if the client has room; otherwise says how many seconds until the oldest call leaves the window. */
  hit(key: string, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const calls = (this.#calls.get(key) ?? []).filter((at) => at > now - this.windowMs);
    this.#calls.set(key, calls);
    const tally = this.#tally.get(key) ?? { accepted: 0, refused: 0 };
    this.#tally.set(key, tally);
    if (calls.length >= this.limit) {
      tally.refused += 1;
      const oldest = calls[0]!;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    tally.accepted += 1;
    calls.push(now);
    return { allowed: true };
  }

  /** Calls accepted and refused with 429 so far, per client. */
  tally(): Record<string, { accepted: number; refused: number }> {
    return Object.fromEntries([...this.#tally].map(([key, tally]) => [key, { ...tally }]));
  }
}
