import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangesPage, FetchRequest, ProviderTokens } from '../../src/connectors/sdk/client.ts';
import { fuelIdempotencyKey, normaliseFuelType, normalisePlate, toSaoPauloIso } from '../../src/connectors/sdk/fuel-normalise.ts';
import { ProviderError } from '../../src/connectors/sdk/provider-error.ts';
import type { FuelTransaction } from '../../src/connectors/sdk/records.ts';
import { planTicketLogDay, ticketLogClient, type TicketLogContext } from '../../src/connectors/ticket-log/client.ts';
import { ticketLogManifest } from '../../src/connectors/ticket-log/manifest.ts';
import { buildTicketLogSandbox, TICKET_LOG_PREFIX } from '../../src/connectors/ticket-log/sandbox/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/** 12:00 on 2026-03-18 in São Paulo. */
const NOON_MARCH_18 = '2026-03-18T15:00:00.000Z';
const SEARCH_PATH = `${TICKET_LOG_PREFIX}/ebs/transacaoVeiculo/search`;

interface Login {
  username: string;
  password: string;
  codigoCliente: number;
}

const clock = new ManualClock(NOON_MARCH_18);
let app: FastifyInstance;
let address: string;
let login: Login;
let searches: { day: string; considerarTransacao: string }[] = [];

async function control<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${address}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

function contextFor(credentials: Login, overrides: Partial<TicketLogContext> = {}): TicketLogContext {
  const context: TicketLogContext = {
    credentials: ticketLogManifest.credentials.parse({ username: credentials.username, password: credentials.password }),
    config: ticketLogManifest.config.parse({ clientCode: credentials.codigoCliente }),
    baseUrls: { api: `${address}${TICKET_LOG_PREFIX}` },
    now: () => clock.now(),
    tokens: null,
    saveTokens: async (tokens: ProviderTokens) => {
      context.tokens = tokens;
    },
    ...overrides,
  };
  return context;
}

/** The sandbox's own answer for one day and one considerarTransacao, straight over HTTP. */
async function rawDay(day: string, considerarTransacao: 'V' | 'T'): Promise<number[]> {
  const response = await fetch(`${address}${SEARCH_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}` },
    body: JSON.stringify({
      codigoCliente: login.codigoCliente, codigoTipoCartao: 4, dataTransacaoInicial: `${day}T00:00:00`,
      dataTransacaoFinal: `${day}T23:59:59`, considerarTransacao, ordem: 'S', validacao: 'S',
    }),
  });
  const body = (await response.json()) as { transacoes: { codigoTransacao: number }[] };
  return body.transacoes.map((t) => t.codigoTransacao);
}

async function walk(context: TicketLogContext, request: Omit<FetchRequest, 'model'>, maxPages = 50) {
  const pages: ChangesPage[] = [];
  let cursor = request.cursor;
  for (let i = 0; i < maxPages; i++) {
    const page = await ticketLogClient.fetchChanges(context, { model: 'fuel_transaction', cursor, window: request.window });
    pages.push(page);
    cursor = page.nextCursor;
    if (page.done) break;
  }
  return { pages, records: pages.flatMap((page) => page.records), cursor };
}

const fuel = (record: { data: unknown }) => record.data as FuelTransaction;
const ids = (records: { externalId: string }[]) => records.map((record) => record.externalId);
const dayWindow = (from: string, to: string) => ({ from: new Date(`${from}T00:00:00-03:00`), to: new Date(`${to}T23:59:59-03:00`) });

beforeAll(async () => {
  app = await buildTicketLogSandbox({ seed: 7, now: () => clock.now(), transactionsPerDay: 6, historyDays: 20 });
  // Every search that reaches the route (faulted requests stop earlier), with the day and V/T it asked for.
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith(SEARCH_PATH)) return;
    const body = request.body as { dataTransacaoInicial?: string; considerarTransacao?: string } | undefined;
    searches.push({ day: body?.dataTransacaoInicial?.slice(0, 10) ?? '', considerarTransacao: body?.considerarTransacao ?? '' });
  });
  address = await app.listen({ port: 0, host: '127.0.0.1' });
  login = await control<Login>('/_control/credentials', {});
});

afterAll(async () => {
  await app.close();
});

