import type { FastifyInstance } from 'fastify';

/** One provider request the sandbox answered. */
export interface LoggedRequest {
  method: string;
  /** The path as sent, without the query string. */
  path: string;
  status: number;
  /** ISO 8601, from the wall clock (the sandbox's own clock may be frozen by a test). */
  at: string;
}

/** The log keeps the latest requests only, so a benchmark's hundreds of thousands of calls stay cheap. */
const LOG_LIMIT = 5_000;

/**
 * Counts the provider requests the sandbox answers (control routes are not counted), so tests and benchmarks can
 * tell how many calls a sync made, to which path, and when each retry came.
 */
export class RequestLog {
  total = 0;
  readonly byPath = new Map<string, number>();
  readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.total += 1;
    this.byPath.set(entry.path, (this.byPath.get(entry.path) ?? 0) + 1);
    this.entries.push(entry);
    if (this.entries.length > LOG_LIMIT) this.entries.splice(0, this.entries.length - LOG_LIMIT);
  }

  clear(): void {
    this.total = 0;
    this.byPath.clear();
    this.entries.length = 0;
  }

  view() {
    return { total: this.total, byPath: Object.fromEntries(this.byPath), log: this.entries };
  }
}

/** Records every answered provider request, faulted ones included (their status is the injected one). */
export function registerRequestLog(app: FastifyInstance, log: RequestLog): void {
  app.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (path.startsWith('/_control')) return;
    log.record({ method: request.method, path, status: reply.statusCode, at: new Date().toISOString() });
  });
}
