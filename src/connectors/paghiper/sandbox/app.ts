import Fastify, { type FastifyInstance } from 'fastify';
import { registerFaultInjection } from '../../sandbox-kit/faults.ts';
import { SeededPicker } from '../../sandbox-kit/random.ts';
import { controlRoutes } from './control-routes.ts';
import { CallbackNotifier } from './notifier.ts';
import { panelRoutes } from './panel-routes.ts';
import { providerRoutes } from './provider-routes.ts';
import { registerRequestLog, RequestLog } from './request-log.ts';
import type { SandboxState } from './sandbox-state.ts';
import { ChargeStore } from './store.ts';

export interface PaghiperSandboxOptions {
  /** Default 1; generated data, ids and random faults are deterministic per seed. */
  seed?: number;
  /** Injectable clock, default () => new Date(). */
  now?: () => Date;
  /** Volume of generated history per merchant, default 5. */
  chargesPerDay?: number;
  /** How far back generated charges go, default 120 (beyond the 90-day default list window, so backfills have work). */
  historyDays?: number;
  /** Default false. */
  logger?: boolean;
  /** Retries after a failed callback delivery, default 2. */
  notificationRetries?: number;
  /** Pause between callback attempts, default 200 ms (PagHiper waits 2 h). */
  notificationRetryDelayMs?: number;
  /** How long one callback attempt may take, default 5 s. */
  notificationTimeoutMs?: number;
}

/**
 * A local PagHiper (boleto on /transaction/*, PIX on /invoice/*) with fault injection and a control API. Built, not
 * listening: call listen() or inject().
 */
export async function buildPaghiperSandbox(options: PaghiperSandboxOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const state: SandboxState = {
    store: new ChargeStore(),
    now,
    picker: new SeededPicker(seed ^ 0x5eed_c0de),
    notifier: new CallbackNotifier({
      retries: options.notificationRetries ?? 2,
      retryDelayMs: options.notificationRetryDelayMs ?? 200,
      timeoutMs: options.notificationTimeoutMs ?? 5_000,
      now,
    }),
    seed,
    chargesPerDay: options.chargesPerDay ?? 5,
    historyDays: options.historyDays ?? 120,
    requests: new RequestLog(),
  };

  const app = Fastify({ logger: options.logger ?? false });
  app.addHook('onClose', async () => state.notifier.close());
  registerFaultInjection(app, { seed });
  registerRequestLog(app, state.requests);
  await app.register(providerRoutes, { state });
  await app.register(controlRoutes, { state });
  await app.register(panelRoutes, { state });
  return app;
}
