import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { syncProblems } from './errors.ts';
import type { CallbackInbox } from './callbacks.ts';

/**
 * `POST /hooks/{integrationId}/{token}`: a provider's callback. The body is taken raw, whatever its type (PagHiper
 * sends form-urlencoded), stored sealed, and answered as soon as it is committed (callbacks arriving together share
 * one transaction: see CallbackInbox); a job reads and confirms it afterwards.
 */
export function registerHookRoutes(app: HttpServer, deps: { callbacks: CallbackInbox }): void {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_request, body, done) => done(null, body));
    scope.post(
      '/hooks/:integrationId/:token',
      {
        schema: {
          ...operation({
            id: 'receiveProviderCallback',
            tag: 'callbacks',
            summary: 'A provider callback (the integration’s “URL de Callback”)',
            description:
              'Give this URL (the integration’s `callbackUrl`) to the provider. Whatever the provider posts is stored sealed and acknowledged at once; a job reads it afterwards and, for PagHiper, confirms it by calling PagHiper back, since its notification carries no signature. A delivery seen before answers `duplicate: true`. The token in the path is the credential: no Authorization header.',
          }),
          security: [],
          consumes: ['application/x-www-form-urlencoded', 'application/json'],
          params: z.object({ integrationId: z.string().max(64), token: z.string().max(128) }),
          // Taken as raw text whatever its type: the job parses it with the connector's rules.
          body: z
            .string()
            .optional()
            .meta({ examples: ['apiKey=apk_EXEMPLO_nao_e_uma_chave&transaction_id=HF97T5SH2ZQNLF6Z&notification_id=W6QM6MORZW4KUENC&notification_date=2026-03-02+09%3A04%3A55&idPlataforma=1'] }),
          response: {
            200: z.object({ received: z.literal(true), duplicate: z.boolean() }).meta({ examples: [{ received: true, duplicate: false }] }),
            ...problemResponses(syncProblems.callback_empty, syncProblems.callback_not_found),
          },
        },
      },
      async (request) => {
        const body = typeof request.body === 'string' ? request.body : '';
        const contentType = request.headers['content-type'] ?? 'application/octet-stream';
        const { duplicate } = await deps.callbacks.receive(request.params.integrationId, request.params.token, contentType, body);
        return { received: true as const, duplicate };
      },
    );
  });
}
