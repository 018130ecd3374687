import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createReclameAquiClient, type Config, type Credentials } from '../../src/connectors/reclame-aqui/client.ts';
import { buildHugmeSandbox, type HugmeSandboxOptions } from '../../src/connectors/reclame-aqui/sandbox/app.ts';
import type { ConnectorContext, ProviderTokens } from '../../src/connectors/sdk/client.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/** What the sandbox's `POST /_control/credentials` answers. */
export interface HugmeSandboxCredentials {
  client_id: string;
  client_secret: string;
  company: { id: number; name: string };
  tickets: number;
}

/** A provider call the sandbox answered: `path` without the query, `url` with it. */
export interface ServedCall {
  method: string;
  path: string;
  url: string;
  status: number;
}

const running: FastifyInstance[] = [];

/** Closes every sandbox `startHugmeSandbox` started (for `afterEach`). */
export async function closeHugmeSandboxes(): Promise<void> {
  await Promise.all(running.splice(0).map((app) => app.close()));
}

/**
 * A HugMe sandbox over real HTTP on its own manual clock, with the Reclame Aqui client and a connector context for
 * it. No call gate: pacing under HugMe's limit is the platform's (test/sync/hugme-pressure.test.ts).
 */
export async function startHugmeSandbox(options: HugmeSandboxOptions = {}) {
  const clock = new ManualClock('2026-01-15T12:00:00.000Z');
  const app = await buildHugmeSandbox({ now: () => clock.now(), historyDays: 40, ...options });
  const served: ServedCall[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/api/')) served.push({ method: request.method, path: request.url.split('?')[0]!, url: request.url, status: reply.statusCode });
  });
  running.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const root = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const control = async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  };
  const client = createReclameAquiClient();
  const context = (credentials: HugmeSandboxCredentials, config: Partial<Config> = {}) => {
    const ctx: ConnectorContext<Credentials, Config> & { saved: ProviderTokens[] } = {
      credentials: { clientId: credentials.client_id, clientSecret: credentials.client_secret },
      config: { companyEmail: 'sac@example.com', syncIntervalMinutes: 10, retroactiveMonths: 24, ...config },
      baseUrls: { api: `${root}/api` },
      now: () => clock.now(),
      tokens: null,
      saved: [],
      async saveTokens(tokens) {
        ctx.saved.push(tokens);
        ctx.tokens = tokens;
      },
    };
    return ctx;
  };
  const newClient = (body: unknown = {}) => control<HugmeSandboxCredentials>('POST', '/_control/credentials', body);
  return { app, clock, root, served, client, control, context, newClient };
}
