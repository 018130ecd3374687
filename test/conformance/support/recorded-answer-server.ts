import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

/** One answer, byte for byte: the body is raw text so truncated JSON and HTML error pages arrive exactly as written. */
export interface RecordedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Hold the answer this long (for timeout rows); the server drops it when the row ends. */
  delayMs?: number;
  /** Close the connection without answering at all. */
  drop?: boolean;
}

/** A request the row expects the connector to make, and the answer it gets. */
export interface Exchange {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path as the connector sends it (base path included), without the query. */
  path: string | RegExp;
  /** Query parameters the request must carry (others may be present too). */
  query?: Record<string, string>;
  /** Headers the request must carry (lower-case names); a RegExp is matched against the value. */
  headers?: Record<string, string | RegExp>;
  /** Fields the JSON (or form) body must carry, compared as a subset; `null` asserts an empty body. */
  body?: Record<string, unknown> | null;
  answer: RecordedAnswer;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  /** The body as JSON, or as form fields when it was form-urlencoded; null when empty or unreadable. */
  body: Record<string, unknown> | null;
}

function parseBody(contentType: string, text: string): Record<string, unknown> | null {
  if (text === '') return null;
  if (/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const pathMatches = (pattern: string | RegExp, path: string) => (typeof pattern === 'string' ? pattern === path : pattern.test(path));

/**
 * A minimal recorded-answer server on a free port: it serves a row's answers in order, one per request, and records
 * every request. A request that is not the next one scripted (another method or path, or one too many) gets a plain
 * 599 answer and is kept in `unexpected`, so the row fails naming it instead of the connector inventing a meaning.
 */
export class RecordedAnswerServer {
  readonly received: ReceivedRequest[] = [];
  readonly unexpected: string[] = [];
  #script: Exchange[] = [];
  #served = 0;
  /** Connections holding a late answer; kept-alive idle ones stay open, as between a connector's real calls. */
  readonly #holding = new Set<Socket>();
  readonly #server: Server = createServer((request, response) => void this.#handle(request, response));

  /** Listens on 127.0.0.1 and a free port; returns the origin, e.g. `http://127.0.0.1:40123`. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Starts a row: forgets what the last one received and drops any answer it left hanging. */
  play(script: Exchange[]): void {
    this.#dropHeldAnswers();
    this.#script = script;
    this.#served = 0;
    this.received.length = 0;
    this.unexpected.length = 0;
  }

  /** How many scripted answers were served. */
  get served(): number {
    return this.#served;
  }

  async close(): Promise<void> {
    this.#dropHeldAnswers();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #dropHeldAnswers(): void {
    for (const socket of this.#holding) socket.destroy();
    this.#holding.clear();
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://recorded.invalid');
    const bodyText = Buffer.concat(chunks).toString('utf8');
    const received: ReceivedRequest = {
      method: request.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      bodyText,
      body: parseBody(String(request.headers['content-type'] ?? ''), bodyText),
    };
    this.received.push(received);
    const next = this.#script[this.#served];
    if (!next || next.method !== received.method || !pathMatches(next.path, received.path)) {
      this.unexpected.push(`${received.method} ${received.path}${url.search}`);
      response.writeHead(599, { 'content-type': 'text/plain' }).end('conformance: no answer is scripted for this request');
      return;
    }
    this.#served += 1;
    const { answer } = next;
    if (answer.drop) {
      request.socket.destroy();
      return;
    }
    if (answer.delayMs) {
      this.#holding.add(request.socket);
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      this.#holding.delete(request.socket);
    }
    if (response.destroyed || request.socket.destroyed) return;
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? '');
  }
}
