import type { RecordedAnswer } from './recorded-answer-server.ts';

/** Answers every provider can give, written out byte for byte. */

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): RecordedAnswer => ({
  status,
  headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  body: JSON.stringify(value),
});

/** The first `keep` characters of the JSON: a body cut short (by a proxy buffer, a crashed serializer). */
export const truncatedJson = (value: unknown, keep = 40): RecordedAnswer => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value).slice(0, keep),
});

/** A 200 with JSON's content type and no body at all. */
export const emptyOk: RecordedAnswer = { status: 200, headers: { 'content-type': 'application/json' }, body: '' };

/** nginx's own page when the upstream is down, as a reverse proxy in front of the provider serves it. */
export const NGINX_502_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
export const nginx502: RecordedAnswer = { status: 502, headers: { 'content-type': 'text/html', server: 'nginx' }, body: NGINX_502_PAGE };

/** A load balancer's 503 with no body, telling when to come back. */
export const unavailable503: RecordedAnswer = { status: 503, headers: { 'retry-after': '120' }, body: '' };

/** A WAF or proxy page refusing the request before it reaches the provider. */
export const waf403: RecordedAnswer = {
  status: 403,
  headers: { 'content-type': 'text/html' },
  body: '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>',
};

export const tooManyRequests = (retryAfter?: string, body = ''): RecordedAnswer => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
  body,
});

/** The connection closes before any answer. */
export const dropped: RecordedAnswer = { status: 0, drop: true };

/** An answer that comes too late for the client's timeout. */
export const lateBy = (delayMs: number, answer: RecordedAnswer): RecordedAnswer => ({ ...answer, delayMs });
