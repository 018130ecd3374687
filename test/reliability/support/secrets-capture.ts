import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createLogger, type Logger } from '../../../src/platform/logging/logger.ts';
import type { ScannedItem } from './secrets-scanner.ts';

/**
 * What the secrets scan reads: Ponte's log lines at trace level (its real logger, redaction included), every answer
 * its HTTP server writes, every request it makes to a provider, and its whole database as text.
 */

/** Ponte's own logger (same redaction, same serializers) at trace level, writing into memory. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: 'trace', destination: { write: (line: string) => void lines.push(line) } }), lines };
}

export interface RecordedAnswer {
  method: string;
  url: string;
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/**
 * Records every answer the server writes, whoever asked (the test, a sandbox's callback, the operator API's
 * introspection): the status, the headers as sent and the body bytes. Installed before Fastify's own handler.
 */
export function recordAnswers(server: Server): RecordedAnswer[] {
  const answers: RecordedAnswer[] = [];
  server.prependListener('request', (request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    };
    // Fastify hands its headers to writeHead, where getHeaders() never sees them: they are kept from there.
    const headed: Record<string, unknown> = {};
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      const given = rest.find((arg) => arg !== null && typeof arg === 'object');
      if (given) Object.assign(headed, Array.isArray(given) ? { raw: given } : given);
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    response.on('finish', () => {
      answers.push({
        method: request.method ?? '?',
        url: request.url ?? '?',
        status: response.statusCode,
        headers: { ...(response.getHeaders() as Record<string, unknown>), ...headed },
        body: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
  return answers;
}

/** The label an answer is scanned and allowed under: `POST /v1/api-keys → 201` (the path without its query). */
export const answerLabel = (answer: RecordedAnswer) => `${answer.method} ${answer.url.split('?')[0]} → ${answer.status}`;

export function answerItems(answers: RecordedAnswer[]): ScannedItem[] {
  return answers.flatMap((answer) => [
    { source: 'answer' as const, label: `${answerLabel(answer)} headers`, text: JSON.stringify(answer.headers) },
    { source: 'answer' as const, label: `${answerLabel(answer)} body`, text: answer.body },
  ]);
}

export interface ProviderExchange {
  provider: string;
  method: string;
  url: string;
  requestHeaders: IncomingHttpHeaders;
  requestBody: string;
  status: number;
  responseBody: string;
}

export interface RecordingProxy {
  url: string;
  exchanges: ProviderExchange[];
  close(): Promise<void>;
}

/**
 * Stands between Ponte and one provider sandbox: forwards every request as it came and keeps both sides, so the scan
 * reads what Ponte sent each provider (and the test learns the tokens providers issue).
 */
export async function startRecordingProxy(provider: string, target: string): Promise<RecordingProxy> {
  const exchanges: ProviderExchange[] = [];
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const requestChunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => requestChunks.push(chunk));
    incoming.on('end', () => {
      const requestBody = Buffer.concat(requestChunks);
      const forwarded = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
        (answer) => {
          const responseChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => responseChunks.push(chunk));
          answer.on('end', () => {
            const responseBody = Buffer.concat(responseChunks);
            exchanges.push({
              provider,
              method: incoming.method ?? '?',
              url: incoming.url ?? '?',
              requestHeaders: incoming.headers,
              requestBody: requestBody.toString('utf8'),
              status: answer.statusCode ?? 0,
              responseBody: responseBody.toString('utf8'),
            });
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            outgoing.end(responseBody);
          });
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      forwarded.end(requestBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/$/, '')}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One item per provider request: its line, headers and body (the provider's answer is its own, and not scanned). */
export function providerRequestItems(exchanges: ProviderExchange[]): ScannedItem[] {
  return exchanges.map((exchange) => ({
    source: 'provider-request' as const,
    label: `${exchange.provider}: ${exchange.method} ${exchange.url.split('?')[0]}`,
    text: `${exchange.method} ${exchange.url}\n${JSON.stringify(exchange.requestHeaders)}\n\n${exchange.requestBody}`,
  }));
}

/**
 * Moves pg-boss's finished jobs into its archive now, with pg-boss's own statement, as its maintenance does once
 * `archiveCompletedAfterSeconds` (12 hours) has passed: the archive is read with job data in it, not empty.
 */
export async function archiveFinishedJobs(pool: Pool): Promise<number> {
  const columns =
    'id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter, policy, output';
  const moved = await pool.query(
    `with archived_rows as (delete from pgboss.job where state in ('completed', 'cancelled', 'failed') returning *)
     insert into pgboss.archive (${columns}) select ${columns} from archived_rows on conflict do nothing`,
  );
  return moved.rowCount ?? 0;
}

/** Every table of every schema (pg-boss's jobs and archive included), each row as PostgreSQL writes it as text. */
export async function dumpDatabase(pool: Pool): Promise<ScannedItem[]> {
  // Partitioned tables are read whole through their parent (pg-boss's jobs are partitioned by queue).
  const tables = await pool.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
      order by 1, 2`,
  );
  const items: ScannedItem[] = [];
  for (const { schema, name } of tables.rows) {
    const rows = await pool.query<{ text: string }>(`select t::text as text from "${schema}"."${name}" t`);
    items.push({ source: 'database', label: `${schema}.${name}`, text: rows.rows.map((row) => row.text).join('\n') });
  }
  return items;
}
