import formbody from '@fastify/formbody';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import type { FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { apiAccessProblems } from './errors.ts';
import type { GatewayAuthenticator } from './gateway.ts';
import type { GatewayRequestLog } from './gateway-log.ts';
import type { TokenIntrospection } from './introspection.ts';
import { ENVIRONMENTS } from './schema.ts';

const MAX_BATCH_ROWS = 1000;

const BASIC_AUTH =
  'The gateway authenticates with HTTP Basic (RFC 7662 §2.1): `client_id` is its gateway key’s id (`key_…`), `client_secret` the gateway key itself, made by an admin at POST /v1/api-keys with `purpose: "gateway"` and the partner API’s id. A wrong or missing credential is answered 401 `gateway_unauthenticated` with `WWW-Authenticate: Basic`; repeated refusals from one address, or for one gateway key from addresses it never signed in from, are answered 429 for a while. A gateway key works on these two routes only.';

const introspectionAnswer = z
  .object({
    active: z.boolean(),
    token_type: z.literal('Bearer').optional(),
    client_id: z.string().optional().describe('The API key the token was exchanged from'),
    sub: z.string().optional().describe('The user acting through the key; absent for an operator key'),
    username: z.string().optional().describe('That user’s e-mail'),
    iat: z.number().int().optional(),
    exp: z.number().int().optional().describe('Seconds since the epoch: 12 hours after iat'),
    jti: z.string().optional().describe('The token’s id: log it as tokenId'),
    aud: z.string().optional().describe('The partner API’s slug'),
    environment: z.enum(ENVIRONMENTS).optional(),
  })
  .meta({
    examples: [
      {
        active: true,
        token_type: 'Bearer',
        client_id: 'key_9d2f6h0k4m8p1r5t3v7x',
        sub: 'usr_3f8h1k5m9p2r6t0w4y7a',
        username: 'marina.souza@transportesrioclaro.com.br',
        iat: 1772419500,
        exp: 1772462700,
        jti: 'tok_4c8g2k6o0s4w8a2e6i0m',
        aud: 'credito',
        environment: 'sandbox',
      },
      { active: false },
    ],
  });

const loggedRequest = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  requestId: z.string().min(1).max(200),
  apiKeyId: z.string().max(100).nullish().describe('The introspection’s client_id'),
  tokenId: z.string().max(100).nullish().describe('The introspection’s jti'),
  userId: z.string().max(100).nullish().describe('The introspection’s sub'),
  environment: z.enum(ENVIRONMENTS).nullish().describe('The environment the request was for'),
  method: z.string().min(1).max(16),
  route: z.string().min(1).max(500).describe('Route pattern, with its version: /v2/proposals, /v1/contracts/:id'),
  path: z.string().min(1).max(2000),
  status: z.number().int().min(100).max(599),
  latencyMs: z.number().int().min(0).max(86_400_000),
  problemCode: z.string().max(100).nullish(),
  errorMessage: z.string().max(10_000).nullish().describe('What the caller was answered; stored redacted and cut to 1000 characters'),
  payload: z.unknown().optional().describe('For failures: what the caller sent. Secrets are redacted on the way in; past 16 KiB only a preview is kept'),
});

/** The two routes of a partner API's gateway: token introspection and its request log. */
export function registerGatewayRoutes(
  app: HttpServer,
  deps: { gateways: GatewayAuthenticator; introspection: TokenIntrospection; gatewayLog: GatewayRequestLog; limits: FailedAttemptLimit[] },
): void {
  void app.register(async (plain) => {
    // RFC 7662 sends the token form-encoded; only this route parses such bodies. JSON works too.
    await plain.register(formbody, { bodyLimit: 16 * 1024 });
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.post(
      '/v1/auth/introspect',
      {
        config: { public: true, failedAttemptLimits: deps.limits },
        schema: {
          ...operation({
            id: 'introspectToken',
            tag: 'auth',
            summary: 'Token introspection for a partner API’s gateway (RFC 7662)',
            description: `Is this bearer token good for the gateway’s partner API right now, and whose is it? Send \`token\` (and optionally \`token_type_hint=access_token\`) form-encoded or as JSON. An unknown, expired or purged token, one whose key was revoked, or a token for another API (Ponte’s own included) is just \`{"active": false}\`. ${BASIC_AUTH}`,
          }),
          body: z.object({ token: z.string().min(1).max(500), token_type_hint: z.string().max(100).optional() }).meta({ examples: [{ token: 'pat_EXEMPLO_nao_e_um_token_de_verdade_0000', token_type_hint: 'access_token' }] }),
          response: { 200: introspectionAnswer, ...problemResponses(apiAccessProblems.gateway_unauthenticated) },
        },
      },
      async (request, reply) => {
        const gateway = await deps.gateways.authenticate(request.headers.authorization, reply);
        request.callerHint = { ...request.callerHint, apiKeyId: gateway.id };
        // RFC 7662 §2.2: the answer varies with the token and must not be cached by intermediaries.
        reply.header('cache-control', 'no-store');
        return deps.introspection.introspect(gateway, request.body.token);
      },
    );
  });

  app.post(
    '/v1/api-requests/batch',
    {
      config: { public: true, failedAttemptLimits: deps.limits },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        ...operation({
          id: 'appendGatewayRequestLog',
          tag: 'request-log',
          summary: 'A partner API gateway’s request log, in batches',
          description: `Up to ${MAX_BATCH_ROWS} requests the gateway served, with the same fields as Ponte’s own log, so the support desk diagnoses them alike. A batch is all or nothing: an invalid row, or one naming a key or token that is not of the gateway’s partner API, refuses it whole with a problem naming \`body.requests.<i>.<field>\`. Rows already stored (same request id and time) are skipped: send a batch again when its answer was lost. ${BASIC_AUTH}`,
        }),
        body: z.strictObject({ requests: z.array(loggedRequest).max(MAX_BATCH_ROWS) }).meta({
          examples: [
            {
              requests: [
                {
                  at: '2026-03-02T09:12:31.482Z',
                  requestId: '5b0e7c1e-8d3a-4f57-9a43-2f0c6a1d9e10',
                  apiKeyId: 'key_9d2f6h0k4m8p1r5t3v7x',
                  tokenId: 'tok_4c8g2k6o0s4w8a2e6i0m',
                  userId: 'usr_3f8h1k5m9p2r6t0w4y7a',
                  environment: 'sandbox',
                  method: 'POST',
                  route: '/v2/proposals',
                  path: '/v2/proposals',
                  status: 422,
                  latencyMs: 87,
                  problemCode: 'proposal_invalid',
                  errorMessage: 'body.amount: must be a positive number',
                  payload: { query: {}, body: { amount: -10 } },
                },
              ],
            },
          ],
        }),
        response: {
          200: z.object({ received: z.number().int(), stored: z.number().int().describe('Rows new to Ponte; the others were already stored') }).meta({ examples: [{ received: 1, stored: 1 }] }),
          ...problemResponses(apiAccessProblems.gateway_unauthenticated, apiAccessProblems.request_log_row_refused),
        },
      },
    },
    async (request, reply) => {
      const gateway = await deps.gateways.authenticate(request.headers.authorization, reply);
      request.callerHint = { ...request.callerHint, apiKeyId: gateway.id };
      const rows = request.body.requests.map((row) => ({ ...row, at: new Date(row.at) }));
      return deps.gatewayLog.append(gateway, rows);
    },
  );
}
