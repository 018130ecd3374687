import Fastify, { type FastifyInstance } from 'fastify';
import { registerFaultInjection } from '../../sandbox-kit/faults.ts';
import { ticketLogControlRoutes } from './control-routes.ts';
import { OnboardingRegistry } from './onboardings.ts';
import { ticketLogSearchRoutes } from './search-route.ts';
import { TicketLogStore } from './store.ts';

export interface TicketLogSandboxOptions {
  /** Seeds the customers' codes, fleets and sales, and the fault injector. */
  seed?: number;
  /** The sandbox's clock: history, "today" and which sales are already visible all follow it. */
  now?: () => Date;
  /** Generated sales per customer per day (default 8). */
  transactionsPerDay?: number;
  /** Days of history before the day a customer is created (default 120). */
  historyDays?: number;
  logger?: boolean;
}

/** The path prefix of the real base URL, https://srv1.ticketlog.com.br/ticketlog-servicos/. */
import { TICKET_LOG_PREFIX } from './prefix.ts';

export { TICKET_LOG_PREFIX };

/**
 * A local Ticket Log (Edenred fleet card): `POST /ticketlog-servicos/ebs/transacaoVeiculo/search` with HTTP Basic,
 * one day per call, plus the `/_control` routes (credentials, sales, onboarding approval, faults). Built, not
 * listening.
 */
export async function buildTicketLogSandbox(options: TicketLogSandboxOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false });
  registerFaultInjection(app, { seed });
  const store = new TicketLogStore({
    seed,
    now,
    transactionsPerDay: options.transactionsPerDay ?? 8,
    historyDays: options.historyDays ?? 120,
  });
  await app.register(ticketLogSearchRoutes(store, now), { prefix: TICKET_LOG_PREFIX });
  await app.register(ticketLogControlRoutes(store, new OnboardingRegistry(now)));
  return app;
}
