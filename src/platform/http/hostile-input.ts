import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemBody, sendProblem } from './problem-response.ts';
import { Problem, platformProblems } from './problems.ts';
import { BARE_ANSWER_HEADERS } from './security-headers.ts';

// A NUL byte in a path or a query, as the client must send it; a raw NUL never passes Node's HTTP parser.
const ENCODED_NUL = /%00/;
const NUL_MESSAGE = 'must not contain a NUL character (%00, \\u0000)';

const nulProblem = (field: string) =>
  new Problem(platformProblems.validation_failed, `${field}: ${NUL_MESSAGE}`, { field, errors: [{ field, message: NUL_MESSAGE }] });

/** Where a URL carries a NUL, named as a problem's field: `path` or `query.<name>`; undefined when it has none. */
function nulFieldOfUrl(url: string): string | undefined {
  const at = url.search(ENCODED_NUL);
  if (at < 0 && !url.includes('\0')) return undefined;
  const queryStart = url.indexOf('?');
  if (queryStart < 0 || (at >= 0 && at < queryStart)) return 'path';
  for (const [name, value] of new URLSearchParams(url.slice(queryStart + 1))) {
    if (name.includes('\0') || value.includes('\0')) {
      const readable = name.replaceAll('\0', '');
      return readable ? `query.${readable}` : 'query';
    }
  }
  return 'query';
}

/** The first place a parsed JSON body holds a NUL (in a key or a string), as `body.a.0.b`; iterative, for deep bodies. */
function nulFieldOfJson(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, 'body']];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\0')) return path;
    } else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes('\0')) return `${path}.${key.replaceAll('\0', '')}`;
        pending.push([inner, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

/** How deep a JSON body may nest: no request of Ponte's needs a tenth of it, and depth costs every reader a stack. */
const MAX_JSON_DEPTH = 64;

/** Where a parsed JSON body first nests deeper than MAX_JSON_DEPTH, as `body.a.0`; iterative, like nulFieldOfJson. */
function tooDeepFieldOfJson(value: unknown): string | undefined {
  const pending: [unknown, string, number][] = [[value, 'body', 0]];
  while (pending.length > 0) {
    const [item, path, depth] = pending.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return path;
    for (const [key, inner] of Object.entries(item)) pending.push([inner, `${path}.${key}`, depth + 1]);
  }
  return undefined;
}

/**
 * Text from outside never reaches a query with a NUL in it (PostgreSQL refuses NUL in text and jsonb): a path, a
 * query or a JSON body that carries one is refused as a validation problem naming the field, before any handler runs.
 * A JSON body nested deeper than MAX_JSON_DEPTH is refused the same way, and a request without the Host header
 * HTTP/1.1 requires too.
 */
export function refuseHostileInput(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const field = nulFieldOfUrl(request.url);
    if (field) throw nulProblem(field);
    // HTTP/1.1 requires a Host header (RFC 9112 §3.2); Node's own check answers with an empty body, so it is off
    // (see server.ts) and done here instead.
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      throw new Problem(platformProblems.bad_request, 'An HTTP/1.1 request must carry a Host header', { field: 'header.host' });
    }
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, parsed?: unknown) => {
      if (error) return done(error as FastifyError, undefined);
      // Only a body that spells \u0000 can hold a NUL once parsed (a raw one is not valid JSON).
      const field = (body as string).includes('\\u0000') ? nulFieldOfJson(parsed) : undefined;
      if (field) return done(nulProblem(field) as unknown as FastifyError, undefined);
      // Nesting deeper than the bound takes at least two characters a level: shorter bodies need no walk.
      const tooDeep = (body as string).length > 2 * MAX_JSON_DEPTH ? tooDeepFieldOfJson(parsed) : undefined;
      if (tooDeep) {
        const message = `is nested deeper than ${MAX_JSON_DEPTH} levels`;
        const problem = new Problem(platformProblems.validation_failed, `${tooDeep}: ${message}`, { field: tooDeep, errors: [{ field: tooDeep, message }] });
        return done(problem as unknown as FastifyError, undefined);
      }
      done(null, parsed);
    });
  });
}

/** Errors Fastify's router meets before any route or hook runs (a bad percent-encoding, a path parameter too long). */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new Problem(platformProblems.uri_too_long, 'A path segment is longer than any Ponte identifier', { field: 'path' })
      : new Problem(platformProblems.bad_request, 'The URL is not validly percent-encoded', { field: 'path' });
  return sendProblem(request, reply.headers(BARE_ANSWER_HEADERS), problem);
}

// Node counts the request line within its header bound: a request line past this, or unfinished, is a long URL.
const LONGEST_REQUEST_LINE = 8 * 1024;

/** Whether Node's header overflow came from the URL: the packet it stopped in starts a request whose line never ends. */
function requestLineTooLong(error: NodeJS.ErrnoException): boolean {
  const packet = (error as { rawPacket?: Buffer }).rawPacket;
  if (!packet || !/^[A-Z]+ \//.test(packet.subarray(0, 16).toString('latin1'))) return false;
  const lineEnd = packet.indexOf('\r\n');
  return lineEnd < 0 || lineEnd > LONGEST_REQUEST_LINE;
}

/**
 * Requests Node's HTTP parser refuses (headers too large, bad syntax, a client too slow) get problem+json like every
 * other error, written straight to the socket since no request object exists.
 */
export function clientErrorProblem(error: NodeJS.ErrnoException, socket: Socket, publicUrl: string): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW' && requestLineTooLong(error)
      ? new Problem(platformProblems.uri_too_long, 'The URL is longer than the server accepts (at most 8 KB with its query)', { field: 'path' })
      : error.code === 'HPE_HEADER_OVERFLOW'
      ? new Problem(platformProblems.header_too_large, 'The request headers are larger than the server accepts', { field: 'header' })
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new Problem(platformProblems.request_timeout)
        : new Problem(platformProblems.bad_request, 'The request is not valid HTTP');
  const body = JSON.stringify(problemBody(problem, randomUUID(), publicUrl));
  const status = problem.type.status;
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        Object.entries(BARE_ANSWER_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('') +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
