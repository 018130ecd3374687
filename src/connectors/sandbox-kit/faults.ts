import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { seededRandom } from './random.ts';

/** One scripted fault, applied to the next provider request (control routes are never faulted). */
export type ScriptedFault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'timeout' }
  | { kind: 'malformed' }
  | { kind: 'expired_token' };

/** Standing fault rates, applied to every provider request. */
export interface FaultSettings {
  latencyMs: number;
  /** Share (0–1) of requests answered with a 5xx. */
  serverErrorRate: number;
  /** Share (0–1) of requests answered 429 with Retry-After. */
  rateLimitedRate: number;
  retryAfterSeconds: number;
  /** Share (0–1) of requests that are never answered (the connection is held until the client gives up). */
  timeoutRate: number;
  /** Share (0–1) of requests answered 200 with a body cut in half. */
  malformedRate: number;
}

const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  serverErrorRate: 0,
  rateLimitedRate: 0,
  retryAfterSeconds: 1,
  timeoutRate: 0,
  malformedRate: 0,
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the fault injector wants the provider's auth to treat the token as expired. */
    forceExpiredToken?: boolean;
  }
}

/** How long a "timeout" fault holds a request before dropping the connection. */
const HANG_MS = 60_000;

/**
 * Fault injection for a sandbox: `GET/PUT/DELETE /_control/faults` for standing rates and
 * `POST /_control/faults/next` to script the next requests one by one (deterministic, for tests).
 */
export function registerFaultInjection(app: FastifyInstance, options: { seed?: number } = {}): void {
  let settings: FaultSettings = { ...NO_FAULTS };
  let scripted: ScriptedFault[] = [];
  const random = seededRandom(options.seed ?? 1);
  const hanging = new Set<FastifyReply>();

  app.addHook('onClose', async () => {
    for (const reply of hanging) reply.raw.destroy();
  });

  app.get('/_control/faults', async () => ({ settings, scripted }));
  app.put('/_control/faults', async (request) => {
    settings = { ...NO_FAULTS, ...(request.body as Partial<FaultSettings>) };
    return { settings };
  });
  app.delete('/_control/faults', async () => {
    settings = { ...NO_FAULTS };
    scripted = [];
    return { settings, scripted };
  });
  app.post('/_control/faults/next', async (request) => {
    const body = request.body as { faults?: ScriptedFault[] } | ScriptedFault[];
    scripted.push(...(Array.isArray(body) ? body : (body.faults ?? [])));
    return { scripted };
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/_control')) return;
    const fault = scripted.shift() ?? drawFault(settings, random);
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
    if (!fault) return;
    switch (fault.kind) {
      case 'latency':
        await delay(fault.ms);
        return;
      case 'status':
        return reply.status(fault.status).send(fault.body ?? { message: 'Injected failure', status: fault.status });
      case 'rate_limited':
        return reply
          .status(429)
          .header('retry-after', String(fault.retryAfterSeconds))
          .send({ message: 'Too Many Requests', code: 429, success: false });
      case 'timeout':
        hanging.add(reply);
        await delay(HANG_MS);
        hanging.delete(reply);
        reply.raw.destroy();
        return reply;
      case 'malformed':
        return reply.status(200).type('application/json').send('{"result":"success","truncat');
      case 'expired_token':
        request.forceExpiredToken = true;
        return;
    }
  });
}

function drawFault(settings: FaultSettings, random: () => number): ScriptedFault | undefined {
  if (settings.timeoutRate > 0 && random() < settings.timeoutRate) return { kind: 'timeout' };
  if (settings.rateLimitedRate > 0 && random() < settings.rateLimitedRate) {
    return { kind: 'rate_limited', retryAfterSeconds: settings.retryAfterSeconds };
  }
  if (settings.serverErrorRate > 0 && random() < settings.serverErrorRate) return { kind: 'status', status: 503 };
  if (settings.malformedRate > 0 && random() < settings.malformedRate) return { kind: 'malformed' };
  return undefined;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
