import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxiFrotaClient, parseMaxiFrotaCursor, type MaxiFrotaContext } from '../../src/connectors/maxi-frota/client.ts';
import { maxiFrotaManifest } from '../../src/connectors/maxi-frota/manifest.ts';
import { buildMaxiFrotaSandbox } from '../../src/connectors/maxi-frota/sandbox/app.ts';
import type { ChangesPage, FetchRequest, ProviderTokens } from '../../src/connectors/sdk/client.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import type { FuelTransaction } from '../../src/connectors/sdk/records.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/** 12:00 on 2026-03-18 in São Paulo. */
const NOON_MARCH_18 = '2026-03-18T15:00:00.000Z';
const MINUTE = 60_000;

const clock = new ManualClock(NOON_MARCH_18);
let app: FastifyInstance;
let address: string;
let clientId: string;
let calls: { method: string; path: string; status: number }[] = [];

interface MemoryContext extends MaxiFrotaContext {
  saved: ProviderTokens[];
}

async function control<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${address}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

const newKey = async () => (await control<{ chaveAutorizacao: string }>('/_control/authorization-keys', { clientId })).chaveAutorizacao;
const fault = (faults: unknown[]) => control('/_control/faults/next', { faults });

function contextFor(authorizationKey: string, tokens: ProviderTokens | null = null): MemoryContext {
  const context: MemoryContext = {
    credentials: maxiFrotaManifest.credentials.parse({ authorizationKey }),
    config: maxiFrotaManifest.config.parse({}),
    baseUrls: { api: address },
    now: () => clock.now(),
    tokens,
    saved: [],
    saveTokens: async (next: ProviderTokens) => {
      context.tokens = next;
      context.saved.push(next);
    },
  };
  return context;
}

/** A context whose key has been exchanged already. */
async function connected(): Promise<MemoryContext> {
  const context = contextFor(await newKey());
  expect(await maxiFrotaClient.verifyCredentials(context)).toEqual({ ok: true });
  context.saved = [];
  calls = [];
  return context;
}

async function walk(context: MaxiFrotaContext, request: Omit<FetchRequest, 'model'>, maxPages = 50) {
  const pages: ChangesPage[] = [];
  let cursor = request.cursor;
  for (let i = 0; i < maxPages; i++) {
    const page = await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor, window: request.window });
    pages.push(page);
    cursor = page.nextCursor;
    if (page.done) break;
  }
  return { pages, records: pages.flatMap((page) => page.records) };
}

const fuel = (record: { data: unknown }) => record.data as FuelTransaction;
const dayWindow = (from: string, to: string) => ({ from: new Date(`${from}T00:00:00-03:00`), to: new Date(`${to}T23:59:59-03:00`) });
const fetchesOf = (path: string) => calls.filter((call) => call.path === path);

beforeAll(async () => {
  app = await buildMaxiFrotaSandbox({ seed: 11, now: () => clock.now(), transactionsPerDay: 30, historyDays: 20 });
  app.addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith('/_control')) calls.push({ method: request.method, path: request.url.split('?')[0]!, status: reply.statusCode });
  });
  address = await app.listen({ port: 0, host: '127.0.0.1' });
  clientId = (await control<{ clientId: string }>('/_control/credentials', {})).clientId;
});

afterAll(async () => {
  await app.close();
});

beforeEach(async () => {
  clock.set(NOON_MARCH_18);
  calls = [];
  await fetch(`${address}/_control/faults`, { method: 'DELETE' });
});

describe('maxiFrotaClient.verifyCredentials', () => {
  it('exchanges the authorization key and keeps the tokens', async () => {
    const context = contextFor(await newKey());
    await expect(maxiFrotaClient.verifyCredentials(context)).resolves.toEqual({ ok: true });
    expect(context.saved).toHaveLength(1);
    expect(context.tokens).toMatchObject({ expiresAt: new Date(clock.now().getTime() + 3600_000).toISOString() });
    expect(context.tokens?.accessToken).toBeTruthy();
    expect(context.tokens?.refreshToken).toBeTruthy();
    // Verifying again checks the saved tokens; the single-use key is not exchanged twice.
    await expect(maxiFrotaClient.verifyCredentials(context)).resolves.toEqual({ ok: true });
    expect(fetchesOf('/auth/token')).toHaveLength(1);
  });

  it('answers ok:false, mentioning the 12-hour validity, for a key older than 12 hours', async () => {
    const context = contextFor(await newKey());
    clock.advance(12 * 60 * MINUTE + MINUTE);
    const result = await maxiFrotaClient.verifyCredentials(context);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/12 hours/) });
    expect(result.ok === false && result.providerMessage).toMatch(/12 horas/);
    expect(context.saved).toHaveLength(0);
  });

  it('answers ok:false for an unknown key and for a key already used', async () => {
    expect(await maxiFrotaClient.verifyCredentials(contextFor('NOPE-NOPE-NOPE-NOPE'))).toMatchObject({ ok: false, reason: expect.stringMatching(/not recognise.*12 hours/) });
    const key = await newKey();
    expect(await maxiFrotaClient.verifyCredentials(contextFor(key))).toEqual({ ok: true });
    expect(await maxiFrotaClient.verifyCredentials(contextFor(key))).toMatchObject({ ok: false, reason: expect.stringMatching(/already been used/) });
  });

  it('fails fetchChanges with auth when the first use finds the key expired', async () => {
    const context = contextFor(await newKey());
    clock.advance(13 * 60 * MINUTE);
    const error = await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'auth', message: expect.stringMatching(/12 hours/) });
  });
});

