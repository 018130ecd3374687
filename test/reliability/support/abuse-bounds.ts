import { connect } from 'node:net';

/** One oversized or overbuilt request, sent over a real socket (only a socket meets Node's HTTP parser's bounds). */
export interface BoundProbe {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The status the bound is answered with, and the problem's code. */
  status: number;
  code: string;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes the request by hand and reads until the server closes or the answer's length is in: a client library would
 * refuse to send some of these (a 40 KB header) or rewrite them.
 */
export function sendRaw(port: number, probe: Pick<BoundProbe, 'method' | 'path' | 'headers' | 'body'>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const body = probe.body ?? '';
    const headers = { host: `127.0.0.1:${port}`, connection: 'close', ...(probe.body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...probe.headers };
    socket.on('connect', () => {
      socket.write(`${probe.method} ${probe.path} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`);
      // The server may answer and close before the whole body is read (413): what it wrote is still the answer.
      socket.write(body, () => undefined);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (chunks.length > 0 && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return;
      reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no answer to ${probe.method} ${probe.path.slice(0, 80)}`));
      const [statusLine, ...headerLines] = text.slice(0, split).split('\r\n');
      const answerHeaders = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      let answerBody = text.slice(split + 4);
      // Chunked answers (Fastify's for streams): joined back into one body.
      if (answerHeaders['transfer-encoding'] === 'chunked') {
        const parts: string[] = [];
        let rest = answerBody;
        for (;;) {
          const lineEnd = rest.indexOf('\r\n');
          const size = parseInt(rest.slice(0, lineEnd), 16);
          if (!size) break;
          parts.push(rest.slice(lineEnd + 2, lineEnd + 2 + size));
          rest = rest.slice(lineEnd + 2 + size + 2);
        }
        answerBody = parts.join('');
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers: answerHeaders, body: answerBody });
    });
  });
}

/** `depth` arrays inside one another around a value: JSON that no schema of Ponte's asks for. */
export const nestedJson = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** A multipart/form-data body of `parts` fields. */
export function multipart(parts: number): { contentType: string; body: string } {
  const boundary = 'ponte-abuse-boundary';
  const body = Array.from({ length: parts }, (_, n) => `--${boundary}\r\ncontent-disposition: form-data; name="field${n}"\r\n\r\nvalue ${n}\r\n`).join('') + `--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}
