import { json } from '../support/answers.ts';
import { AN_HOUR_FROM_NOW, expiringTokens, freshTokens, type MaxiFrotaRow, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN } from './harness.ts';
import { exchangeKey, fueling, fuelings, page, refresh, tokens } from './wire.ts';

/** fetchChanges on `GET /v1/abastecimentos`: pages of fuelings for a range of São Paulo days. */

const poll = { fetch: { cursor: null } };
const given = { tokens: freshTokens };
const nextPoll = { from: '2026-03-17', to: null, page: 1 };

const STATUSES: [sent: string, status: 'approved' | 'canceled' | 'pending'][] = [
  ['APROVADA', 'approved'],
  ['CANCELADA', 'canceled'],
  ['aprovada', 'approved'],
  [' Cancelada ', 'canceled'],
  ['PENDENTE', 'pending'],
  ['ESTORNADA', 'pending'],
];
const FUEL_KINDS: [raw: string, canonical: string][] = [
  ['GASOLINA COMUM', 'GASOLINA'],
  ['Gasolina Aditivada', 'GASOLINA_ADITIVADA'],
  ['ETANOL', 'ETANOL'],
  ['DIESEL S10', 'DIESEL_S10'],
  ['Diesel S-500', 'DIESEL'],
  ['GNV', 'GNV'],
  ['ARLA 32', 'ARLA32'],
  ['LUBRIFICANTE', 'OUTROS'],
];

