import { setTimeout as sleep } from 'node:timers/promises';

export interface DeliveryAttempt {
  at: string;
  /** The receiver's HTTP status, or null when the request never got an answer. */
  status: number | null;
  error: string | null;
}

/** One callback PagHiper sent (or tried to send) to a merchant's notification_url. */
export interface Delivery {
  id: number;
  notificationId: string;
  transactionId: string;
  url: string;
  contentType: 'application/x-www-form-urlencoded';
  body: string;
  outcome: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
}

export interface NotifierOptions {
  /** Retries after the first failed attempt (PagHiper retries every 2 h for up to 2 days; the sandbox keeps it short). */
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  now: () => Date;
}

export interface Callback {
  notificationId: string;
  transactionId: string;
  url: string;
  form: Record<string, string>;
}

/**
 * Sends PagHiper's form-urlencoded callbacks, retrying a failed one (non-2xx or network error) a bounded number of
 * times, and keeps every delivery with its attempts for the control API.
 */
export class CallbackNotifier {
  readonly deliveries: Delivery[] = [];
  readonly #inFlight = new Set<Promise<Delivery>>();
  readonly #closing = new AbortController();
  readonly #options: NotifierOptions;

  constructor(options: NotifierOptions) {
    this.#options = options;
  }

  /** Starts a delivery; the promise settles once it is delivered or out of retries. */
  deliver(callback: Callback): Promise<Delivery> {
    const delivery: Delivery = {
      id: this.deliveries.length + 1,
      notificationId: callback.notificationId,
      transactionId: callback.transactionId,
      url: callback.url,
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams(callback.form).toString(),
      outcome: 'pending',
      attempts: [],
    };
    this.deliveries.push(delivery);
    const running = this.#run(delivery).finally(() => this.#inFlight.delete(running));
    this.#inFlight.add(running);
    return running;
  }

  /** Waits until every delivery started so far is delivered or out of retries. */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /** Abandons pending retries (the sandbox is closing). */
  close(): void {
    this.#closing.abort();
  }

  async #run(delivery: Delivery): Promise<Delivery> {
    for (let attempt = 0; attempt <= this.#options.retries; attempt++) {
      if (attempt > 0) {
        try {
          await sleep(this.#options.retryDelayMs, undefined, { signal: this.#closing.signal });
        } catch {
          break;
        }
      }
      const result = await this.#attempt(delivery);
      delivery.attempts.push(result);
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        delivery.outcome = 'delivered';
        return delivery;
      }
    }
    delivery.outcome = 'failed';
    return delivery;
  }

  async #attempt(delivery: Delivery): Promise<DeliveryAttempt> {
    const at = this.#options.now().toISOString();
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': delivery.contentType },
        body: delivery.body,
        signal: AbortSignal.any([AbortSignal.timeout(this.#options.timeoutMs), this.#closing.signal]),
      });
      await response.arrayBuffer().catch(() => undefined);
      return { at, status: response.status, error: null };
    } catch (error) {
      return { at, status: null, error: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