describe('maxiFrotaClient tokens', () => {
  it('exchanges the key on first use of fetchChanges', async () => {
    const context = contextFor(await newKey());
    const page = await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null });
    expect(page.records.length).toBeGreaterThan(0);
    expect(context.saved).toHaveLength(1);
    expect(calls.map((c) => c.path)).toEqual(['/auth/token', '/v1/abastecimentos']);
  });

  it('uses the saved token while it has more than 15 minutes left, and refreshes it before that', async () => {
    const context = await connected();
    const first = context.tokens!;
    clock.advance(44 * MINUTE); // 16 minutes left
    await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null });
    expect(context.saved).toHaveLength(0);
    clock.advance(2 * MINUTE); // 14 minutes left
    await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null });
    expect(context.saved).toHaveLength(1);
    expect(context.tokens!.accessToken).not.toBe(first.accessToken);
    expect(context.tokens!.refreshToken).not.toBe(first.refreshToken);
    expect(context.tokens!.expiresAt).toBe(new Date(clock.now().getTime() + 3600_000).toISOString());
    expect(calls.map((c) => `${c.path} ${c.status}`)).toEqual(['/v1/abastecimentos 200', '/auth/token 200', '/v1/abastecimentos 200']);
  });

  it('refreshes once and retries once on a 401 TOKEN_EXPIRADO (scripted fault)', async () => {
    const context = await connected();
    await fault([{ kind: 'expired_token' }]);
    const page = await maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null });
    expect(page.records.length).toBeGreaterThan(0);
    expect(context.saved).toHaveLength(1);
    expect(calls.map((c) => `${c.path} ${c.status}`)).toEqual(['/v1/abastecimentos 401', '/auth/token 200', '/v1/abastecimentos 200']);
  });

  it('refreshes once and retries once after the sandbox revokes the access tokens', async () => {
    const context = await connected();
    await control('/_control/tokens/expire', { clientId });
    await expect(maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null })).resolves.toMatchObject({ done: true });
    expect(context.saved).toHaveLength(1);
  });

  it('fails with auth when the retried call is refused too, or the refresh token is dead', async () => {
    const context = await connected();
    // The second scripted fault lands on the refresh (which ignores it), the third on the retry.
    await fault([{ kind: 'expired_token' }, { kind: 'expired_token' }, { kind: 'expired_token' }]);
    await expect(maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null })).rejects.toMatchObject({ kind: 'auth', details: { status: 401 } });
    expect(calls.map((c) => `${c.path} ${c.status}`)).toEqual(['/v1/abastecimentos 401', '/auth/token 200', '/v1/abastecimentos 401']);

    await control('/_control/tokens/expire', { clientId, includeRefreshTokens: true });
    await expect(maxiFrotaClient.fetchChanges(context, { model: 'fuel_transaction', cursor: null })).rejects.toMatchObject({
      kind: 'auth', message: expect.stringMatching(/new authorization key/),
    });
  });
});

