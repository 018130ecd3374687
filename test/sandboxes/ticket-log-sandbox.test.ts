import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTicketLogSandbox, type TicketLogSandboxOptions } from '../../src/connectors/ticket-log/sandbox/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/** Every transaction field listed in providers.md §3. */
const DOCUMENTED_FIELDS = [
  'codigoTransacao', 'dataTransacao', 'valorTransacao', 'litros', 'valorLitro', 'valorSaldoAnterior',
  'tipoCombustivel', 'codigoTipoCombustivel',
  'placa', 'numeroCartao', 'nomeMotorista', 'numeroMatricula', 'codigoUsuarioCartao',
  'quilometragem', 'quilometrosRodados', 'quilometrosPorLitro',
  'cnpjEstabelecimento', 'codigoEstabelecimento', 'nomeReduzidoEstabelecimento', 'nomeCidade', 'uf',
  'veiculoFabricante', 'veiculoModelo', 'ano', 'cor', 'codigoVeiculoCliente', 'codigoFamiliaVeiculo', 'tipoFrota', 'segmentoVeiculo',
  'grupoRestricaoVeiculo', 'grupoRestricaoTransacao', 'codigoLiberacaoRestricao',
  'responsavel', 'servico', 'codigoServico', 'codigoOrdemServico', 'codigoServicoOrdemServico',
  'numeroTerminal', 'descricaoSeriePos',
  'controlaHodometro', 'controlaHorimetro', 'exibeMediaQuilometragem', 'controleDesempenho', 'quilometragemInicial', 'principal',
];
const FUEL_TYPES = ['DIESEL S10', 'DIESEL', 'GASOLINA', 'GASOLINA ADITIVADA', 'ETANOL', 'GNV', 'ARLA 32'];
const SEARCH = '/ticketlog-servicos/ebs/transacaoVeiculo/search';
/** 12:00 in São Paulo. */
const NOON_MARCH_18 = '2026-03-18T15:00:00.000Z';

interface Transacao {
  codigoTransacao: number;
  dataTransacao: string;
  placa: string;
  quilometragem: number;
  litros: number;
  valorLitro: number;
  valorTransacao: number;
  tipoCombustivel: string;
  [field: string]: unknown;
}
interface SearchResponse {
  sucesso: boolean;
  mensagem: string;
  transacoes?: Transacao[];
}
interface Credentials {
  username: string;
  password: string;
  codigoCliente: number;
}

const opened: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

