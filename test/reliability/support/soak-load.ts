import { Agent, request } from 'undici';
import { createPaghiperCharge } from '../../support/paghiper-charges.ts';
import { waitFor } from '../../support/wait.ts';

/** One PagHiper store of the soak: an account with an active integration, and the tickets the load opened for it. */
export interface SoakStore {
  accountId: string;
  integrationId: string;
  /** The store's PagHiper key, for making charges in the sandbox as its own system would. */
  apiKey: string;
  /** Where PagHiper calls Ponte back for this integration. */
  callbackUrl: string;
  ticketIds: string[];
}

export interface SoakTarget {
  origin: string;
  token: string;
  sandboxUrl: string;
  stores: SoakStore[];
}

/** Operations per second of each kind: a fixed rate, whatever the server's speed (an open loop). */
export interface SoakRates {
  /** Authenticated GETs: accounts, integrations, one integration, tickets, the event log. */
  reads: number;
  /** Authenticated writes: open a ticket, add a note to one, rename an account. */
  writes: number;
  /** POST /v1/integrations/{id}/sync. */
  polls: number;
  /** Charges made in the sandbox (with the integration's callback URL); each is paid once Ponte has told of it. */
  charges: number;
}

/**
 * A charge is paid once its "created" webhook has arrived: paid earlier, the happy path would rightly cancel that
 * notification still waiting, and the load could no longer count on one webhook per event. Waiting longer than this
 * for it is itself a failure (the event log or the send queue falling behind).
 */
const CREATED_WAIT_MS = 60_000;
const TICK_MS = 100;
const KEPT_TICKETS = 50;

/** What the server answered one request: its kind (`read GET /v1/accounts`), status (0: no answer) and time. */
export interface Outcome {
  kind: string;
  /** Ponte's own answers count in its latency; the sandbox's charge creation does not. */
  server: 'ponte' | 'sandbox';
  status: number;
  ms: number;
}

/** A charge the load made and paid, as the sandbox saw it. */
export interface PaidCharge {
  transactionId: string;
  integrationId: string;
  /** performance.now() when the sandbox's callback for "paid" was answered by Ponte. */
  paidAt: number;
}

/**
 * The soak's load: reads, writes, polls and charges at fixed rates, spread over the stores, each request started on
 * schedule without waiting for the ones before it (a slow server meets the same arrivals, and its latency shows it).
 */
export class SoakLoad {
  readonly agent = new Agent({ connections: 32, keepAliveTimeout: 10_000 });
  readonly created: string[] = [];
  /** By transaction id. */
  readonly paid = new Map<string, PaidCharge>();
  /** Charges whose "created" webhook had not arrived CREATED_WAIT_MS after they were made (paid anyway). */
  readonly createdNotNotified: string[] = [];
  /** Charges whose "paid" callback Ponte did not acknowledge with a 2xx (the sandbox's last attempt). */
  readonly unacknowledgedCallbacks: { transactionId: string; status: number | null; error: string | null }[] = [];
  readonly #inFlight = new Set<Promise<unknown>>();
  /** Charges made and not yet paid: what a stop waits for. */
  readonly #charges = new Set<Promise<unknown>>();
  readonly #issued = { reads: 0, writes: 0, polls: 0, charges: 0 };
  #timer: NodeJS.Timeout | undefined;
  #startedAt = 0;
  #sequence = 0;
  #stopping = false;

  constructor(
    private readonly target: SoakTarget,
    private readonly rates: SoakRates,
    private readonly observer: {
      outcome(outcome: Outcome): void;
      /** When the charge's payment.created webhook arrived (performance.now()), or undefined. */
      createdNotifiedAt(transactionId: string): number | undefined;
      /** From a charge made to its "created" webhook (a poll, the event log and the send queue in between). */
      createdLag(ms: number): void;
    },
  ) {}

  start(): void {
    this.#startedAt = performance.now();
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
  }

