import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpServer } from '../../platform/http/server.ts';
import type { CallbackInbox } from './callbacks.ts';

/**
 * `POST /hooks/{integrationId}/{token}`: a provider's callback. The body is taken raw, whatever its type (PagHiper
 * sends form-urlencoded), stored sealed, and answered at once; a job reads and confirms it afterwards.
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
          tags: ['callbacks'],
          summary: 'A provider callback (the integration’s “URL de Callback”)',
          params: z.object({ integrationId: z.string().max(64), token: z.string().max(128) }),
          response: { 200: z.object({ received: z.literal(true), duplicate: z.boolean() }) },
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
