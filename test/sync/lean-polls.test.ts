import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialVault } from '../../src/modules/credentials/index.ts';
import { ConnectorRuntime, SyncEngine } from '../../src/modules/sync/index.ts';
import type { Database, DatabaseHandle, Transaction } from '../../src/platform/database/database.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { createPaghiperCharge } from '../support/paghiper-charges.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let sandboxUrl: string;
const admin = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };

beforeAll(async () => {
  // No workers: the test drives its own engines.
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
});
afterAll(async () => ponte?.dispose());

const control = (method: string, path: string, body?: object) =>
  fetch(`${sandboxUrl}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) }).then(
    (response) => response.json() as Promise<Record<string, unknown>>,
  );

const clearRequestLog = () => control('DELETE', '/_control/requests');

/** Provider list calls the sandbox answered since its log was cleared: each is one page of a poll. */
async function listCalls(): Promise<number> {
  const view = (await control('GET', '/_control/requests')) as unknown as { log: { path: string }[] };
  return view.log.filter((entry) => entry.path.endsWith('/list/')).length;
}

async function paghiperIntegration(): Promise<{ id: string; apiKey: string }> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random()}` });
  // A store with no past: the charges a test makes are the only ones its polls see.
  const credentials = await control('POST', '/_control/credentials', { charges_per_day: 0 });
  const row = await ponte.onboarding.request(admin, {
    accountId: account.id,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths: 0 },
    credentials: { apiKey: String(credentials.apiKey), token: String(credentials.token) },
  });
  return { id: row.id, apiKey: String(credentials.apiKey) };
}

/** The vault, counting the credentials it reads and opens. */
class CountingVault extends CredentialVault {
  readonly reveals: string[] = [];
  override reveal(id: string, db?: Database) {
    this.reveals.push(id);
    return db ? super.reveal(id, db) : super.reveal(id);
  }
}

/** An engine like the running one, over the vault and database given. */
function engineOver(vault: CredentialVault, database: DatabaseHandle = ponte.database): SyncEngine {
  const { engine } = ponte.sync;
  const runtime = new ConnectorRuntime(vault, ponte.clock, { paghiper: sandboxUrl });
  return new SyncEngine(database, runtime, engine.source, engine.events, engine.clock, engine.logger, engine.settings);
}

/** The database, counting the transactions begun through it. */
function countingTransactions(): { database: DatabaseHandle; transactions: () => number } {
  let begun = 0;
  const database: DatabaseHandle = {
    ...ponte.database,
    transaction: <T>(work: (tx: Transaction) => Promise<T>) => {
      begun++;
      return ponte.database.transaction(work);
    },
  };
  return { database, transactions: () => begun };
}

const eventsOf = async (integrationId: string) => {
  await ponte.eventsReadable();
  const { data } = await ponte.events.list(ponte.database.db, { integrationId, limit: 100 });
  return data.map((event) => event.type).filter((type) => type.startsWith('payment.'));
};

describe('a poll', { timeout: 120_000 }, () => {
  it('reads and opens the credential once, however many pages it fetches', async () => {
    const { id } = await paghiperIntegration();
    const vault = new CountingVault(ponte.database, ponte.keyring, ponte.clock);
    const engine = engineOver(vault);
    await clearRequestLog();
    expect((await engine.poll(id)).status).toBe('succeeded');
    expect(await listCalls()).toBeGreaterThanOrEqual(2);
    expect(vault.reveals).toHaveLength(1);
    // And once again for the next poll: an opened credential does not outlive its poll.
    expect((await engine.poll(id)).status).toBe('succeeded');
    expect(vault.reveals).toHaveLength(2);
  });

  it('commits a page in one transaction only when it holds records, and keeps the cursor of the pages without', async () => {
    const { id, apiKey } = await paghiperIntegration();
    const chargeId = await createPaghiperCharge(sandboxUrl, { apiKey, orderId: 'pedido-uma-pagina', priceCents: 1200 });
    const { database, transactions } = countingTransactions();
    const engine = engineOver(ponte.vault, database);
    await clearRequestLog();
    expect((await engine.poll(id)).status).toBe('succeeded');
    const pages = await listCalls();
    expect(pages).toBeGreaterThanOrEqual(2);
    // One page found the new charge; the others found nothing and wrote nothing of their own.
    expect(transactions()).toBe(1);
    expect(await eventsOf(id)).toEqual(['payment.created']);

    // The cursor stored is the last page's (a new pass from today), not the one of the page with the charge.
    const { rows } = await ponte.database.pool.query<{ cursor: string }>('select cursor from sync_cursors where integration_id = $1', [id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.parse(Buffer.from(rows[0]!.cursor, 'base64url').toString('utf8')) as { mode: string; page: number; until: string | null };
    expect(stored).toMatchObject({ mode: 'poll', page: 1, until: null });

    // The next poll sees the charge unchanged: nothing is told again.
    expect((await engine.poll(id)).status).toBe('succeeded');
    expect(await eventsOf(id)).toEqual(['payment.created']);
    const records = await ponte.sync.records(id, { limit: 10 });
    expect(records.map((record) => record.externalId)).toEqual([chargeId]);
  });

  it('stopped between pages, is resumed by the next without losing or repeating a record or an event', async () => {
    const { id, apiKey } = await paghiperIntegration();
    const chargeId = await createPaghiperCharge(sandboxUrl, { apiKey, orderId: 'pedido-interrompido', priceCents: 900 });
    // An engine whose third provider call fails for good: the poll stops after committing the first pages.
    class FailingThirdPage extends SyncEngine {
      calls = 0;
      override fetchFromProvider(...args: Parameters<SyncEngine['fetchFromProvider']>) {
        if (++this.calls === 3) return Promise.reject(new Error('the process stopped here'));
        return super.fetchFromProvider(...args);
      }
    }
    const { engine } = ponte.sync;
    const failing = new FailingThirdPage(ponte.database, engine.runtime, engine.source, engine.events, engine.clock, engine.logger, engine.settings);
    await expect(failing.poll(id)).rejects.toThrow('the process stopped here');
    expect(await eventsOf(id)).toEqual(['payment.created']);
    await control('POST', `/_control/transactions/${chargeId}/status`, { status: 'paid' });
    // The first poll ends the pass the stopped one began; the next pass reads the day again and sees the payment.
    expect((await engine.poll(id)).status).toBe('succeeded');
    expect((await engine.poll(id)).status).toBe('succeeded');
    expect((await eventsOf(id)).sort()).toEqual(['payment.created', 'payment.paid']);
    const records = await ponte.sync.records(id, { limit: 10 });
    expect(records.map((record) => [record.externalId, record.status])).toEqual([[chargeId, 'paid']]);
    const runs = await ponte.sync.runs(id, 10);
    expect(runs.map((run) => run.status)).toEqual(['succeeded', 'succeeded', 'failed']);
  });
});
