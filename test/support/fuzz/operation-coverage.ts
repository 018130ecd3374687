import type { Outcome } from './fuzz-client.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { Operation } from './openapi-operations.ts';

// Answers given before any route is chosen: by Node's HTTP parser or Fastify's router, whatever the path was meant for.
const REFUSED_BEFORE_ROUTING = new Set(['route_not_found', 'uri_too_long', 'header_too_large']);

interface Reach {
  requests: number;
  /** Answers the operation's own route gave (its hooks, parsers, validation or handler). */
  reached: number;
  /** Of those, answers other than 401 and 404: the request got past authentication to a real resource. */
  beyondAuthAndNotFound: number;
}

/** How far the fuzz got into each operation of /openapi.json. */
export class OperationCoverage {
  readonly #reach = new Map<string, Reach>();

  constructor(operations: readonly Operation[]) {
    for (const operation of operations) this.#reach.set(keyOf(operation), { requests: 0, reached: 0, beyondAuthAndNotFound: 0 });
  }

  record(request: FuzzRequest, outcome: Outcome): void {
    const reach = this.#reach.get(keyOf(request));
    if (!reach) return;
    reach.requests++;
    if (request.raw || outcome.kind === 'no-answer') return;
    const code = outcome.status >= 400 ? /"code":"([^"]+)"/.exec(outcome.body.slice(0, 2_000))?.[1] : undefined;
    if (code && REFUSED_BEFORE_ROUTING.has(code)) return;
    reach.reached++;
    if (outcome.status !== 401 && outcome.status !== 404) reach.beyondAuthAndNotFound++;
  }

  get total(): number {
    return this.#reach.size;
  }

  /** Operations whose route never answered a request of the fuzz. */
  neverReached(): string[] {
    return [...this.#reach].filter(([, reach]) => reach.reached === 0).map(([key]) => key);
  }

  /** Operations that never answered anything but 401 or 404: the fuzz did not get into them. */
  onlyAuthOrNotFound(): string[] {
    return [...this.#reach].filter(([, reach]) => reach.beyondAuthAndNotFound === 0).map(([key]) => key);
  }

  /** Operations answered beyond 401 and 404 at least once. */
  get covered(): number {
    return this.total - this.onlyAuthOrNotFound().length;
  }
}

const keyOf = (operation: { method: string; route: string }) => `${operation.method} ${operation.route}`;