export const fuelingRows: MaxiFrotaRow[] = [
  {
    name: 'page: one fueling (APROVADA) → an approved transaction, every canonical field normalised; the next poll re-reads yesterday',
    given,
    call: poll,
    serves: [fuelings(page([fueling()]))],
    expect: {
      page: {
        records: [
          {
            provider: 'maxifrota',
            externalId: 'MF-778812',
            occurredAt: '2026-03-17T08:15:00-03:00',
            vehiclePlate: 'BRA2E19',
            driver: { name: 'MARIA SOUZA', document: '52998224725', registration: 'M-88' },
            cardNumberMasked: '6280********4321',
            fuelType: 'GASOLINA',
            fuelTypeRaw: 'GASOLINA COMUM',
            liters: 45.2,
            pricePerLiter: 5.83,
            totalAmount: 263.52,
            currency: 'BRL',
            odometerKm: 88120,
            station: { cnpj: '98765432000110', name: 'AUTO POSTO CENTRAL', city: 'SOROCABA', uf: 'SP' },
            status: 'approved',
          },
        ],
        nextCursor: nextPoll,
        done: true,
      },
    },
  },
  ...STATUSES.map(
    ([sent, status]): MaxiFrotaRow => ({
      name: `page: status ${JSON.stringify(sent)} → ${status}`,
      why: status === 'pending' ? 'Only APROVADA and CANCELADA are proposed; any other status is never taken as approved.' : undefined,
      given,
      call: poll,
      serves: [fuelings(page([fueling({ status: sent })]))],
      expect: { page: { records: [{ status }] } },
    }),
  ),
  ...FUEL_KINDS.map(
    ([raw, canonical]): MaxiFrotaRow => ({
      name: `page: combustivel ${JSON.stringify(raw)} → fuelType ${canonical}`,
      given,
      call: poll,
      serves: [fuelings(page([fueling({ combustivel: raw })]))],
      expect: { page: { records: [{ fuelType: canonical as 'OUTROS', fuelTypeRaw: raw }] } },
    }),
  ),
  {
    name: 'page: numbers as strings (litros "45.2", valorTotal "263,52", totalRegistros "1", id 778812) → numbers',
    why: 'The shape is a proposal [U]; numeric strings (dot or Brazilian comma) are read as numbers (tolerant).',
    given,
    call: poll,
    serves: [fuelings(json(200, { pagina: '1', tamanhoPagina: '100', totalRegistros: '1', itens: [fueling({ id: 778812, litros: '45.2', valorLitro: '5,83', valorTotal: '263,52', hodometro: '88120' })] }))],
    expect: { page: { records: [{ externalId: '778812', liters: 45.2, pricePerLiter: 5.83, totalAmount: 263.52, odometerKm: 88120 }], done: true } },
  },
  {
    name: 'page: motorista and posto null, no price → nulls, the fueling kept',
    given,
    call: poll,
    serves: [fuelings(page([fueling({ motorista: null, posto: null, valorLitro: null, hodometro: '' })]))],
    expect: { page: { records: [{ driver: { name: null, document: null, registration: null }, station: { cnpj: null, name: null }, pricePerLiter: null, odometerKm: null }] } },
  },
  {
    name: 'page: dataHora in UTC ("2026-03-17T11:15:00Z") → São Paulo time',
    given,
    call: poll,
    serves: [fuelings(page([fueling({ dataHora: '2026-03-17T11:15:00Z' })]))],
    expect: { page: { records: [{ occurredAt: '2026-03-17T08:15:00-03:00' }] } },
  },
  {
    name: 'page: 1 of 2 (totalRegistros 150) → page 2 of the same fixed range is next',
    given,
    call: poll,
    serves: [fuelings(page([fueling()], 150))],
    expect: { page: { records: [{ externalId: 'MF-778812' }], nextCursor: { from: '2026-03-17', to: '2026-03-18', page: 2 }, done: false } },
  },
  {
    name: 'page: page 2 of the range → asks for pagina=2',
    given,
    call: { fetch: { cursor: JSON.stringify({ from: '2026-03-17', to: '2026-03-18', page: 2 }) } },
    serves: [fuelings(page([fueling()], 101, 2), { pagina: '2' })],
    expect: { page: { records: [{ externalId: 'MF-778812' }], nextCursor: nextPoll, done: true } },
  },
  {
    name: 'page: empty (itens [], totalRegistros 0) → no records, done',
    given,
    call: poll,
    serves: [fuelings(page([], 0))],
    expect: { page: { records: [], nextCursor: nextPoll, done: true } },
  },
  {
    name: 'page: a bare list of fuelings, shorter than a page → its records, done',
    why: 'The envelope is a proposal [U]; a bare array is the list, and without a total a short page is the last (tolerant).',
    given,
    call: poll,
    serves: [fuelings(json(200, [fueling()]))],
    expect: { page: { records: [{ externalId: 'MF-778812' }], nextCursor: nextPoll, done: true } },
  },
  {
    name: 'page: backfill window → its São Paulo days; the last page ends it',
    given,
    call: { fetch: { cursor: null, window: { from: new Date('2026-03-01T03:00:00.000Z'), to: new Date('2026-03-05T03:00:00.000Z') } } },
    serves: [fuelings(page([]), { dataInicial: '2026-03-01', dataFinal: '2026-03-05' })],
    expect: { page: { records: [], nextCursor: null, done: true } },
  },
  {
    name: 'page: no tokens yet → the key exchanged first, the tokens kept, then the page',
    call: poll,
    serves: [exchangeKey(tokens()), fuelings(page([fueling()]), {}, NEW_ACCESS_TOKEN)],
    expect: { page: { records: [{ externalId: 'MF-778812' }] }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN, refreshToken: NEW_REFRESH_TOKEN }] },
  },
  {
    name: 'page: tokens within 15 minutes of expiry → refreshed first (the rotated pair kept), then the page',
    given: { tokens: expiringTokens },
    call: poll,
    serves: [refresh(tokens()), fuelings(page([fueling()]), {}, NEW_ACCESS_TOKEN)],
    expect: { page: { records: [{ externalId: 'MF-778812' }] }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN, refreshToken: NEW_REFRESH_TOKEN, expiresAt: AN_HOUR_FROM_NOW }] },
  },
  {
    name: 'page: an item without id → bad_response naming itens[0]',
    given,
    call: poll,
    serves: [fuelings(page([fueling({ id: undefined })]))],
    expect: { error: { kind: 'bad_response', message: 'itens[0]' } },
  },
  {
    name: 'page: dataHora "17/03/2026 08:15" → bad_response naming the fueling',
    given,
    call: poll,
    serves: [fuelings(page([fueling({ dataHora: '17/03/2026 08:15' })]))],
    expect: { error: { kind: 'bad_response', message: 'fueling MF-778812' } },
  },
  {
    name: 'page: a 200 without itens → bad_response',
    given,
    call: poll,
    serves: [fuelings(json(200, { pagina: 1, tamanhoPagina: 100, totalRegistros: 0 }))],
    expect: { error: { kind: 'bad_response', message: 'page' } },
  },
];
