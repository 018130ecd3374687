import type { TicketLogRow } from './harness.ts';
import { found, search, transaction, validatedDay } from './wire.ts';

/** verifyCredentials and fetchChanges on `POST /ebs/transacaoVeiculo/search`: what each answer becomes. */

const poll = { fetch: { cursor: null } };

/** Ticket Log's text for the fuel → the canonical type (providers.md §5's enum); the raw text is always kept. */
const FUEL_KINDS: [raw: string | null, canonical: string][] = [
  ['ETANOL', 'ETANOL'],
  ['ALCOOL', 'ETANOL'],
  ['Etanol Hidratado', 'ETANOL'],
  ['GASOLINA COMUM', 'GASOLINA'],
  ['GASOLINA ADITIVADA', 'GASOLINA_ADITIVADA'],
  ['DIESEL', 'DIESEL'],
  ['DIESEL S500', 'DIESEL'],
  ['DIESEL S-500', 'DIESEL'],
  ['DIESEL S10', 'DIESEL_S10'],
  ['DIESEL S-10', 'DIESEL_S10'],
  ['GNV', 'GNV'],
  ['ARLA 32', 'ARLA32'],
  ['QUEROSENE', 'OUTROS'],
  [null, 'OUTROS'],
];

export const verifyRows: TicketLogRow[] = [
  {
    name: 'verify: today searched with "T" and "V", both sucesso:true → verified',
    call: { verify: true },
    serves: validatedDay([], '2026-03-18'),
    expect: { verified: { ok: true } },
  },
  {
    name: 'verify: 500 {sucesso:false, mensagem:"Usuário ou senha inválidos"} → not verified, with Ticket Log\'s words',
    call: { verify: true },
    serves: [search('T', { status: 500, headers: { 'content-type': 'application/json' }, body: '{"sucesso":false,"mensagem":"Usuário ou senha inválidos","transacoes":null}' }, '2026-03-18')],
    expect: { verified: { ok: false, reason: 'username or password', providerMessage: 'Usuário ou senha inválidos' } },
  },
  {
    name: 'verify: 200 sucesso:false about the client → not verified (check the client code), with Ticket Log\'s words',
    why: 'The text is illustrative: a login accepted with a query refused points at the client code or card type.',
    call: { verify: true },
    serves: [search('T', { status: 200, headers: { 'content-type': 'application/json' }, body: '{"sucesso":false,"mensagem":"Cliente 122840 não vinculado ao usuário"}' }, '2026-03-18')],
    expect: { verified: { ok: false, reason: 'client code', providerMessage: 'Cliente 122840 não vinculado ao usuário' } },
  },
];

