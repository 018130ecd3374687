import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Other shapes HugMe could answer in where providers.md documents no body or marks it [S]/[U], so a connector can be
 * tested against each over real HTTP. Independent implementations written from the same notes chose differently
 * (an organization wrapped in `data`, like HugMe's other answers), and a connector must take every plausible one.
 * The defaults are this sandbox's own choices (see app.ts).
 */
export const responseVariantsSchema = z.strictObject({
  /** `GET /companies/v1/companies/organization`: a bare array, `{data:[…]}`, or `{data:[…], meta:{page,total}}`. */
  organization: z.enum(['array', 'data', 'paged']).default('array'),
  /** The token answer: as documented, wrapped in `data`, `expires_in` as text, or without `expires_in` ([U]). */
  token: z.enum(['plain', 'data', 'text_expiry', 'no_expiry']).default('plain'),
  /** Refused client credentials: HugMe's envelope with 401, or OAuth2's `{error, error_description}` with 400 (RFC 6749 §5.2). */
  tokenRefusal: z.enum(['envelope', 'oauth']).default('envelope'),
  /** A successful write: the envelope, an empty 200, or a 200 in plain text ([U]: the provider's body is unknown). */
  writes: z.enum(['envelope', 'empty', 'text']).default('envelope'),
  /** A largest page below 50 ([S]) that larger `page[size]` values are silently cut to, instead of refused. */
  pageSizeCap: z.number().int().min(1).max(50).nullable().default(null),
});

export type ResponseVariants = z.infer<typeof responseVariantsSchema>;

export const DEFAULT_RESPONSE_VARIANTS: ResponseVariants = responseVariantsSchema.parse({});

const ORGANIZATION = '/api/companies/v1/companies/organization';
const TOKEN = '/api/auth/oauth/token';
const TICKETS = '/api/ticket/v1/tickets';
const WRITES = ['/api/ticket/v1/tickets/message/', '/api/ticket/v1/tickets/evaluation', '/api/ticket/v1/tickets/moderation'];

const pathOf = (request: FastifyRequest) => request.url.split('?')[0]!;
const isWrite = (request: FastifyRequest) => request.method === 'POST' && WRITES.some((prefix) => pathOf(request).startsWith(prefix));

/**
 * `GET/PUT/DELETE /_control/variants` (PUT merges, DELETE restores the defaults), and the hooks that reshape the
 * provider's answers after the routes made them in the default shape. It takes only the sandbox context's `variants`
 * (context.ts imports this file's type, so importing the context here would make a cycle).
 */
export function registerResponseVariants(app: FastifyInstance, ctx: { variants: ResponseVariants }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get('/_control/variants', async () => ctx.variants);
  routes.put('/_control/variants', { schema: { body: responseVariantsSchema.partial() } }, async (request) => {
    ctx.variants = { ...ctx.variants, ...stripUndefined(request.body) };
    return ctx.variants;
  });
  routes.delete('/_control/variants', async () => {
    ctx.variants = { ...DEFAULT_RESPONSE_VARIANTS };
    return ctx.variants;
  });

  app.addHook('preValidation', async (request) => {
    const cap = ctx.variants.pageSizeCap;
    if (cap === null || request.method !== 'GET' || pathOf(request) !== TICKETS) return;
    const query = request.query as Record<string, unknown>;
    const size = Number(query['page[size]'] ?? NaN);
    if (size > cap) query['page[size]'] = String(cap);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/_control')) return payload;
    const path = pathOf(request);
    if (path === TOKEN) return reshapeToken(ctx.variants, reply, payload);
    if (reply.statusCode !== 200) return payload;
    if (path === ORGANIZATION && request.method === 'GET') return reshapeOrganization(ctx.variants, payload);
    if (isWrite(request)) return reshapeWrite(ctx.variants, reply, payload);
    return payload;
  });
}

function reshapeOrganization(variants: ResponseVariants, payload: unknown): unknown {
  if (variants.organization === 'array' || typeof payload !== 'string') return payload;
  const companies = JSON.parse(payload) as unknown[];
  if (variants.organization === 'data') return JSON.stringify({ data: companies });
  return JSON.stringify({ data: companies, meta: { page: { number: 1, size: Math.max(companies.length, 1) }, total: companies.length } });
}

function reshapeToken(variants: ResponseVariants, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  if (reply.statusCode === 401 && variants.tokenRefusal === 'oauth') {
    const refused = JSON.parse(payload) as { message?: string };
    reply.code(400);
    return JSON.stringify({ error: 'invalid_client', error_description: refused.message ?? 'Client authentication failed' });
  }
  if (reply.statusCode !== 200 || variants.token === 'plain') return payload;
  const token = JSON.parse(payload) as Record<string, unknown>;
  if (variants.token === 'data') return JSON.stringify({ data: token });
  if (variants.token === 'text_expiry') return JSON.stringify({ ...token, expires_in: String(token.expires_in) });
  const { expires_in: _left, ...withoutExpiry } = token;
  return JSON.stringify(withoutExpiry);
}

function reshapeWrite(variants: ResponseVariants, reply: FastifyReply, payload: unknown): unknown {
  if (variants.writes === 'envelope') return payload;
  if (variants.writes === 'empty') {
    reply.removeHeader('content-type');
    return '';
  }
  reply.header('content-type', 'text/plain; charset=utf-8');
  return 'OK';
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
