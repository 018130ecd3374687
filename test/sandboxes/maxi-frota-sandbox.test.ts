import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMaxiFrotaSandbox, type MaxiFrotaSandboxOptions } from '../../src/connectors/maxi-frota/sandbox/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/** The Fuel keys of the providers.md §4 proposal. */
const FUEL_KEYS = ['id', 'dataHora', 'placa', 'motorista', 'cartao', 'combustivel', 'litros', 'valorLitro', 'valorTotal', 'hodometro', 'horimetro', 'posto', 'status'];
const FUEL_TYPES = ['DIESEL S10', 'DIESEL', 'GASOLINA', 'GASOLINA ADITIVADA', 'ETANOL', 'GNV', 'ARLA 32'];
/** 12:00 in São Paulo. */
const NOON_MARCH_18 = '2026-03-18T15:00:00.000Z';
const HOUR_MS = 3_600_000;

interface Fuel {
  id: number;
  dataHora: string;
  placa: string;
  motorista: { nome: string; cpf: string; matricula: string };
  combustivel: string;
  litros: number;
  valorLitro: number;
  valorTotal: number;
  hodometro: number;
  posto: { cnpj: string; nome: string; cidade: string; uf: string };
  status: string;
}
interface Page {
  pagina: number;
  tamanhoPagina: number;
  totalRegistros: number;
  itens: Fuel[];
}
interface Tokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
}
interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

const opened: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

