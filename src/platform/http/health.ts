import { z } from 'zod';
import type { HttpServer } from './server.ts';
import type { Metrics } from './metrics.ts';

export interface HealthChecks {
  database(): Promise<void>;
  queue(): Promise<void>;
}

const checkResult = z.enum(['ok', 'failing']);

/** Liveness, readiness (database and queue reachable) and Prometheus metrics. */
export function registerHealthRoutes(app: HttpServer, checks: HealthChecks, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database and the queue answer',
        response: {
          200: z.object({ status: z.literal('ready'), checks: z.record(z.string(), checkResult) }),
          503: z.object({ status: z.literal('not_ready'), checks: z.record(z.string(), checkResult) }),
        },
      },
    },
    async (request, reply) => {
      const results = await Promise.all(
        Object.entries(checks).map(async ([name, check]: [string, () => Promise<void>]) => {
          try {
            await check();
            return [name, 'ok'] as const;
          } catch (error) {
            request.log.warn({ err: error, check: name }, 'readiness check failed');
            return [name, 'failing'] as const;
          }
        }),
      );
      const ready = results.every(([, result]) => result === 'ok');
      const body = { checks: Object.fromEntries(results) };
      return ready ? { status: 'ready' as const, ...body } : reply.status(503).send({ status: 'not_ready' as const, ...body });
    },
  );

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
