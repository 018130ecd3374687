import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerFaultInjection } from '../../sandbox-kit/faults.ts';
import { SeededPicker } from '../../sandbox-kit/random.ts';
import { registerActionRoutes } from './actions.ts';
import { bearerAuth, registerAuthRoutes } from './auth.ts';
import { registerBodyParsers } from './body-parsers.ts';
import { registerCompanyRoutes } from './companies.ts';
import type { HugmeSandboxContext } from './context.ts';
import { registerControlRoutes } from './control.ts';
import { installErrorHandling } from './errors.ts';
import { clientSeed } from './history-generator.ts';
import { HugmeStore, RateWindow } from './store.ts';
import { DEFAULT_RESPONSE_VARIANTS, registerResponseVariants, type ResponseVariants } from './response-variants.ts';
import { registerTicketRoutes } from './tickets.ts';

export interface HugmeSandboxOptions {
  /** Default 1; the generated data is the same for the same seed, clock and sequence of control calls. */
  seed?: number;
  /** The sandbox's clock, for token expiry, the rate-limit window and every date it writes. */
  now?: () => Date;
  /** `expires_in` of issued tokens; default 300. */
  tokenTtlSeconds?: number;
  /** Calls per minute per client, token calls included; default 10. */
  rateLimitPerMinute?: number;
  /** Generated history volume per client; default 3 complaints a day. */
  complaintsPerDay?: number;
  /** Generated history length per client; default 120 days. */
  historyDays?: number;
  /** Other plausible answer shapes to start with (see response-variants.ts); default: this sandbox's own. */
  variants?: Partial<ResponseVariants>;
  logger?: boolean;
}

/**
 * A local simulator of Reclame Aqui's HugMe API (providers.md §2), serving the provider's paths under `/api`
 * so a connector configured with `http://host:port/api` as its base URL works unchanged, plus `/_control` routes
 * for tests and fault injection. Built, not listening.
 *
 * Where providers.md leaves the behaviour open, this sandbox chooses (and a connector must not rely on more):
 * - `page[size]` above 50 (or below 1) is refused with 400, not clamped; the default page size is 25;
 *   `meta.page.size` echoes the requested size; a page past the end is `data: []` with the right `total`.
 * - Unknown query parameters, filter fields, operators or values are refused with 400. Date values are ISO 8601;
 *   a date alone is midnight UTC, and a date-time without a zone is read as UTC. Dates are written in whole seconds.
 * - Writes answer 200 `{success:true, message, data:{id, ticket_interaction_id?}}`; failures use the envelope with
 *   codes 4000 (bad input), 4010, 4040, 4091 (the ticket's state forbids the action, still HTTP 400) and 4290.
 * - Only calls of an identified client count towards the rate limit (a sliding 60-second window): a valid token
 *   call, or a call with a live bearer token. Retry-After is the seconds until the oldest counted call leaves.
 * - The organization is a bare array of companies; `/_control/variants` switches it, the token answer, refused
 *   client credentials, write answers and the largest page to other plausible shapes (response-variants.ts).
 * - A second public answer after a consumer's réplica makes the RA status 8 "Réplica da empresa" (else 6).
 *   The evaluation request needs the company's answer to be the last public interaction.
 */
export async function buildHugmeSandbox(options: HugmeSandboxOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const ctx: HugmeSandboxContext = {
    store: new HugmeStore(),
    rate: new RateWindow(options.rateLimitPerMinute ?? 10),
    now: options.now ?? (() => new Date()),
    seed,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 300,
    complaintsPerDay: options.complaintsPerDay ?? 3,
    historyDays: options.historyDays ?? 120,
    controlPicker: new SeededPicker(clientSeed(seed, -2)),
    variants: { ...DEFAULT_RESPONSE_VARIANTS, ...options.variants },
  };

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 12 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await registerBodyParsers(app);
  registerFaultInjection(app, { seed });

  registerControlRoutes(app, ctx);
  registerResponseVariants(app, ctx);
  registerAuthRoutes(app, ctx);
  await app.register(async (provider) => {
    provider.addHook('onRequest', bearerAuth(ctx));
    registerTicketRoutes(provider, ctx);
    registerActionRoutes(provider, ctx);
    registerCompanyRoutes(provider, ctx);
  });
  return app;
}