async function start(options: MaxiFrotaSandboxOptions = {}) {
  const clock = new ManualClock(NOON_MARCH_18);
  const app = await buildMaxiFrotaSandbox({ seed: 42, now: () => clock.now(), ...options });
  opened.push(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = async <T>(path: string, body: unknown): Promise<Reply<T>> => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as T };
  };
  const fuelings = async (accessToken: string | undefined, query: Record<string, string | number>): Promise<Reply<Page>> => {
    const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
    const response = await fetch(`${url}/v1/abastecimentos?${search}`, {
      headers: accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` },
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Page };
  };
  const createClient = async () => (await post<{ clientId: string }>('/_control/credentials', {})).body.clientId;
  const issueKey = async (clientId: string, generatedAt?: string) => {
    const issued = await post<{ chaveAutorizacao: string; generatedAt: string }>('/_control/authorization-keys', { clientId, generatedAt });
    expect(issued.status).toBe(201);
    return issued.body.chaveAutorizacao;
  };
  const exchange = (chaveAutorizacao: string) => post<Tokens & { codigo?: string }>('/auth/token', { chaveAutorizacao });
  /** A customer and a fresh token pair. */
  const connect = async () => {
    const clientId = await createClient();
    const tokens = await exchange(await issueKey(clientId));
    expect(tokens.status).toBe(200);
    return { clientId, tokens: tokens.body };
  };
  return { app, clock, url, post, fuelings, createClient, issueKey, exchange, connect };
}

const DAY = { dataInicial: '2026-03-17', dataFinal: '2026-03-17' };

describe('Maxi Frota sandbox', () => {
  it('exchanges an authorization key for a Bearer token pair that reads fuelings', async () => {
    const sandbox = await start();
    const clientId = await sandbox.createClient();
    expect(clientId).toMatch(/^cli_/);
    const key = await sandbox.issueKey(clientId);
    const exchanged = await sandbox.exchange(key);
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, refresh_token: expect.any(String) });

    const page = await sandbox.fuelings(exchanged.body.access_token, DAY);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ pagina: 1, tamanhoPagina: 100, totalRegistros: 8 });
    for (const fuel of page.body.itens) {
      expect(Object.keys(fuel).sort()).toEqual([...FUEL_KEYS].sort());
      expect(fuel.dataHora).toMatch(/^2026-03-17T\d{2}:\d{2}:\d{2}-03:00$/);
      expect(FUEL_TYPES).toContain(fuel.combustivel);
      expect(['APROVADA', 'CANCELADA']).toContain(fuel.status);
      expect(fuel.motorista.cpf).toMatch(/^\d{11}$/);
      expect(fuel.posto.cnpj).toMatch(/^\d{14}$/);
      expect(fuel.valorTotal).toBeCloseTo(fuel.litros * fuel.valorLitro, 2);
    }
  });

  it('refuses a key older than 12 hours by the injected clock, and an unknown key', async () => {
    const sandbox = await start();
    const clientId = await sandbox.createClient();
    const key = await sandbox.issueKey(clientId);
    sandbox.clock.advance(12 * HOUR_MS + 1000);
    const late = await sandbox.exchange(key);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ codigo: 'CHAVE_EXPIRADA', mensagem: expect.any(String) });

    const nearlyOld = new Date(sandbox.clock.now().getTime() - 12 * HOUR_MS + 60_000).toISOString();
    expect((await sandbox.exchange(await sandbox.issueKey(clientId, nearlyOld))).status).toBe(200);
    const old = new Date(sandbox.clock.now().getTime() - 13 * HOUR_MS).toISOString();
    expect((await sandbox.exchange(await sandbox.issueKey(clientId, old))).body).toMatchObject({ codigo: 'CHAVE_EXPIRADA' });

    const unknown = await sandbox.exchange('AAAA-BBBB-CCCC-DDDD-EEEE');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ codigo: 'CHAVE_INVALIDA' });
  });

  it('exchanges a key only once', async () => {
    const sandbox = await start();
    const key = await sandbox.issueKey(await sandbox.createClient());
    expect((await sandbox.exchange(key)).status).toBe(200);
    const again = await sandbox.exchange(key);
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ codigo: 'CHAVE_JA_UTILIZADA' });
  });

  it('expires access tokens and renews them with a rotating refresh token', async () => {
    const sandbox = await start({ accessTokenTtlSeconds: 600 });
    const { tokens } = await sandbox.connect();
    expect(tokens.expires_in).toBe(600);

    sandbox.clock.advance(599_000);
    expect((await sandbox.fuelings(tokens.access_token, DAY)).status).toBe(200);
    sandbox.clock.advance(1000);
    const expired = await sandbox.fuelings(tokens.access_token, DAY);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ codigo: 'TOKEN_EXPIRADO' });
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer/);

    const renewed = await sandbox.post<Tokens>('/auth/token', { refresh_token: tokens.refresh_token });
    expect(renewed.status).toBe(200);
    expect(renewed.body.token_type).toBe('Bearer');
    expect((await sandbox.fuelings(renewed.body.access_token, DAY)).status).toBe(200);
    const reused = await sandbox.post('/auth/token', { refresh_token: tokens.refresh_token });
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ codigo: 'REFRESH_TOKEN_INVALIDO' });

    const grantStyle = await sandbox.post<Tokens>('/auth/token', { grant_type: 'refresh_token', refresh_token: renewed.body.refresh_token });
    expect(grantStyle.status).toBe(200);
    const revoked = await sandbox.post<{ expiredAccessTokens: number }>('/_control/tokens/expire', {});
    expect(revoked.body.expiredAccessTokens).toBeGreaterThan(0);
    expect((await sandbox.fuelings(grantStyle.body.access_token, DAY)).body).toMatchObject({ codigo: 'TOKEN_EXPIRADO' });
    expect((await sandbox.post('/auth/token', { refresh_token: grantStyle.body.refresh_token })).status).toBe(200);

    expect((await sandbox.post('/auth/token', {})).body).toMatchObject({ codigo: 'REQUISICAO_INVALIDA' });
    expect((await sandbox.post('/auth/token', { grant_type: 'password', refresh_token: 'x' })).status).toBe(400);
  });

  it('answers TOKEN_INVALIDO to a missing or unknown bearer', async () => {
    const sandbox = await start();
    for (const token of [undefined, 'not-a-token']) {
      const response = await sandbox.fuelings(token, DAY);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ codigo: 'TOKEN_INVALIDO', mensagem: expect.any(String) });
    }
  });

  it('pages to the last page returning every item once, with the right totalRegistros', async () => {
    const sandbox = await start();
    const { tokens } = await sandbox.connect();
    const range = { dataInicial: '2026-02-01', dataFinal: '2026-03-17' }; // 45 days of 8 fuelings
    const seen: Fuel[] = [];
    let totalRegistros = -1;
    for (let pagina = 1; ; pagina++) {
      const page = await sandbox.fuelings(tokens.access_token, { ...range, pagina, tamanhoPagina: 7 });
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ pagina, tamanhoPagina: 7 });
      if (totalRegistros < 0) totalRegistros = page.body.totalRegistros;
      expect(page.body.totalRegistros).toBe(totalRegistros);
      seen.push(...page.body.itens);
      if (pagina * 7 >= totalRegistros) {
        expect(page.body.itens.length).toBe(totalRegistros - (pagina - 1) * 7);
        break;
      }
      expect(page.body.itens).toHaveLength(7);
    }
    expect(totalRegistros).toBe(45 * 8);
    expect(new Set(seen.map((fuel) => fuel.id)).size).toBe(totalRegistros);
    expect(seen.every((fuel) => fuel.dataHora >= '2026-02-01' && fuel.dataHora < '2026-03-18')).toBe(true);
    const times = seen.map((fuel) => fuel.dataHora);
    expect(times).toEqual([...times].sort());

    const pastTheEnd = await sandbox.fuelings(tokens.access_token, { ...range, pagina: 100, tamanhoPagina: 7 });
    expect(pastTheEnd.body).toMatchObject({ totalRegistros, itens: [] });
    const full = await sandbox.fuelings(tokens.access_token, { ...range, pagina: 2, tamanhoPagina: 100 });
    expect(full.body.itens.map((fuel) => fuel.id)).toEqual(seen.slice(100, 200).map((fuel) => fuel.id));
  });

  it('answers 400 with codigo and mensagem to bad query parameters', async () => {
    const sandbox = await start();
    const { tokens } = await sandbox.connect();
    const bad: Record<string, string | number>[] = [
      { ...DAY, tamanhoPagina: 101 },
      { ...DAY, tamanhoPagina: 0 },
      { ...DAY, pagina: 0 },
      { ...DAY, pagina: 'dois' },
      { dataFinal: '2026-03-17' },
      { dataInicial: '2026-02-30', dataFinal: '2026-03-17' },
      { dataInicial: '17/03/2026', dataFinal: '2026-03-17' },
      { dataInicial: '2026-03-17', dataFinal: '2026-03-16' },
    ];
    for (const query of bad) {
      const response = await sandbox.fuelings(tokens.access_token, query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.body).toMatchObject({ codigo: 'PARAMETRO_INVALIDO', mensagem: expect.any(String) });
    }
  });

  it('answers a scripted expired_token fault as TOKEN_EXPIRADO, once', async () => {
    const sandbox = await start();
    const { tokens } = await sandbox.connect();
    expect((await sandbox.post('/_control/faults/next', { faults: [{ kind: 'expired_token' }] })).status).toBe(200);
    const faulted = await sandbox.fuelings(tokens.access_token, DAY);
    expect(faulted.status).toBe(401);
    expect(faulted.body).toMatchObject({ codigo: 'TOKEN_EXPIRADO' });
    // A client refreshes and retries, as it would against the real service.
    const renewed = await sandbox.post<Tokens>('/auth/token', { refresh_token: tokens.refresh_token });
    expect((await sandbox.fuelings(renewed.body.access_token, DAY)).status).toBe(200);
  });

  it('shows a control-added fueling on its day', async () => {
    const sandbox = await start();
    const { clientId, tokens } = await sandbox.connect();
    const added = await sandbox.post<{ itens: Fuel[] }>('/_control/transactions', {
      clientId,
      date: '2026-03-10',
      transactions: [{ placa: 'abc-1d23', litros: 40, valorLitro: 4.299, combustivel: 'ETANOL', status: 'CANCELADA' }],
    });
    expect(added.status).toBe(201);
    const [fuel] = added.body.itens as [Fuel];
    expect(fuel).toMatchObject({ placa: 'abc-1d23', litros: 40, valorTotal: 171.96, status: 'CANCELADA' });
    const day = await sandbox.fuelings(tokens.access_token, { dataInicial: '2026-03-10', dataFinal: '2026-03-10' });
    expect(day.body.totalRegistros).toBe(9);
    expect(day.body.itens.find((item) => item.id === fuel.id)).toEqual(fuel);
    const nextDay = await sandbox.fuelings(tokens.access_token, { dataInicial: '2026-03-11', dataFinal: '2026-03-11' });
    expect(nextDay.body.itens.map((item) => item.id)).not.toContain(fuel.id);
    expect((await sandbox.post('/_control/transactions', { clientId: 'cli_missing' })).status).toBe(404);
  });

  it('gives the same data for the same seed and different data for another seed', async () => {
    const first = await start({ seed: 9 });
    const second = await start({ seed: 9 });
    const other = await start({ seed: 10 });
    const range = { dataInicial: '2026-01-01', dataFinal: '2026-03-17', tamanhoPagina: 100 };
    const [a, b, c] = [await first.connect(), await second.connect(), await other.connect()];
    expect(b.clientId).toBe(a.clientId);
    const fromFirst = (await first.fuelings(a.tokens.access_token, range)).body;
    expect(fromFirst.totalRegistros).toBe(76 * 8);
    expect((await second.fuelings(b.tokens.access_token, range)).body).toEqual(fromFirst);
    expect((await other.fuelings(c.tokens.access_token, range)).body.itens).not.toEqual(fromFirst.itens);
  });

  it('keeps odometers increasing per vehicle over the generated history', async () => {
    const sandbox = await start();
    const { tokens } = await sandbox.connect();
    const items: Fuel[] = [];
    for (let pagina = 1; pagina <= 3; pagina++) {
      items.push(...(await sandbox.fuelings(tokens.access_token, { dataInicial: '2026-02-01', dataFinal: '2026-03-17', pagina })).body.itens);
    }
    const last = new Map<string, number>();
    for (const fuel of items) {
      const plate = fuel.placa.replace('-', '').toUpperCase();
      expect(fuel.hodometro).toBeGreaterThanOrEqual(last.get(plate) ?? 0);
      last.set(plate, fuel.hodometro);
    }
    expect(new Set(items.map((fuel) => fuel.combustivel))).toEqual(new Set(FUEL_TYPES));
  });
});
