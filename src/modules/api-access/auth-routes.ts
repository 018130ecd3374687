import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import type { AuthRouteLimits } from './auth-attempt-limits.ts';
import { apiAccessProblems } from './errors.ts';
import { ENVIRONMENTS } from './schema.ts';
import type { AccessTokensService, IssuedToken } from './tokens.ts';

// The token response follows OAuth 2.0's field names (RFC 6749 §5.1), which partners' HTTP clients already know.
const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('Seconds until the token expires: always 43200 (12 hours)'),
  expires_at: z.iso.datetime(),
  environment: z.enum(ENVIRONMENTS),
  user_id: z.string().nullable(),
  api_key_id: z.string().nullable(),
});

// Obviously fake secrets: an example must never look like a key or token someone could have leaked.
const tokenExample = {
  access_token: 'pat_EXEMPLO_nao_e_um_token_de_verdade_0000',
  token_type: 'Bearer',
  expires_in: 43200,
  expires_at: '2026-03-02T01:45:00.000Z',
  environment: 'sandbox',
  user_id: 'usr_3f8h1k5m9p2r6t0w4y7a',
  api_key_id: 'key_9d2f6h0k4m8p1r5t3v7x',
} as const;

const formatToken = (token: IssuedToken): z.infer<typeof tokenResponse> => ({
  access_token: token.accessToken,
  token_type: token.tokenType,
  expires_in: token.expiresIn,
  expires_at: token.expiresAt,
  environment: token.environment,
  user_id: token.userId,
  api_key_id: token.apiKeyId,
});

export function registerAuthRoutes(app: HttpServer, deps: { tokens: AccessTokensService; limits: AuthRouteLimits }): void {
  app.post(
    '/v1/auth/token',
    {
      config: { public: true, failedAttemptLimits: deps.limits.token },
      schema: {
        ...operation({
          id: 'exchangeApiKey',
          tag: 'auth',
          summary: 'Exchange an API key for a 12-hour access token',
          description:
            'Send the key, the user acting through it (needed when the key is linked to several) and, to guard against mix-ups, the environment you mean to call. Send the token as `Authorization: Bearer <access_token>` until it expires; then exchange the key again. Repeated refusals from one address or for one key are answered 429 for a while.',
        }),
        body: z
          .strictObject({
            apiKey: z.string().min(1).max(200).describe('pk_sandbox_… or pk_production_…'),
            user: z.string().min(1).max(320).optional().describe('Id (usr_…) or e-mail of the user acting through the key'),
            environment: z.enum(ENVIRONMENTS).optional(),
          })
          .meta({ examples: [{ apiKey: 'pk_sandbox_EXEMPLO_nao_e_uma_chave_de_verdade', user: 'marina.souza@transportesrioclaro.com.br', environment: 'sandbox' }] }),
        response: {
          200: tokenResponse.meta({ examples: [tokenExample] }),
          ...problemResponses(
            apiAccessProblems.user_required,
            apiAccessProblems.api_key_unknown,
            apiAccessProblems.api_key_revoked,
            apiAccessProblems.api_key_wrong_environment,
            apiAccessProblems.user_not_linked_to_key,
            accountProblems.user_not_found,
          ),
        },
      },
    },
    async (request) => formatToken(await deps.tokens.exchangeKey(request.body, request.callerHint)),
  );

  app.post(
    '/v1/auth/login',
    {
      config: { public: true, failedAttemptLimits: deps.limits.login },
      schema: {
        ...operation({
          id: 'logIn',
          tag: 'auth',
          summary: 'Exchange an e-mail and password for a 12-hour access token (console users)',
          description:
            'For people using the console and the customer portal. The token acts in the environment asked for (production by default). Repeated refusals from one address or for one e-mail are answered 429 for a while.',
        }),
        body: z
          .strictObject({
            email: z.email().max(320),
            password: z.string().min(1).max(200),
            environment: z.enum(ENVIRONMENTS).default('production'),
          })
          .meta({ examples: [{ email: 'marina.souza@transportesrioclaro.com.br', password: 'senha-de-exemplo-123', environment: 'production' }] }),
        response: {
          200: tokenResponse.meta({ examples: [{ ...tokenExample, environment: 'production', api_key_id: null }] }),
          ...problemResponses(accountProblems.invalid_credentials),
        },
      },
    },
    async (request) => {
      const { email, password, environment } = request.body;
      return formatToken(await deps.tokens.exchangePassword(email, password, environment));
    },
  );

  app.get(
    '/v1/auth/me',
    {
      schema: {
        ...operation({
          id: 'getCurrentPrincipal',
          tag: 'auth',
          summary: 'Who the access token acts as',
          description: 'The role, user, account and environment behind the token: what every other route checks. An operator key without users acts as admin, with no user.',
        }),
        response: {
          200: z
            .object({
              role: z.enum(['admin', 'agent', 'customer']),
              userId: z.string().nullable(),
              accountId: z.string().nullable(),
              apiKeyId: z.string().nullable(),
              environment: z.enum(ENVIRONMENTS),
            })
            .meta({
              examples: [{ role: 'customer', userId: 'usr_3f8h1k5m9p2r6t0w4y7a', accountId: 'acc_7k2m9q4x8c1v5b3n6z0p', apiKeyId: 'key_9d2f6h0k4m8p1r5t3v7x', environment: 'sandbox' }],
            }),
        },
      },
    },
    async (request) => requirePrincipal(request),
  );
}