  /**
   * Stops starting new work and waits for what is under way, payments still due included. Polls go on meanwhile:
   * the last charges are found by them, as every other charge was, before they are paid.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    while (this.#charges.size > 0) await Promise.allSettled([...this.#charges]);
    clearInterval(this.#timer);
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  #tick(): void {
    const seconds = (performance.now() - this.#startedAt) / 1000;
    for (const kind of this.#stopping ? (['polls'] as const) : (['reads', 'writes', 'polls', 'charges'] as const)) {
      const due = Math.floor(seconds * this.rates[kind]);
      while (this.#issued[kind] < due) {
        const sequence = this.#issued[kind]++;
        this.#track(this.#operation(kind, sequence), kind === 'charges' ? this.#charges : undefined);
      }
    }
  }

  #track(work: Promise<unknown>, also?: Set<Promise<unknown>>): void {
    const running = work.catch(() => undefined).finally(() => {
      this.#inFlight.delete(running);
      also?.delete(running);
    });
    this.#inFlight.add(running);
    also?.add(running);
  }

  #store(sequence: number): SoakStore {
    return this.target.stores[sequence % this.target.stores.length]!;
  }

  async #operation(kind: keyof SoakRates, sequence: number): Promise<void> {
    const store = this.#store(sequence);
    if (kind === 'reads') {
      const paths = [
        '/v1/accounts',
        '/v1/integrations',
        `/v1/integrations/${store.integrationId}`,
        `/v1/tickets?accountId=${store.accountId}`,
        `/v1/events?integrationId=${store.integrationId}&limit=50`,
      ];
      const path = paths[Math.floor(sequence / this.target.stores.length) % paths.length]!;
      await this.#ponte('read', 'GET', path);
    } else if (kind === 'writes') {
      const which = Math.floor(sequence / this.target.stores.length) % 3;
      if (which === 0 || store.ticketIds.length === 0) {
        const opened = await this.#ponte('write', 'POST', '/v1/tickets', {
          accountId: store.accountId,
          kind: 'support',
          subject: `Soak ${++this.#sequence}: boleto não aparece no painel`,
          requester: { email: 'suporte@loja-soak.example' },
        });
        if (opened.status === 201) {
          store.ticketIds.push(String((opened.body as { id: string }).id));
          if (store.ticketIds.length > KEPT_TICKETS) store.ticketIds.shift();
        }
      } else if (which === 1) {
        const ticketId = store.ticketIds[sequence % store.ticketIds.length]!;
        await this.#ponte('write', 'POST', `/v1/tickets/${ticketId}/messages`, { body: `Conferido no painel da PagHiper (${sequence}).`, visibility: 'internal' });
      } else {
        await this.#ponte('write', 'PATCH', `/v1/accounts/${store.accountId}`, { contactName: `Financeiro ${sequence}` });
      }
    } else if (kind === 'polls') {
      await this.#ponte('poll', 'POST', `/v1/integrations/${store.integrationId}/sync`);
    } else {
      await this.#charge(store, sequence);
    }
  }

  /** A charge made as the store's system would, then paid in the sandbox, which calls Ponte back. */
  async #charge(store: SoakStore, sequence: number): Promise<void> {
    const started = performance.now();
    let transactionId: string;
    try {
      transactionId = await createPaghiperCharge(this.target.sandboxUrl, { apiKey: store.apiKey, orderId: `soak-${sequence}`, priceCents: 1_000 + (sequence % 9_000), notificationUrl: store.callbackUrl });
      this.observer.outcome({ kind: 'charge created (sandbox)', server: 'sandbox', status: 201, ms: performance.now() - started });
    } catch (error) {
      this.observer.outcome({ kind: 'charge created (sandbox)', server: 'sandbox', status: 0, ms: performance.now() - started });
      throw error;
    }
    this.created.push(transactionId);
    const notified = await waitFor(() => this.observer.createdNotifiedAt(transactionId) !== undefined, CREATED_WAIT_MS, 100).then(
      () => true,
      () => false,
    );
    if (notified) this.observer.createdLag(this.observer.createdNotifiedAt(transactionId)! - started);
    else this.createdNotNotified.push(transactionId);
    // The sandbox answers once its callback to Ponte is answered (or out of retries): its time is the callback's.
    const paying = performance.now();
    const response = await request(`${this.target.sandboxUrl}/_control/transactions/${transactionId}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paid' }),
      dispatcher: this.agent,
    });
    const answer = (await response.body.json()) as { delivery: { outcome: string; attempts: { status: number | null; error: string | null }[] } | null };
    const last = answer.delivery?.attempts.at(-1);
    this.observer.outcome({ kind: 'callback POST /hooks/{integrationId}/{token}', server: 'ponte', status: last?.status ?? 0, ms: performance.now() - paying });
    if (answer.delivery?.outcome === 'delivered') this.paid.set(transactionId, { transactionId, integrationId: store.integrationId, paidAt: performance.now() });
    else this.unacknowledgedCallbacks.push({ transactionId, status: last?.status ?? null, error: last?.error ?? 'no callback sent' });
  }

  async #ponte(kind: string, method: 'GET' | 'POST' | 'PATCH', path: string, body?: object): Promise<{ status: number; body: unknown }> {
    const route = path.split('?')[0]!.replace(/\/(acc|int|tkt)_[A-Za-z0-9]+/g, (_match, prefix: string) => `/{${prefix}}`);
    const started = performance.now();
    try {
      const response = await request(`${this.target.origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.target.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        dispatcher: this.agent,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      const text = await response.body.text();
      this.observer.outcome({ kind: `${kind} ${method} ${route}`, server: 'ponte', status: response.statusCode, ms: performance.now() - started });
      return { status: response.statusCode, body: text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text };
    } catch (error) {
      this.observer.outcome({ kind: `${kind} ${method} ${route}`, server: 'ponte', status: 0, ms: performance.now() - started });
      throw error;
    }
  }
}
