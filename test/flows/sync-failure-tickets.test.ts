import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let sandboxUrl: string;
const admin = { role: 'admin' as const, userId: null, accountId: null, apiKeyId: null, environment: 'sandbox' as const };

const control = (method: string, path: string, body?: object) =>
  fetch(`${sandboxUrl}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) }).then((response) => response.json());

beforeAll(async () => {
  // No workers: the test runs the polls and the event reactions itself.
  ponte = await startTestPonte({ sandboxes: true, workers: false, sync: { stepRetry: { retries: 1, firstDelayMs: 10 } } });
  sandboxUrl = ponte.sandboxes.paghiper!.baseUrl;
  // The reaction reads the events from its first run on.
  await ponte.eventReactions.runAll();
});
afterAll(async () => ponte?.dispose());

async function paghiperIntegration(): Promise<string> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Loja ${Math.random()}`, contactEmail: 'financeiro@loja.example' });
  const credentials = (await control('POST', '/_control/credentials')) as { apiKey: string; token: string };
  const row = await ponte.onboarding.request(admin, {
    accountId: account.id,
    connector: 'paghiper',
    environment: 'sandbox',
    config: { retroactiveMonths: 0 },
    credentials: { apiKey: credentials.apiKey, token: credentials.token },
  });
  return row.id;
}

/** A poll failing for real against the sandbox, recorded as the poll job does after its last retry. */
async function failedSync(integrationId: string): Promise<void> {
  await control('PUT', '/_control/faults', { serverErrorRate: 1 });
  try {
    const error = await ponte.sync.engine.poll(integrationId).then(() => null, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    await ponte.sync.engine.recordSyncFailure(integrationId, error);
  } finally {
    await control('DELETE', '/_control/faults');
  }
}

async function react(): Promise<void> {
  await ponte.eventsReadable();
  await ponte.eventReactions.runAll();
}

const ticketsOf = async (integrationId: string) =>
  (
    await ponte.database.pool.query<{ id: string; kind: string; category: string; stage: string; team: string; cause: string; requester_email: string }>(
      'select id, kind, category, stage, team, cause, requester_email from tickets where integration_id = $1 order by created_at, id',
      [integrationId],
    )
  ).rows;

describe('sync failure tickets', { timeout: 120_000 }, () => {
  it('open one ticket per integration and cause while it is open; a repeat adds a note; after closing, a new one', async () => {
    const id = await paghiperIntegration();
    await failedSync(id);
    await react();
    const [ticket, ...others] = await ticketsOf(id);
    expect(others).toEqual([]);
    expect(ticket).toMatchObject({ kind: 'sync_failure', category: 'sync_failure', stage: 'received', team: 'support', cause: 'sync_failed', requester_email: 'financeiro@loja.example' });

    await failedSync(id);
    await react();
    expect(await ticketsOf(id)).toHaveLength(1);
    const detail = await ponte.supportDesk.get(admin, ticket!.id);
    expect(detail.messages.filter((message) => message.visibility === 'internal').map((message) => message.body)).toEqual([
      expect.stringContaining('A sincronização falhou'),
      expect.stringContaining('Nova ocorrência'),
    ]);
    expect(detail.sla?.firstAnswer.dueAt).toBeTruthy();

    await ponte.database.transaction(async (tx) => {
      for (const stage of ['initial_analysis', 'resolved'] as const) await ponte.supportDesk.change(tx, admin, ticket!.id, { stage });
      await ponte.supportDesk.change(tx, admin, ticket!.id, { stage: 'closed', solution: 'O provedor voltou', finalCategory: 'sync_failure' });
    });
    await failedSync(id);
    await react();
    const after = await ticketsOf(id);
    expect(after).toHaveLength(2);
    expect(after.map((row) => row.stage)).toEqual(['closed', 'received']);

    // Another cause of the same integration: a ticket of its own.
    await control('POST', '/_control/faults/next', { faults: [{ kind: 'status', status: 401, body: { transaction_list_request: { result: 'reject', response_message: 'token ou apiKey inválidos' } } }] });
    expect((await ponte.sync.engine.poll(id)).status).toBe('reconnect_required');
    await react();
    const causes = (await ticketsOf(id)).map((row) => [row.cause, row.stage]);
    expect(causes).toEqual([
      ['sync_failed', 'closed'],
      ['sync_failed', 'received'],
      ['reconnect_required', 'received'],
    ]);
  });
});