beforeEach(async () => {
  clock.set(NOON_MARCH_18);
  searches = [];
  await fetch(`${address}/_control/faults`, { method: 'DELETE' });
});

describe('fuel normalisation', () => {
  it('normalises plates, fuel types and times', () => {
    expect(normalisePlate('abc-1234')).toBe('ABC1234');
    expect(normalisePlate(' abc 1d23 ')).toBe('ABC1D23');
    expect(normalisePlate('')).toBeNull();
    expect(normaliseFuelType('DIESEL S10')).toEqual({ fuelType: 'DIESEL_S10', fuelTypeRaw: 'DIESEL S10' });
    expect(normaliseFuelType('ARLA 32').fuelType).toBe('ARLA32');
    expect(normaliseFuelType('GASOLINA ADITIVADA').fuelType).toBe('GASOLINA_ADITIVADA');
    expect(normaliseFuelType('Álcool').fuelType).toBe('ETANOL');
    expect(normaliseFuelType('GNV').fuelType).toBe('GNV');
    expect(normaliseFuelType('QUEROSENE')).toEqual({ fuelType: 'OUTROS', fuelTypeRaw: 'QUEROSENE' });
    expect(normaliseFuelType(null)).toEqual({ fuelType: 'OUTROS', fuelTypeRaw: null });
    expect(toSaoPauloIso('2026-03-17T10:22:33')).toBe('2026-03-17T10:22:33-03:00');
    expect(toSaoPauloIso('2026-03-17 10:22')).toBe('2026-03-17T10:22:00-03:00');
    expect(toSaoPauloIso('2026-03-17T13:22:33Z')).toBe('2026-03-17T10:22:33-03:00');
    expect(toSaoPauloIso('2026-03-17T01:00:00Z')).toBe('2026-03-16T22:00:00-03:00');
    expect(() => toSaoPauloIso('17/03/2026')).toThrow();
    expect(fuelIdempotencyKey({ provider: 'ticketlog', externalId: '42' })).toBe('ticketlog:42');
  });
});

