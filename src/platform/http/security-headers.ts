import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { HttpServer } from './http-server.ts';

/**
 * The policy of every answer but the API reference page: JSON and problem+json are never meant to be rendered, so a
 * browser handed one (a stray link, a sniffed content type) may load, run and frame nothing.
 */
const API_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * What answers written before any hook runs (the router's and the HTTP parser's refusals) carry instead of helmet's
 * full set: the same policy for a body never meant to be rendered.
 */
export const BARE_ANSWER_HEADERS: Record<string, string> = {
  'content-security-policy': Object.entries(API_DIRECTIVES)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${sources.join(' ')}`)
    .join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * Swagger UI's top bar draws its logo as an inline SVG holding one <style> element (`.logo_small_svg__cls-2{…}`)
 * before swagger-ui's initializer swaps in its own logo. Allowing that one text by its hash keeps 'unsafe-inline'
 * out; an upgrade that changes it shows as a violation in test/api/docs-browser.test.ts.
 */
const SWAGGER_UI_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/**
 * The API reference page (@fastify/swagger-ui): its scripts and styles are files served from /docs/static (its
 * index page has no inline script or style: its `swaggerCSP` hash lists are empty), the description is fetched from
 * /docs/json, which redirects to /openapi.json on the same host, the logo is a data: URL. No 'unsafe-inline', nothing
 * from another host, never framed.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${SWAGGER_UI_LOGO_STYLE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The headers helmet sets with Ponte's options, worked out once: @fastify/helmet built helmet's middleware again for
 * every request (parsing the policy each time), an eighth of an authenticated request's main-thread time.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Not includeSubDomains: Ponte may live on one name of an operator's domain whose other hosts are not ours to pin.
    strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: false },
  })({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Security headers on every answer, errors included (set in `onRequest`, before anything can fail), and
 * `Cache-Control: no-store` on every /v1 answer: they carry tokens and account data no browser or proxy should keep.
 * The /docs page replaces the policy with DOCS_CONTENT_SECURITY_POLICY through swagger-ui's `staticCSP` option.
 */
export async function registerSecurityHeaders(app: HttpServer): Promise<void> {
  const headers = securityHeaders();
  const apiHeaders = { ...headers, 'cache-control': 'no-store' };
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(request.url.startsWith('/v1/') ? apiHeaders : headers);
  });
}
