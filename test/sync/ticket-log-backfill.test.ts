import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTicketLogSandbox, TICKET_LOG_PREFIX } from '../../src/connectors/ticket-log/sandbox/app.ts';
import { startChild, type RunningChild } from '../support/child-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startTestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

// The sandbox's clock stands still, so both runs see exactly the same provider data.
const frozenNow = new Date();
let sandbox: FastifyInstance;
let baseUrl: string;
let credentials: { username: string; password: string; codigoCliente: number };

beforeAll(async () => {
  sandbox = await buildTicketLogSandbox({ seed: 7, transactionsPerDay: 4, now: () => frozenNow });
  baseUrl = `${await sandbox.listen({ host: '127.0.0.1', port: 0 })}${TICKET_LOG_PREFIX}`;
  credentials = (await (await fetch(`${baseUrl.replace(TICKET_LOG_PREFIX, '')}/_control/credentials`, { method: 'POST' })).json()) as typeof credentials;
});
afterAll(async () => sandbox?.close());

interface Client {
  call(method: string, path: string, body?: object): Promise<Record<string, unknown>>;
}

const clientOf = (address: string, token: string): Client => ({
  async call(method, path, body) {
    const response = await fetch(`${address}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as Record<string, unknown>;
  },
});

/** Creates a Ticket Log integration with 3 months of history and records the provider's approval. */
async function connect(client: Client): Promise<string> {
  const account = await client.call('POST', '/v1/accounts', { name: 'Frota Três Meses', contactEmail: 'frota@tresmeses.example' });
  const integration = await client.call('POST', '/v1/integrations', {
    accountId: account.id,
    connector: 'ticket-log',
    environment: 'sandbox',
    config: { clientCode: credentials.codigoCliente, retroactiveMonths: 3 },
    credentials: { username: credentials.username, password: credentials.password },
  });
  expect(integration.state).toBe('pending_provider_approval');
  const approved = await client.call('POST', `/v1/integrations/${integration.id}/approve`, {});
  expect(approved.state).toBe('active');
  return String(integration.id);
}

const backfillOf = async (client: Client, id: string) => (await client.call('GET', `/v1/integrations/${id}`)).backfill as { status: string; done: number; total: number };

/** Every record (external id → content hash) and the number of fuel_transaction.created events. */
async function contentsOf(client: Client, id: string): Promise<{ records: Map<string, string>; createdEvents: number }> {
  const records = new Map<string, string>();
  let before = '';
  for (;;) {
    const page = (await client.call('GET', `/v1/integrations/${id}/records?limit=500${before}`)).data as { id: number; externalId: string; hash: string }[];
    for (const record of page) records.set(record.externalId, record.hash);
    if (page.length < 500) break;
    before = `&before=${page.at(-1)!.id}`;
  }
  let createdEvents = 0;
  let cursor = '';
  for (;;) {
    const page = await client.call('GET', `/v1/events?integrationId=${id}&type=fuel_transaction.created&limit=500${cursor}`);
    const data = page.data as unknown[];
    createdEvents += data.length;
    if (data.length < 500) break;
    cursor = `&cursor=${page.nextCursor}`;
  }
  return { records, createdEvents };
}

describe('a Ticket Log backfill of 3 months', { timeout: 300_000 }, () => {
  it('resumes after its process is killed and ends with the records of an uninterrupted run', async () => {
    // The uninterrupted run.
    const reference = await startTestPonte({ sandboxUrls: { 'ticket-log': baseUrl } });
    let expected: Awaited<ReturnType<typeof contentsOf>>;
    try {
      const client = clientOf(await reference.listen(), await reference.adminToken());
      const id = await connect(client);
      await waitFor(async () => (await backfillOf(client, id)).status === 'succeeded', 240_000, 500);
      await reference.eventsReadable();
      expected = await contentsOf(client, id);
    } finally {
      await reference.dispose();
    }
    expect(expected.records.size).toBeGreaterThan(200);
    expect(expected.createdEvents).toBe(expected.records.size);

    // The same backfill, its process killed with SIGKILL in the middle, then started again.
    const database: TestDatabase = await createTestDatabase();
    const env = { ...database.env, PORT: '0', SANDBOX_URLS: JSON.stringify({ 'ticket-log': baseUrl }) };
    const start = async (): Promise<{ child: RunningChild; client: Client }> => {
      const child = startChild('test/fixtures/ponte-process.ts', [], env);
      const [, token] = await child.waitForLine(/^token (\S+)$/m);
      const [, address] = await child.waitForLine(/^listening (\S+)$/m);
      return { child, client: clientOf(address!, token!) };
    };
    try {
      const first = await start();
      const id = await connect(first.client);
      await waitFor(async () => {
        const progress = await backfillOf(first.client, id);
        return progress.done >= 10 && progress.status !== 'succeeded';
      }, 120_000, 100);
      first.child.child.kill('SIGKILL');
      await first.child.exited;

      const second = await start();
      const interrupted = await backfillOf(second.client, id);
      expect(interrupted.status).not.toBe('succeeded');
      expect(interrupted.done).toBeGreaterThanOrEqual(10);
      await waitFor(async () => (await backfillOf(second.client, id)).status === 'succeeded', 240_000, 500);
      await database.eventsReadable();
      const resumed = await contentsOf(second.client, id);
      second.child.child.kill('SIGTERM');
      await second.child.exited;

      expect(resumed.records).toEqual(expected.records);
      expect(resumed.createdEvents).toBe(resumed.records.size);
    } finally {
      await database.dispose();
    }
  });
});