describe('ticketLogClient.verifyCredentials', () => {
  it('accepts good credentials with a one-day query for today', async () => {
    await expect(ticketLogClient.verifyCredentials(contextFor(login))).resolves.toEqual({ ok: true });
    expect(searches.map((s) => s.day)).toEqual(['2026-03-18', '2026-03-18']);
  });

  it('answers ok:false for a wrong password (the sandbox answers HTTP 500)', async () => {
    const result = await ticketLogClient.verifyCredentials(contextFor({ ...login, password: 'wrong-password' }));
    expect(result).toMatchObject({ ok: false, providerMessage: 'Usuário ou senha inválidos.' });
    const error = await ticketLogClient
      .fetchChanges(contextFor({ ...login, username: '[OperadorWeb]app00000' }), { model: 'fuel_transaction', cursor: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('auth');
    expect((error as ProviderError).details.status).toBe(500);
  });

  it('answers ok:false when the login may not query the client code (sucesso:false)', async () => {
    const result = await ticketLogClient.verifyCredentials(contextFor({ ...login, codigoCliente: login.codigoCliente + 1 }));
    expect(result).toMatchObject({ ok: false, providerMessage: 'Usuário sem permissão para consultar o cliente informado.' });
    const error = await ticketLogClient
      .fetchChanges(contextFor({ ...login, codigoCliente: login.codigoCliente + 1 }), { model: 'fuel_transaction', cursor: null })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected', details: { providerMessage: 'Usuário sem permissão para consultar o cliente informado.' } });
  });

  it('tells a generic HTTP 500 (an outage) from a credential 500', async () => {
    await control('/_control/faults/next', { faults: [{ kind: 'status', status: 500, body: { sucesso: false, mensagem: 'Erro interno do servidor.' } }] });
    const error = await ticketLogClient.verifyCredentials(contextFor(login)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable', retryable: true });
  });
});

describe('ticketLogClient.fetchChanges', () => {
  it('serves one day per call: a 3-day window is 3 pages of 2 searches each', async () => {
    const { pages } = await walk(contextFor(login), { cursor: null, window: dayWindow('2026-03-10', '2026-03-12') });
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => [page.nextCursor, page.done])).toEqual([['2026-03-11', false], ['2026-03-12', false], [null, true]]);
    expect(searches).toHaveLength(6);
    expect(searches.map((s) => s.day)).toEqual(['2026-03-10', '2026-03-10', '2026-03-11', '2026-03-11', '2026-03-12', '2026-03-12']);
    expect(new Set(searches.map((s) => s.considerarTransacao))).toEqual(new Set(['V', 'T']));
    pages.forEach((page, index) => {
      expect(page.records.length).toBeGreaterThan(0);
      for (const record of page.records) expect(fuel(record).occurredAt.slice(0, 10)).toBe(`2026-03-1${index}`);
    });
  });

  it('asks V and T and keeps each codigoTransacao once; V is approved, T-only is pending', async () => {
    const added = await control<{ added: { transacao: { codigoTransacao: number } }[] }>('/_control/transactions', {
      codigoCliente: login.codigoCliente,
      date: '2026-03-15',
      transactions: [{ status: 'approved' }, { status: 'pending' }, { status: 'canceled' }],
    });
    const [approved, pending, canceled] = added.added.map((a) => String(a.transacao.codigoTransacao));
    const all = await rawDay('2026-03-15', 'T');
    const validated = await rawDay('2026-03-15', 'V');
    expect(validated.length).toBeGreaterThan(0);
    expect(validated.every((code) => all.includes(code))).toBe(true);

    const page = await ticketLogClient.fetchChanges(contextFor(login), { model: 'fuel_transaction', cursor: '2026-03-15', window: dayWindow('2026-03-01', '2026-03-16') });
    expect(ids(page.records)).toHaveLength(new Set(ids(page.records)).size);
    expect(ids(page.records).sort()).toEqual(all.map(String).sort());
    const status = new Map(page.records.map((r) => [r.externalId, fuel(r).status]));
    expect(status.get(approved!)).toBe('approved');
    expect(status.get(pending!)).toBe('pending');
    expect(status.get(canceled!)).toBe('pending');
    for (const code of validated) expect(status.get(String(code))).toBe('approved');
    expect(page).toMatchObject({ nextCursor: '2026-03-16', done: false });
  });

  it('backfills N days with every sandbox transaction exactly once, and resumes from a mid-way cursor', async () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'];
    const expected = (await Promise.all(days.map((day) => rawDay(day, 'T')))).flat().map(String);
    const backfill = dayWindow(days[0]!, days.at(-1)!);

    const full = await walk(contextFor(login), { cursor: null, window: backfill });
    expect(full.pages).toHaveLength(days.length);
    expect(ids(full.records)).toHaveLength(new Set(ids(full.records)).size);
    expect(ids(full.records).sort()).toEqual([...expected].sort());

    const firstPart = await walk(contextFor(login), { cursor: null, window: backfill }, 3);
    expect(firstPart.cursor).toBe('2026-03-04');
    const rest = await walk(contextFor(login), { cursor: firstPart.cursor, window: backfill });
    expect(firstPart.pages.length + rest.pages.length).toBe(days.length);
    expect([...ids(firstPart.records), ...ids(rest.records)]).toEqual(ids(full.records));
    expect([...firstPart.records, ...rest.records]).toEqual(full.records);
  });

  it('polls yesterday then today, and the next poll re-reads yesterday for late transactions', async () => {
    const first = await walk(contextFor(login), { cursor: null });
    expect(first.pages.map((p) => [p.nextCursor, p.done])).toEqual([['2026-03-18', false], ['2026-03-17', true]]);
    expect(searches.map((s) => s.day)).toEqual(['2026-03-17', '2026-03-17', '2026-03-18', '2026-03-18']);

    const late = await control<{ added: { transacao: { codigoTransacao: number } }[] }>('/_control/transactions', {
      codigoCliente: login.codigoCliente,
      transactions: [{ dataTransacao: '2026-03-17T21:40:00' }],
    });
    clock.set('2026-03-19T03:30:00.000Z'); // 00:30 on the 19th: the 17th and 18th are walked again, then the 19th.
    const second = await walk(contextFor(login), { cursor: first.cursor });
    expect(second.pages.map((p) => [p.nextCursor, p.done])).toEqual([['2026-03-18', false], ['2026-03-19', false], ['2026-03-18', true]]);
    expect(ids(second.records)).toContain(String(late.added[0]!.transacao.codigoTransacao));
  });

  it('plans days without calling anyone', () => {
    const now = new Date(NOON_MARCH_18);
    expect(planTicketLogDay({ cursor: '2026-03-01' }, now)).toEqual({ day: '2026-03-01', nextCursor: '2026-03-02', done: false });
    expect(planTicketLogDay({ cursor: '2026-03-25' }, now)).toEqual({ day: '2026-03-18', nextCursor: '2026-03-17', done: true });
    expect(planTicketLogDay({ cursor: null, window: dayWindow('2026-03-17', '2026-04-30') }, now)).toEqual({ day: '2026-03-17', nextCursor: '2026-03-18', done: false });
    expect(planTicketLogDay({ cursor: '2026-03-18', window: dayWindow('2026-03-17', '2026-04-30') }, now)).toEqual({ day: '2026-03-18', nextCursor: null, done: true });
    expect(() => planTicketLogDay({ cursor: 'yesterday' }, now)).toThrow(/cursor/);
  });

  it('maps to the canonical FuelTransaction (plates, fuel types, São Paulo times)', async () => {
    const added = await control<{ added: { transacao: { codigoTransacao: number } }[] }>('/_control/transactions', {
      codigoCliente: login.codigoCliente,
      transactions: [
        { dataTransacao: '2026-03-16T10:22:33', placa: 'abc-1234', tipoCombustivel: 'DIESEL S10', litros: 120.5, valorLitro: 5.89 },
        { dataTransacao: '2026-03-16T11:00:00', placa: 'abc1d23', tipoCombustivel: 'ARLA 32' },
        { dataTransacao: '2026-03-16T12:00:00', tipoCombustivel: 'GASOLINA ADITIVADA' },
        { dataTransacao: '2026-03-16T13:00:00', tipoCombustivel: 'QUEROSENE' },
      ],
    });
    const [diesel, arla, aditivada, unknown] = added.added.map((a) => String(a.transacao.codigoTransacao));
    const page = await ticketLogClient.fetchChanges(contextFor(login), { model: 'fuel_transaction', cursor: '2026-03-16', window: dayWindow('2026-03-16', '2026-03-16') });
    const byId = new Map(page.records.map((r) => [r.externalId, fuel(r)]));
    expect(byId.get(diesel!)).toMatchObject({
      provider: 'ticketlog', externalId: diesel, occurredAt: '2026-03-16T10:22:33-03:00', vehiclePlate: 'ABC1234',
      fuelType: 'DIESEL_S10', fuelTypeRaw: 'DIESEL S10', liters: 120.5, pricePerLiter: 5.89,
      currency: 'BRL', status: 'approved', driver: { document: null },
    });
    expect(byId.get(diesel!)?.totalAmount).toBeCloseTo(709.75, 1);
    expect(byId.get(arla!)).toMatchObject({ vehiclePlate: 'ABC1D23', fuelType: 'ARLA32' });
    expect(byId.get(aditivada!)).toMatchObject({ fuelType: 'GASOLINA_ADITIVADA' });
    expect(byId.get(unknown!)).toMatchObject({ fuelType: 'OUTROS', fuelTypeRaw: 'QUEROSENE' });
    for (const transaction of byId.values()) {
      expect(transaction.occurredAt).toMatch(/^2026-03-16T\d{2}:\d{2}:\d{2}-03:00$/);
      expect(transaction.vehiclePlate).toMatch(/^[A-Z0-9]+$/);
      expect(transaction.station.cnpj).toMatch(/^\d{14}$/);
    }
  });

  it('turns injected faults into ProviderErrors', async () => {
    const context = contextFor(login);
    const request: FetchRequest = { model: 'fuel_transaction', cursor: '2026-03-16' };
    await control('/_control/faults/next', { faults: [{ kind: 'status', status: 503 }] });
    await expect(ticketLogClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'unavailable', retryable: true });
    await control('/_control/faults/next', { faults: [{ kind: 'rate_limited', retryAfterSeconds: 9 }] });
    await expect(ticketLogClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'rate_limited', details: { retryAfterSeconds: 9 } });
    await control('/_control/faults/next', { faults: [{ kind: 'malformed' }] });
    await expect(ticketLogClient.fetchChanges(context, request)).rejects.toMatchObject({ kind: 'bad_response', retryable: false });
  });
});
