import { bodyOf, targetOf, type Draft, type Mutation } from './fuzz-request.ts';
import { longText } from './hostile-values.ts';

const always = () => true;

/** The draft's header lines as sent, minus those the raw request sets itself. */
function headerLines(draft: Draft): string[] {
  return Object.entries(draft.headers)
    .filter(([name]) => !['host', 'connection', 'content-length'].includes(name))
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => `${name}: ${one}`));
}

/**
 * A whole HTTP/1.1 request as bytes, with `Connection: close` so the answer ends with the connection. Header values
 * are written as latin1 (one byte per character), so a NUL or a DEL reaches the server as the byte itself.
 */
function rawRequest(startLine: string, lines: string[], body?: string | Buffer, host = true): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const head = [startLine, ...(host ? ['Host: 127.0.0.1'] : []), 'Connection: close', ...lines, ...(bytes ? [`Content-Length: ${bytes.length}`] : [])];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), bytes ?? Buffer.alloc(0)]);
}

function withExtraLines(draft: Draft, extra: string[]): Buffer {
  return rawRequest(`${draft.operation.method} ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), ...extra], bodyOf(draft));
}

// Requests Node's HTTP parser (llhttp) or its server refuses before Fastify routes them, by name for the report.
const BAD_SYNTAX: Record<string, (draft: Draft) => Buffer> = {
  'header-without-colon': (draft) => withExtraLines(draft, ['HeaderWithoutColon']),
  'space-in-header-name': (draft) => withExtraLines(draft, ['Bad Name: x']),
  'folded-header': (draft) => withExtraLines(draft, ['X-Fuzz: a', '  folded continuation']),
  'del-in-header': (draft) => withExtraLines(draft, ['X-Fuzz: del\u007fbyte']),
  'http-9.9': (draft) => rawRequest(`${draft.operation.method} ${targetOf(draft)} HTTP/9.9`, headerLines(draft)),
  'bad-method': (draft) => rawRequest(`G@T ${targetOf(draft)} HTTP/1.1`, headerLines(draft)),
  'nul-in-target': (draft) => rawRequest(`${draft.operation.method} ${targetOf(draft)}\u0000 HTTP/1.1`, headerLines(draft)),
  'space-in-target': (draft) => rawRequest(`${draft.operation.method} ${targetOf(draft)}/a b HTTP/1.1`, headerLines(draft)),
  'control-byte-in-target': (draft) => rawRequest(`${draft.operation.method} ${targetOf(draft)}\u00ff\u0001 HTTP/1.1`, headerLines(draft)),
  'chunked-and-length': (draft) => rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Transfer-Encoding: chunked', 'Content-Length: 5']),
  'bad-chunk-size': (draft) =>
    rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Transfer-Encoding: chunked', 'Content-Type: application/json'], 'zz\r\n{}\r\n0\r\n\r\n'),
  'length-not-a-number': (draft) => rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Content-Length: abc', 'Content-Type: application/json']),
  'two-lengths': (draft) =>
    rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Content-Length: 2', 'Content-Length: 3', 'Content-Type: application/json'], '{}'),
  'negative-length': (draft) => rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Content-Length: -1', 'Content-Type: application/json']),
  'unknown-transfer-encoding': (draft) => rawRequest(`POST ${targetOf(draft)} HTTP/1.1`, [...headerLines(draft), 'Transfer-Encoding: gzip, identity']),
  // HTTP/1.1 without Host: Node's server itself answers 400 (requireHostHeader), before Fastify sees the request.
  'no-host': (draft) => rawRequest(`${draft.operation.method} ${targetOf(draft)} HTTP/1.1`, headerLines(draft), undefined, false),
  'absolute-form': (draft) => rawRequest(`GET http://evil.example${targetOf(draft)} HTTP/1.1`, headerLines(draft)),
  'asterisk-form': (draft) => rawRequest('GET * HTTP/1.1', headerLines(draft)),
};

export const rawMutations: Record<string, Mutation> = {
  'raw.long-header': {
    weight: 1.5,
    applies: always,
    // One header of 20-80 KB: past Node's 16 KiB limit, so Node answers 431 before any route runs.
    apply: (draft, { random }) => {
      const name = random.pick(['x-fuzz', 'cookie', 'authorization', 'x-request-id', 'user-agent']);
      const value = name === 'authorization' ? `Bearer ${longText(random.int(20_000, 80_000), 'pat_')}` : longText(random.int(20_000, 80_000), 'h');
      draft.headers[name] = value;
      draft.raw = withExtraLines(draft, []);
    },
  },
  'raw.long-url': {
    weight: 0.7,
    applies: always,
    apply: (draft, { random }) => {
      const padding = longText(random.int(17_000, 40_000), random.pick(['p', '%00', 'a%2F']));
      draft.raw = rawRequest(`${draft.operation.method} ${targetOf(draft)}${draft.query.length > 0 ? '&' : '?'}pad=${padding}`, headerLines(draft), bodyOf(draft));
    },
  },
  'raw.many-headers': {
    weight: 0.5,
    applies: always,
    apply: (draft, { random }) => {
      const count = random.int(500, 2_500);
      draft.raw = withExtraLines(draft, Array.from({ length: count }, (_, i) => `X-Fuzz-${i}: ${random.word(30)}`));
    },
  },
  'raw.nul-header': {
    weight: 0.7,
    applies: always,
    // A NUL byte inside a header value (a valid token followed by NUL, or a request id): the parser refuses it.
    apply: (draft, { random }) => {
      const name = random.pick(['authorization', 'x-request-id', 'content-type', 'x-fuzz']);
      const current = draft.headers[name];
      draft.headers[name] = `${typeof current === 'string' ? current : 'fuzz'}\u0000${random.pick(['', 'tail'])}`;
      draft.raw = withExtraLines(draft, []);
    },
  },
  'raw.bad-syntax': {
    weight: 1.2,
    applies: always,
    apply: (draft, { random }) => {
      draft.variant = random.pick(Object.keys(BAD_SYNTAX));
      draft.raw = BAD_SYNTAX[draft.variant]!(draft);
    },
  },
};