describe('maxiFrotaClient.fetchChanges', () => {
  it('pages a backfill window 100 at a time and stops at the last page', async () => {
    const context = await connected();
    const window = dayWindow('2026-03-01', '2026-03-07');
    const { pages, records } = await walk(context, { cursor: null, window });
    const response = await fetch(`${address}/v1/abastecimentos?dataInicial=2026-03-01&dataFinal=2026-03-07&tamanhoPagina=1`, {
      headers: { authorization: `Bearer ${context.tokens!.accessToken}` },
    });
    const total = ((await response.json()) as { totalRegistros: number }).totalRegistros;
    expect(total).toBeGreaterThan(200);
    expect(pages).toHaveLength(Math.ceil(total / 100));
    expect(pages.slice(0, -1).every((page) => page.records.length === 100 && !page.done)).toBe(true);
    expect(pages.at(-1)).toMatchObject({ done: true, nextCursor: null });
    expect(records).toHaveLength(total);
    expect(new Set(records.map((r) => r.externalId)).size).toBe(total);
    expect(JSON.parse(pages[0]!.nextCursor!)).toEqual({ from: '2026-03-01', to: '2026-03-07', page: 2 });
    for (const record of records) expect(fuel(record).occurredAt >= '2026-03-01' && fuel(record).occurredAt < '2026-03-08').toBe(true);
  });

  it('polls yesterday..today and hands back a cursor that re-reads yesterday', async () => {
    const context = await connected();
    const { pages } = await walk(context, { cursor: null });
    expect(pages.at(-1)).toMatchObject({ done: true });
    expect(JSON.parse(pages.at(-1)!.nextCursor!)).toEqual({ from: '2026-03-17', to: null, page: 1 });
    expect(calls.filter((c) => c.path === '/v1/abastecimentos')).toHaveLength(pages.length);
    expect(parseMaxiFrotaCursor({ cursor: null }, clock.now())).toEqual({ from: '2026-03-17', to: null, page: 1 });
    expect(() => parseMaxiFrotaCursor({ cursor: 'page=2' }, clock.now())).toThrow(/cursor/);
  });

  it('maps fuelings to the canonical FuelTransaction', async () => {
    const context = await connected();
    const added = await control<{ itens: { id: number }[] }>('/_control/transactions', {
      clientId,
      transactions: [
        { dataHora: '2026-03-16T10:22:33-03:00', placa: 'abc-1234', combustivel: 'ARLA 32', status: 'CANCELADA' },
        { dataHora: '2026-03-16T11:00:00-03:00', placa: 'abc1d23', combustivel: 'DIESEL S10', status: 'APROVADA', litros: 100, valorLitro: 6 },
        { dataHora: '2026-03-16T12:00:00-03:00', combustivel: 'BIODIESEL B100' },
      ],
    });
    const [arla, diesel, other] = added.itens.map((item) => String(item.id));
    const { records } = await walk(context, { cursor: null, window: dayWindow('2026-03-16', '2026-03-16') });
    const byId = new Map(records.map((r) => [r.externalId, fuel(r)]));
    expect(byId.get(arla!)).toMatchObject({
      provider: 'maxifrota', externalId: arla, occurredAt: '2026-03-16T10:22:33-03:00', vehiclePlate: 'ABC1234',
      fuelType: 'ARLA32', fuelTypeRaw: 'ARLA 32', status: 'canceled', currency: 'BRL',
    });
    expect(byId.get(diesel!)).toMatchObject({ vehiclePlate: 'ABC1D23', fuelType: 'DIESEL_S10', status: 'approved', liters: 100, pricePerLiter: 6, totalAmount: 600 });
    expect(byId.get(other!)).toMatchObject({ fuelType: 'OUTROS', fuelTypeRaw: 'BIODIESEL B100' });
    for (const transaction of byId.values()) {
      expect(transaction.driver.document).toMatch(/^\d{11}$/);
      expect(transaction.vehiclePlate).toMatch(/^[A-Z0-9]+$/);
      expect(['ETANOL', 'GASOLINA', 'GASOLINA_ADITIVADA', 'DIESEL', 'DIESEL_S10', 'GNV', 'ARLA32', 'OUTROS']).toContain(transaction.fuelType);
    }
  });

  it('turns injected faults into ProviderErrors', async () => {
    const context = await connected();
    const request: FetchRequest = { model: 'fuel_transaction', cursor: null };
    await fault([{ kind: 'status', status: 503 }]);
    const unavailable = await maxiFrotaClient.fetchChanges(context, request).catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ProviderError);
    expect(unavailable).toMatchObject({ kind: 'unavailable', retryable: true, details: { status: 503 } });

    await fault([{ kind: 'rate_limited', retryAfterSeconds: 7 }]);
    await expect(maxiFrotaClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'rate_limited', retryable: true, details: { retryAfterSeconds: 7 } });

    await fault([{ kind: 'malformed' }]);
    await expect(maxiFrotaClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'bad_response', retryable: false });

    await fault([{ kind: 'status', status: 500, body: { codigo: 'ERRO_INTERNO', mensagem: 'Erro interno do servidor.' } }]);
    await expect(maxiFrotaClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'unavailable', details: { providerMessage: 'Erro interno do servidor.' } });

    await fault([{ kind: 'status', status: 503 }]);
    await expect(maxiFrotaClient.verifyCredentials(contextFor(await newKey()))).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