export const searchRows: TicketLogRow[] = [
  {
    name: 'day: a sale in "T" and "V" → approved; one only in "T" → pending; every canonical field normalised',
    why: 'Ticket Log sends no status: membership of the "V" (validated) answer is the status (see mapping.ts).',
    call: poll,
    serves: [search('T', found([transaction(), transaction({ codigoTransacao: 310000043, placa: 'XYZ9A87' })])), search('V', found([transaction()]))],
    expect: {
      page: {
        records: [
          {
            provider: 'ticketlog',
            externalId: '310000042',
            occurredAt: '2026-03-17T10:22:33-03:00',
            vehiclePlate: 'ABC1D23',
            driver: { name: 'JOAO SILVA', document: null, registration: '1234' },
            cardNumberMasked: '6036********1234',
            fuelType: 'DIESEL_S10',
            fuelTypeRaw: 'DIESEL S10',
            liters: 120.5,
            pricePerLiter: 5.89,
            totalAmount: 709.75,
            currency: 'BRL',
            odometerKm: 154320,
            station: { cnpj: '12345678000190', name: 'POSTO EXEMPLO', city: 'CAMPINAS', uf: 'SP' },
            status: 'approved',
          },
          { externalId: '310000043', vehiclePlate: 'XYZ9A87', status: 'pending' },
        ],
        nextCursor: '2026-03-18',
        done: false,
      },
    },
  },
  ...FUEL_KINDS.map(
    ([raw, canonical]): TicketLogRow => ({
      name: `day: tipoCombustivel ${JSON.stringify(raw)} → fuelType ${canonical}`,
      call: poll,
      serves: validatedDay([transaction({ tipoCombustivel: raw })]),
      expect: { page: { records: [{ fuelType: canonical as 'OUTROS', fuelTypeRaw: raw }] } },
    }),
  ),
  {
    name: 'day: numbers as strings ("709.75", "120.5", "154320", codigoTransacao "310000042") → numbers',
    why: 'providers.md says decimals; a numeric string is read as its number rather than failing the day (tolerant).',
    call: poll,
    serves: validatedDay([transaction({ codigoTransacao: '310000042', valorTransacao: '709.75', litros: '120.5', valorLitro: '5.89', quilometragem: '154320' })]),
    expect: { page: { records: [{ externalId: '310000042', totalAmount: 709.75, liters: 120.5, pricePerLiter: 5.89, odometerKm: 154320 }] } },
  },
  {
    name: 'day: decimals with a Brazilian comma ("709,75") → numbers',
    why: 'Not seen yet, but a pt-BR service may format numbers so; one separator is unambiguous (tolerant).',
    call: poll,
    serves: validatedDay([transaction({ valorTransacao: '709,75', litros: '120,5', valorLitro: '5,89' })]),
    expect: { page: { records: [{ totalAmount: 709.75, liters: 120.5, pricePerLiter: 5.89 }] } },
  },
  {
    name: 'day: descriptive fields null or blank (plate, driver, station, price, odometer) → nulls, the sale kept',
    call: poll,
    serves: validatedDay([transaction({ placa: null, nomeMotorista: ' ', numeroMatricula: null, cnpjEstabelecimento: '', uf: null, valorLitro: '', quilometragem: null })]),
    expect: { page: { records: [{ vehiclePlate: null, driver: { name: null, registration: null }, station: { cnpj: null, uf: null }, pricePerLiter: null, odometerKm: null }] } },
  },
  {
    name: 'day: the same codigoTransacao twice in "T" → one record',
    call: poll,
    serves: [search('T', found([transaction(), transaction()])), search('V', found([]))],
    expect: { page: { records: [{ externalId: '310000042', status: 'pending' }] } },
  },
  {
    name: 'day: no sales (transacoes []) → no records, the next day is next',
    call: poll,
    serves: validatedDay([]),
    expect: { page: { records: [], nextCursor: '2026-03-18', done: false } },
  },
  {
    name: 'day: transacoes null → no records',
    call: poll,
    serves: validatedDay(null),
    expect: { page: { records: [], nextCursor: '2026-03-18', done: false } },
  },
  {
    name: 'day: a bare list of transactions without the envelope → read as the day\'s sales',
    why: 'providers.md documents the {sucesso, mensagem, transacoes} envelope; a bare array can only be the list (tolerant).',
    call: poll,
    serves: [
      search('T', { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify([transaction()]) }),
      search('V', { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify([transaction()]) }),
    ],
    expect: { page: { records: [{ externalId: '310000042', status: 'approved' }] } },
  },
  {
    name: 'day: today → done; the next poll starts again at yesterday (late sales land there)',
    call: { fetch: { cursor: '2026-03-18' } },
    serves: validatedDay([], '2026-03-18'),
    expect: { page: { records: [], nextCursor: '2026-03-17', done: true } },
  },
  {
    name: 'day: backfill window → its first São Paulo day, then the next',
    call: { fetch: { cursor: null, window: { from: new Date('2026-03-01T03:00:00.000Z'), to: new Date('2026-03-05T03:00:00.000Z') } } },
    serves: validatedDay([], '2026-03-01'),
    expect: { page: { records: [], nextCursor: '2026-03-02', done: false } },
  },
  {
    name: 'day: dataTransacao with a space and no seconds ("2026-03-17 10:22") → São Paulo time',
    call: poll,
    serves: validatedDay([transaction({ dataTransacao: '2026-03-17 10:22' })]),
    expect: { page: { records: [{ occurredAt: '2026-03-17T10:22:00-03:00' }] } },
  },
  {
    name: 'day: dataTransacao in UTC ("2026-03-17T13:22:33Z") → converted to São Paulo time',
    call: poll,
    serves: validatedDay([transaction({ dataTransacao: '2026-03-17T13:22:33Z' })]),
    expect: { page: { records: [{ occurredAt: '2026-03-17T10:22:33-03:00' }] } },
  },
  {
    name: 'day: dataTransacao "17/03/2026 10:22" → bad_response naming the transaction',
    call: poll,
    serves: validatedDay([transaction({ dataTransacao: '17/03/2026 10:22' })]),
    expect: { error: { kind: 'bad_response', message: 'transaction 310000042' } },
  },
  {
    name: 'day: a transaction without codigoTransacao → bad_response naming transacoes[0]',
    call: poll,
    serves: [search('T', found([transaction({ codigoTransacao: undefined })]))],
    expect: { error: { kind: 'bad_response', message: 'transacoes[0]' } },
  },
  {
    name: 'day: litros "cento e vinte" (not a number) → bad_response naming transacoes[0]',
    call: poll,
    serves: [search('T', found([transaction({ litros: 'cento e vinte' })]))],
    expect: { error: { kind: 'bad_response', message: 'transacoes[0]' } },
  },
];
