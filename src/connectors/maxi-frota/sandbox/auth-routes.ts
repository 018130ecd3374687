import type { FastifyPluginAsync } from 'fastify';
import type { MaxiFrotaAuth } from './auth.ts';
import { sendMaxiFrotaError } from './errors.ts';

/**
 * `POST /auth/token`, JSON only. Two forms [U, the sandbox's choice]:
 * - `{"chaveAutorizacao":"…"}` exchanges a customer's authorization key;
 * - `{"refresh_token":"…"}` renews the pair; an OAuth-style `"grant_type":"refresh_token"` may accompany it
 *   (any other `grant_type`, or one sent with a key, is refused).
 * Both answer 200 `{access_token, token_type:"Bearer", expires_in, refresh_token}`.
 */
export function maxiFrotaAuthRoutes(auth: MaxiFrotaAuth): FastifyPluginAsync {
  return async (app) => {
    app.post('/auth/token', async (request, reply) => {
      const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
      const { chaveAutorizacao, refresh_token: refreshToken, grant_type: grantType } = body;
      const hasKey = typeof chaveAutorizacao === 'string' && chaveAutorizacao.length > 0;
      const hasRefresh = typeof refreshToken === 'string' && refreshToken.length > 0;
      if (hasKey === hasRefresh) {
        return sendMaxiFrotaError(reply, 'REQUISICAO_INVALIDA', 'Informe chaveAutorizacao ou refresh_token (apenas um deles).');
      }
      if (grantType !== undefined && !(hasRefresh && grantType === 'refresh_token')) {
        return sendMaxiFrotaError(reply, 'REQUISICAO_INVALIDA', `grant_type não suportado: ${String(grantType)}.`);
      }
      const result = hasKey ? auth.exchangeKey(chaveAutorizacao as string) : auth.refresh(refreshToken as string);
      if (!result.ok) return sendMaxiFrotaError(reply, result.codigo);
      return reply.header('cache-control', 'no-store').send(result.tokens);
    });
  };
}
