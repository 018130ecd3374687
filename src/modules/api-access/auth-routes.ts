import { z } from 'zod';
import { requirePrincipal } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { AuthRouteLimits } from './auth-attempt-limits.ts';
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
        tags: ['auth'],
        summary: 'Exchange an API key for a 12-hour access token',
        description:
          'Send the key, the user acting through it (needed when the key is linked to several) and, to guard against mix-ups, the environment you mean to call. Problems: api_key_unknown, api_key_revoked, api_key_wrong_environment, user_required, user_not_linked_to_key.',
        body: z.strictObject({
          apiKey: z.string().min(1).max(200).describe('pk_sandbox_… or pk_production_…'),
          user: z.string().min(1).max(320).optional().describe('Id (usr_…) or e-mail of the user acting through the key'),
          environment: z.enum(ENVIRONMENTS).optional(),
        }),
        response: { 200: tokenResponse },
      },
    },
    async (request) => formatToken(await deps.tokens.exchangeKey(request.body, request.callerHint)),
  );

  app.post(
    '/v1/auth/login',
    {
      config: { public: true, failedAttemptLimits: deps.limits.login },
      schema: {
        tags: ['auth'],
        summary: 'Exchange an e-mail and password for a 12-hour access token (console users)',
        body: z.strictObject({
          email: z.email().max(320),
          password: z.string().min(1).max(200),
          environment: z.enum(ENVIRONMENTS).default('production'),
        }),
        response: { 200: tokenResponse },
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
        tags: ['auth'],
        summary: 'Who the access token acts as',
        security: [{ bearerAuth: [] }],
        response: {
          200: z.object({
            role: z.enum(['admin', 'agent', 'customer']),
            userId: z.string().nullable(),
            accountId: z.string().nullable(),
            apiKeyId: z.string().nullable(),
            environment: z.enum(ENVIRONMENTS),
          }),
        },
      },
    },
    async (request) => requirePrincipal(request),
  );
}
