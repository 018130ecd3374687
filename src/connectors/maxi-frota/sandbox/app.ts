import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { registerFaultInjection } from '../../sandbox-kit/faults.ts';
import { MaxiFrotaAuth } from './auth.ts';
import { maxiFrotaAuthRoutes } from './auth-routes.ts';
import { maxiFrotaControlRoutes } from './control-routes.ts';
import { sendMaxiFrotaError } from './errors.ts';
import { maxiFrotaFuelingsRoutes } from './fuelings-route.ts';
import { MaxiFrotaStore } from './store.ts';

export interface MaxiFrotaSandboxOptions {
  /** Seeds the customers' ids, fleets and fuelings, and the fault injector. */
  seed?: number;
  /** The sandbox's clock: key and token expiry, history, "today" and visible fuelings all follow it. */
  now?: () => Date;
  /** Generated fuelings per customer per day (default 8). */
  transactionsPerDay?: number;
  /** Days of history before the day a customer is created (default 120). */
  historyDays?: number;
  /** Access token lifetime (default 3600). */
  accessTokenTtlSeconds?: number;
  logger?: boolean;
}

/**
 * A local Maxi Frota, serving exactly the minimal API proposed in providers.md §4 [U]: `POST /auth/token` and
 * `GET /v1/abastecimentos`, plus the `/_control` routes (customers, authorization keys, fuelings, token expiry,
 * faults). Built, not listening.
 */
export async function buildMaxiFrotaSandbox(options: MaxiFrotaSandboxOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false });
  registerFaultInjection(app, { seed });
  const store = new MaxiFrotaStore({
    seed,
    now,
    transactionsPerDay: options.transactionsPerDay ?? 8,
    historyDays: options.historyDays ?? 120,
  });
  const auth = new MaxiFrotaAuth({ now, accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600 });

  await app.register(async (provider) => {
    // Bodies that fail to parse (not JSON, wrong content type) are answered in Maxi Frota's error shape.
    provider.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode !== undefined && error.statusCode < 500) {
        return sendMaxiFrotaError(reply, 'REQUISICAO_INVALIDA', 'Corpo da requisição inválido: envie JSON.', error.statusCode);
      }
      request.log.error({ err: error }, 'maxi frota sandbox failure');
      return sendMaxiFrotaError(reply, 'ERRO_INTERNO');
    });
    await provider.register(maxiFrotaAuthRoutes(auth));
    await provider.register(maxiFrotaFuelingsRoutes(auth, store));
  });
  await app.register(maxiFrotaControlRoutes(store, auth, now));
  return app;
}