async function start(options: TicketLogSandboxOptions = {}) {
  const clock = new ManualClock(NOON_MARCH_18);
  const app = await buildTicketLogSandbox({ seed: 42, now: () => clock.now(), ...options });
  opened.push(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const credentials = async (): Promise<Credentials> => {
    const response = await post('/_control/credentials', {});
    expect(response.status).toBe(201);
    return JSON.parse(response.text) as Credentials;
  };
  const basic = (c: Pick<Credentials, 'username' | 'password'>) => ({
    authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`,
  });
  const searchRaw = (c: Credentials, body: Record<string, unknown>) =>
    post(SEARCH, { codigoCliente: c.codigoCliente, codigoTipoCartao: 4, considerarTransacao: 'T', ordem: 'S', validacao: 'S', ...body }, basic(c));
  /** One whole local day. */
  const searchDay = async (c: Credentials, day: string, considerarTransacao: 'V' | 'T' = 'T') => {
    const response = await searchRaw(c, { dataTransacaoInicial: `${day}T00:00:00`, dataTransacaoFinal: `${day}T23:59:59`, considerarTransacao });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as SearchResponse;
    expect(body.sucesso, body.mensagem).toBe(true);
    return body.transacoes!;
  };
  return { app, clock, url, post, credentials, basic, searchRaw, searchDay };
}

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const normalisePlate = (plate: string) => plate.replace('-', '').toUpperCase();

describe('Ticket Log sandbox', () => {
  it('answers a day of transactions with every documented field for good Basic credentials', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    expect(client.username).toMatch(/^\[OperadorWeb\]app\d+$/);

    const transacoes = await sandbox.searchDay(client, '2026-03-17');
    expect(transacoes).toHaveLength(8); // transactionsPerDay defaults to 8 and "T" returns them all
    for (const transacao of transacoes) {
      expect(Object.keys(transacao).sort()).toEqual([...DOCUMENTED_FIELDS].sort());
      expect(Number.isInteger(transacao.codigoTransacao)).toBe(true);
      expect(transacao.dataTransacao).toMatch(/^2026-03-17T\d{2}:\d{2}:\d{2}$/); // local time, no zone
      expect(FUEL_TYPES).toContain(transacao.tipoCombustivel);
      expect(transacao.valorTransacao).toBeCloseTo(transacao.litros * transacao.valorLitro, 2);
      expect(transacao.numeroCartao).toMatch(/^\d{4}\*{8}\d{4}$/);
      expect(normalisePlate(transacao.placa)).toMatch(/^[A-Z]{3}\d[A-Z0-9]\d{2}$/);
      expect(transacao.cnpjEstabelecimento).toMatch(/^\d{14}$/);
      expect(typeof transacao.quilometragemInicial).toBe('boolean');
    }
    const times = transacoes.map((t) => t.dataTransacao);
    expect(times).toEqual([...times].sort()); // ordem "S"
  });

  it('generates a realistic fleet: both plate formats, raw plates, every fuel type, odometers that only go up', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const history: Transacao[] = [];
    for (let back = 60; back >= 1; back--) history.push(...(await sandbox.searchDay(client, dayBefore('2026-03-18', back))));

    expect(history).toHaveLength(60 * 8);
    expect(new Set(history.map((t) => t.tipoCombustivel))).toEqual(new Set(FUEL_TYPES));
    const plates = history.map((t) => t.placa);
    expect(plates.some((plate) => /^[A-Z]{3}\d{4}$/.test(normalisePlate(plate)))).toBe(true);
    expect(plates.some((plate) => /^[A-Z]{3}\d[A-Z]\d{2}$/.test(normalisePlate(plate)))).toBe(true);
    expect(plates.some((plate) => plate.includes('-') || plate !== plate.toUpperCase())).toBe(true);
    const lastOdometer = new Map<string, number>();
    for (const transacao of history) {
      const plate = normalisePlate(transacao.placa);
      expect(transacao.quilometragem).toBeGreaterThanOrEqual(lastOdometer.get(plate) ?? 0);
      lastOdometer.set(plate, transacao.quilometragem);
    }
  });

  it('answers HTTP 500 to bad or missing Basic credentials', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const body = {
      codigoCliente: client.codigoCliente, codigoTipoCartao: 4, considerarTransacao: 'T', ordem: 'S', validacao: 'S',
      dataTransacaoInicial: '2026-03-17T00:00:00', dataTransacaoFinal: '2026-03-17T23:59:59',
    };
    const attempts: Record<string, string>[] = [
      sandbox.basic({ username: client.username, password: 'wrong' }),
      sandbox.basic({ username: '[OperadorWeb]app0', password: client.password }),
      { authorization: 'Bearer whatever' },
      {},
    ];
    for (const headers of attempts) {
      const response = await sandbox.post(SEARCH, body, headers);
      expect(response.status).toBe(500);
      expect(JSON.parse(response.text)).toMatchObject({ status: 500, error: 'Internal Server Error', path: SEARCH });
    }
    expect((await sandbox.post(SEARCH, body, sandbox.basic(client))).status).toBe(200);
  });

  it("refuses a codigoCliente the credentials do not own, in the sucesso:false envelope", async () => {
    const sandbox = await start();
    const mine = await sandbox.credentials();
    const other = await sandbox.credentials();
    const response = await sandbox.searchRaw({ ...mine, codigoCliente: other.codigoCliente }, {
      dataTransacaoInicial: '2026-03-17T00:00:00', dataTransacaoFinal: '2026-03-17T23:59:59',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ sucesso: false, mensagem: expect.any(String) });
  });

  it('serves one day per call and reports invalid requests as HTTP 200 sucesso:false', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const expectFailure = async (body: Record<string, unknown>, message: RegExp) => {
      const response = await sandbox.searchRaw(client, body);
      expect(response.status).toBe(200);
      const parsed = JSON.parse(response.text) as SearchResponse;
      expect(parsed.sucesso).toBe(false);
      expect(parsed.mensagem).toMatch(message);
      expect(parsed.transacoes).toBeUndefined();
    };
    await expectFailure({ dataTransacaoInicial: '2026-03-16T00:00:00', dataTransacaoFinal: '2026-03-17T23:59:59' }, /único dia/);
    await expectFailure({ dataTransacaoInicial: '2026-03-17T23:00:00', dataTransacaoFinal: '2026-03-18T01:00:00' }, /único dia/);
    await expectFailure({ dataTransacaoInicial: '2026-03-17T12:00:00', dataTransacaoFinal: '2026-03-17T08:00:00' }, /anterior/);
    await expectFailure({ dataTransacaoInicial: '2026-03-17T00:00:00' }, /dataTransacaoFinal é obrigatório/);
    await expectFailure({ dataTransacaoInicial: '17/03/2026', dataTransacaoFinal: '2026-03-17T23:59:59' }, /dataTransacaoInicial é inválido/);
    await expectFailure(
      { dataTransacaoInicial: '2026-03-17T00:00:00', dataTransacaoFinal: '2026-03-17T23:59:59', considerarTransacao: 'X' },
      /considerarTransacao é inválido/,
    );

    const notJson = await sandbox.post(SEARCH, '{"codigoCliente":', sandbox.basic(client));
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.text)).toMatchObject({ sucesso: false });

    // A window inside one day returns only that part of the day.
    const whole = await sandbox.searchDay(client, '2026-03-17');
    const morning = await sandbox.searchRaw(client, { dataTransacaoInicial: '2026-03-17T00:00:00', dataTransacaoFinal: '2026-03-17T11:59:59' });
    const expected = whole.filter((t) => t.dataTransacao <= '2026-03-17T11:59:59').map((t) => t.codigoTransacao);
    expect((JSON.parse(morning.text) as SearchResponse).transacoes!.map((t) => t.codigoTransacao)).toEqual(expected);
  });

  it('returns overlapping sets for considerarTransacao V and T, deduplicated on codigoTransacao', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const added = await sandbox.post('/_control/transactions', {
      codigoCliente: client.codigoCliente,
      date: '2026-03-16',
      transactions: [{ status: 'canceled' }, { status: 'pending' }, { status: 'approved' }],
    });
    expect(added.status).toBe(201);
    const [canceled, pending, approved] = (JSON.parse(added.text) as { added: { transacao: Transacao }[] }).added.map(
      (entry) => entry.transacao.codigoTransacao,
    );

    const all = await sandbox.searchDay(client, '2026-03-16', 'T');
    const validated = await sandbox.searchDay(client, '2026-03-16', 'V');
    const allCodes = all.map((t) => t.codigoTransacao);
    const validatedCodes = validated.map((t) => t.codigoTransacao);
    expect(new Set(allCodes).size).toBe(allCodes.length);
    expect(validatedCodes.every((code) => allCodes.includes(code))).toBe(true);
    expect(allCodes).toEqual(expect.arrayContaining([canceled, pending, approved]));
    expect(validatedCodes).toContain(approved);
    expect(validatedCodes).not.toContain(canceled);
    expect(validatedCodes).not.toContain(pending);

    // What a client does: query both, keep one row per codigoTransacao.
    const merged = new Map([...validated, ...all].map((t) => [t.codigoTransacao, t]));
    expect(merged.size).toBe(all.length);
    expect(validated.length).toBeLessThan(all.length);
  });

  it('shows a control-added transaction on its day only, and a later sale once the clock passes it', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const added = await sandbox.post('/_control/transactions', {
      codigoCliente: client.codigoCliente,
      date: '2026-03-10',
      transactions: [{ placa: 'abc-1d23', litros: 50, valorLitro: 6.199, tipoCombustivel: 'DIESEL S10' }],
    });
    expect(added.status).toBe(201);
    const [{ transacao }] = (JSON.parse(added.text) as { added: { transacao: Transacao }[] }).added as [{ transacao: Transacao }];
    expect(transacao).toMatchObject({ placa: 'abc-1d23', litros: 50, valorLitro: 6.199, valorTransacao: 309.95 });
    expect(transacao.dataTransacao.startsWith('2026-03-10T')).toBe(true);

    const onItsDay = await sandbox.searchDay(client, '2026-03-10');
    expect(onItsDay.find((t) => t.codigoTransacao === transacao.codigoTransacao)).toEqual(transacao);
    for (const day of ['2026-03-09', '2026-03-11']) {
      expect((await sandbox.searchDay(client, day)).map((t) => t.codigoTransacao)).not.toContain(transacao.codigoTransacao);
    }

    const evening = await sandbox.post('/_control/transactions', {
      codigoCliente: client.codigoCliente,
      transactions: [{ dataTransacao: '2026-03-18T20:00:00' }],
    });
    const code = (JSON.parse(evening.text) as { added: { transacao: Transacao }[] }).added[0]!.transacao.codigoTransacao;
    expect((await sandbox.searchDay(client, '2026-03-18')).map((t) => t.codigoTransacao)).not.toContain(code);
    sandbox.clock.set('2026-03-18T23:30:00.000Z'); // 20:30 in São Paulo
    expect((await sandbox.searchDay(client, '2026-03-18')).map((t) => t.codigoTransacao)).toContain(code);

    expect((await sandbox.post('/_control/transactions', { codigoCliente: 1 })).status).toBe(404);
    const duplicate = await sandbox.post('/_control/transactions', { codigoCliente: client.codigoCliente, transactions: [{ codigoTransacao: code }] });
    expect(duplicate.status).toBe(409);
  });

  it('extends the history as the injected clock moves to later days', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    expect(await sandbox.searchDay(client, '2026-03-20')).toEqual([]);
    sandbox.clock.set('2026-03-21T02:59:59.000Z'); // 23:59:59 on March 20 in São Paulo
    expect(await sandbox.searchDay(client, '2026-03-19')).toHaveLength(8);
    expect(await sandbox.searchDay(client, '2026-03-20')).toHaveLength(8);
  });

  it('applies scripted faults to the next provider calls only', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const window = { dataTransacaoInicial: '2026-03-17T00:00:00', dataTransacaoFinal: '2026-03-17T23:59:59' };
    const scripted = await sandbox.post('/_control/faults/next', {
      faults: [{ kind: 'status', status: 503 }, { kind: 'rate_limited', retryAfterSeconds: 7 }, { kind: 'malformed' }],
    });
    expect(scripted.status).toBe(200);

    expect((await sandbox.searchRaw(client, window)).status).toBe(503);
    const limited = await sandbox.searchRaw(client, window);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    const malformed = await sandbox.searchRaw(client, window);
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
    const healthy = await sandbox.searchRaw(client, window);
    expect(healthy.status).toBe(200);
    expect(JSON.parse(healthy.text)).toMatchObject({ sucesso: true });
  });

  it('gives the same data for the same seed and different data for another seed', async () => {
    const first = await start({ seed: 7 });
    const second = await start({ seed: 7 });
    const other = await start({ seed: 8 });
    const [a, b, c] = [await first.credentials(), await second.credentials(), await other.credentials()];
    expect(b.codigoCliente).toBe(a.codigoCliente);
    for (const day of ['2026-01-05', '2026-03-17']) {
      const fromFirst = await first.searchDay(a, day);
      expect(fromFirst).toHaveLength(8);
      expect(await second.searchDay(b, day)).toEqual(fromFirst);
      expect(await other.searchDay(c, day)).not.toEqual(fromFirst);
    }
  });

  it('tracks an onboarding through Ticket Log approval', async () => {
    const sandbox = await start();
    const client = await sandbox.credentials();
    const created = await sandbox.post('/_control/onboardings', { codigoCliente: client.codigoCliente });
    expect(created.status).toBe(201);
    const onboarding = JSON.parse(created.text) as { id: string; status: string; codigoCliente: number };
    expect(onboarding).toMatchObject({ status: 'pending', codigoCliente: client.codigoCliente });
    expect(onboarding.id).toMatch(/^onb_/);

    const revise = await sandbox.post(`/_control/onboardings/${onboarding.id}/status`, { status: 'needs_revision', reason: 'CNPJ divergente' });
    expect(JSON.parse(revise.text)).toMatchObject({ status: 'needs_revision', reason: 'CNPJ divergente' });
    const approve = await sandbox.post(`/_control/onboardings/${onboarding.id}/status`, { status: 'approved' });
    expect(JSON.parse(approve.text)).toMatchObject({ status: 'approved', reason: null });
    expect((await sandbox.post(`/_control/onboardings/${onboarding.id}/status`, { status: 'rejected' })).status).toBe(409);

    const fetched = await fetch(`${sandbox.url}/_control/onboardings/${onboarding.id}`);
    const body = (await fetched.json()) as { status: string; history: { status: string }[] };
    expect(body.status).toBe('approved');
    expect(body.history.map((entry) => entry.status)).toEqual(['pending', 'needs_revision', 'approved']);

    expect((await fetch(`${sandbox.url}/_control/onboardings/onb_missing`)).status).toBe(404);
    expect((await sandbox.post('/_control/onboardings', { codigoCliente: 1 })).status).toBe(404);
    expect((await sandbox.post(`/_control/onboardings/${onboarding.id}/status`, { status: 'maybe' })).status).toBe(400);
    expect(JSON.parse((await sandbox.post('/_control/onboardings', {})).text)).toMatchObject({ status: 'pending', codigoCliente: null });
  });
});
