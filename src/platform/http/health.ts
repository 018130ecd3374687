import { z } from 'zod';
import type { HttpServer } from './http-server.ts';
import type { Metrics } from './metrics.ts';
import { operation } from './openapi.ts';

export interface HealthChecks {
  database(): Promise<void>;
  queue(): Promise<void>;
}

const checkResult = z.enum(['ok', 'failing']);
const checkResults = z.record(z.string(), checkResult);

/** Liveness, readiness (database and queue reachable) and Prometheus metrics. */
export function registerHealthRoutes(app: HttpServer, checks: HealthChecks, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get(
    '/healthz',
    {
      schema: {
        ...operation({
          id: 'checkLiveness',
          tag: 'health',
          summary: 'The process is up',
          description: 'Liveness probe: answers 200 while the process serves HTTP, without touching the database. Restart the process when it stops answering.',
        }),
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }).meta({ examples: [{ status: 'ok' }] }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        ...operation({
          id: 'checkReadiness',
          tag: 'health',
          summary: 'The database and the queue answer',
          description: 'Readiness probe: 200 when the database and the job queue both answer, 503 naming the failing check otherwise. Send traffic only to ready processes.',
        }),
        security: [],
        response: {
          200: z
            .object({ status: z.literal('ready'), checks: checkResults })
            .meta({ examples: [{ status: 'ready', checks: { database: 'ok', queue: 'ok' } }] }),
          503: z
            .object({ status: z.literal('not_ready'), checks: checkResults })
            .describe('A dependency does not answer')
            .meta({ examples: [{ status: 'not_ready', checks: { database: 'ok', queue: 'failing' } }] }),
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
