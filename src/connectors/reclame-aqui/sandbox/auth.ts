import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HugmeSandboxContext } from './context.ts';
import { HugmeError } from './errors.ts';
import type { SandboxClient } from './store.ts';
import { hugmeDate } from './ticket-changes.ts';

const DAY = 86_400_000;

const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
  scope: z.string(),
  rate_limit: z.number(),
  license_start_at: z.string(),
  license_end_at: z.string(),
});

export const availabilitySchema = z.object({ success: z.literal(true), message: z.string() });

/** The client behind each authenticated request (set by the bearer hook). */
const requestClients = new WeakMap<FastifyRequest, SandboxClient>();

export function requestClient(request: FastifyRequest): SandboxClient {
  const client = requestClients.get(request);
  if (!client) throw new Error('Route registered outside the bearer-protected scope');
  return client;
}

/** `POST /api/auth/oauth/token` (client credentials over Basic auth, no body) and `GET /api/auth/availability`. */
export function registerAuthRoutes(app: FastifyInstance, ctx: HugmeSandboxContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/auth/availability', { schema: { response: { 200: availabilitySchema } } }, async () => ({
    success: true as const,
    message: 'API disponível',
  }));

  routes.post('/api/auth/oauth/token', { schema: { response: { 200: tokenResponseSchema } } }, async (request) => {
    const client = basicClient(ctx, request.headers.authorization);
    const now = ctx.now().getTime();
    countCall(ctx, client, now);
    const grantType = (request.query as Record<string, unknown>).grant_type;
    if (grantType !== 'client_credentials') {
      throw new HugmeError('unsupported_grant_type', grantType === undefined ? 'grant_type ausente' : `recebido ${String(grantType)}`);
    }
    const created = client.createdAt.getTime();
    return {
      access_token: ctx.store.issueToken(client.clientId, now, ctx.tokenTtlSeconds * 1000),
      token_type: 'Bearer' as const,
      expires_in: ctx.tokenTtlSeconds,
      scope: 'read write',
      rate_limit: ctx.rate.limit,
      license_start_at: hugmeDate(created - 180 * DAY),
      license_end_at: hugmeDate(created + 365 * DAY),
    };
  });
}

/**
 * Bearer auth and the per-client rate limit for every HugMe route but the token and the public availability check.
 * A scripted `expired_token` fault answers as for a token past its expiry.
 */
export function bearerAuth(ctx: HugmeSandboxContext): onRequestAsyncHookHandler {
  return async (request) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new HugmeError('missing_token');
    const token = ctx.store.tokens.get(match[1]!);
    if (!token) throw new HugmeError('invalid_token');
    const now = ctx.now().getTime();
    if (request.forceExpiredToken || token.expiresAt <= now) throw new HugmeError('expired_token');
    const client = ctx.store.clients.get(token.clientId);
    if (!client) throw new HugmeError('invalid_token');
    countCall(ctx, client, now);
    requestClients.set(request, client);
  };
}

/** Every call of an identified client counts, the token call included; over the limit it is refused with 429. */
function countCall(ctx: HugmeSandboxContext, client: SandboxClient, now: number): void {
  const verdict = ctx.rate.hit(client.clientId, now);
  if (verdict.allowed) return;
  throw new HugmeError('rate_limited', `${ctx.rate.limit} chamadas por minuto`, { 'retry-after': String(verdict.retryAfterSeconds) });
}

function basicClient(ctx: HugmeSandboxContext, header: string | undefined): SandboxClient {
  const refuse = () => new HugmeError('invalid_client', undefined, { 'www-authenticate': 'Basic realm="hugme"' });
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!match) throw refuse();
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw refuse();
  const client = ctx.store.clients.get(decoded.slice(0, colon));
  if (!client || !sameSecret(client.clientSecret, decoded.slice(colon + 1))) throw refuse();
  return client;
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
