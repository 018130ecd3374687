import net from 'node:net';
import { Pool } from 'undici';
import { chunkedBody } from './body-mutations.ts';
import type { FuzzRequest } from './fuzz-request.ts';

/** What came back for one request: an answer, or no answer and why. */
export type Outcome =
  | { kind: 'answer'; status: number; contentType: string; body: string }
  | { kind: 'no-answer'; error: string; hang: boolean };

export interface FuzzClientOptions {
  origin: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** A request with no answer within this bound counts as a hang. */
  timeoutMs: number;
}

const HANG_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'RAW_TIMEOUT']);

/** Sends the requests over keep-alive connections, `concurrency` at a time, and hands each outcome to `onOutcome`. */
export async function sendAll(
  requests: Iterator<FuzzRequest>,
  options: FuzzClientOptions,
  onOutcome: (request: FuzzRequest, outcome: Outcome, ms: number) => void,
): Promise<void> {
  const pool = new Pool(options.origin, {
    connections: options.concurrency,
    pipelining: 1,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connect: { timeout: options.timeoutMs },
  });
  const { hostname, port } = new URL(options.origin);
  const worker = async () => {
    for (let next = requests.next(); !next.done; next = requests.next()) {
      const request = next.value;
      const started = performance.now();
      const outcome = request.raw ? await sendRaw(hostname, Number(port), request.raw, options.timeoutMs) : await sendOne(pool, request);
      onOutcome(request, outcome, performance.now() - started);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    await pool.destroy();
  }
}

async function sendOne(pool: Pool, request: FuzzRequest): Promise<Outcome> {
  try {
    const response = await pool.request({
      path: request.target,
      method: request.method as 'GET',
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.chunked ? chunkedBody(request.body) : request.body } : {}),
    });
    const body = await response.body.text();
    const contentType = response.headers['content-type'];
    return { kind: 'answer', status: response.statusCode, contentType: Array.isArray(contentType) ? contentType.join(', ') : (contentType ?? ''), body };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERROR';
    return { kind: 'no-answer', error: `${code}: ${(error as Error).message}`, hang: HANG_CODES.has(code) };
  }
}

/**
 * Writes bytes as they are on a fresh connection and reads until the server closes it: the only way to send what
 * Node's HTTP parser refuses (and what undici refuses to send).
 */
function sendRaw(host: string, port: number, bytes: Buffer, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = net.connect({ host, port });
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const received = Buffer.concat(chunks);
      // A reset after the answer arrived still leaves the answer: only an empty read is no answer.
      if (received.length > 0) resolve(parseRawAnswer(received));
      else resolve({ kind: 'no-answer', error: error ? `${(error as { code?: string }).code ?? 'ERROR'}: ${error.message}` : 'closed without an answer', hang: false });
    };
    const timer = setTimeout(() => {
      if (chunks.length === 0) {
        settled = true;
        socket.destroy();
        resolve({ kind: 'no-answer', error: 'RAW_TIMEOUT: no answer', hang: true });
      } else finish();
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => finish(error));
    socket.on('close', () => finish());
    socket.write(bytes);
  });
}

function parseRawAnswer(received: Buffer): Outcome {
  const text = received.toString('latin1');
  const headEnd = text.indexOf('\r\n\r\n');
  const head = headEnd === -1 ? text : text.slice(0, headEnd);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  let body = headEnd === -1 ? Buffer.alloc(0) : received.subarray(Buffer.byteLength(text.slice(0, headEnd + 4), 'latin1'));
  if (headers.get('transfer-encoding')?.includes('chunked')) body = unchunk(body);
  if (status === 0) return { kind: 'no-answer', error: `not an HTTP answer: ${JSON.stringify(text.slice(0, 80))}`, hang: false };
  return { kind: 'answer', status, contentType: headers.get('content-type') ?? '', body: body.toString('utf8') };
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
