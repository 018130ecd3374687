import { json } from '../support/answers.ts';
import { type HugmeRow, keptToken, NOW } from './harness.ts';
import { ticket, ticketPage, tickets } from './wire.ts';

/** fetchChanges on `GET /ticket/v1/tickets`: pages of tickets changed since the cursor, as complaints. */

const poll = { fetch: { cursor: null } };
const given = { tokens: keptToken };
/** After a poll's last page, the next run starts a minute before this one did (clock differences). */
const nextRun = { since: '2026-01-15T11:59:00.000Z', until: null, afterId: null, runStartedAt: NOW };

const RA_STATUSES: [number, string][] = [
  [5, 'Não respondido'],
  [6, 'Respondido'],
  [7, 'Réplica do consumidor'],
  [8, 'Réplica da empresa'],
  [9, 'Avaliado'],
  [10, 'Congelado'],
  [12, 'Desativado pelo consumidor'],
  [13, 'Inativa no RA'],
  [18, 'Avaliado Resolvido'],
  [19, 'Avaliado Não Resolvido'],
  [20, 'Réplica'],
];
const HUGME_STATUSES: [number, string][] = [
  [1, 'Pendente'],
  [2, 'Respondido'],
  [3, 'Fechado'],
  [4, 'Arquivado'],
  [15, 'Inativo na origem'],
  [16, 'Na fila'],
  [17, 'Redistribuição'],
  [21, 'Novo'],
  [22, 'Aguardando avaliação'],
];
const interaction = (typeId: number) => ({ ticket_interaction_id: 9000 + typeId, ticket_interaction_type_id: typeId, message: '…', creation_date: '2021-05-01T10:00:00.000Z' });
const fiftyTickets = Array.from({ length: 50 }, (_, index) => ticket({ id: 1000 + index }));

export const ticketRows: HugmeRow[] = [
  {
    name: 'the real sample (one unanswered ticket) → a complaint with ids, statuses, customer, company and UTC times',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket()]))],
    expect: {
      page: {
        records: [
          {
            provider: 'reclame-aqui',
            externalId: '43534294',
            sourceExternalId: '118273645',
            title: 'Cobrança indevida no boleto',
            content: 'Fui cobrada duas vezes pelo mesmo plano.',
            hugmeStatus: { id: 1, name: 'Pendente' },
            raStatus: { id: 5, name: 'Não respondido' },
            customer: { name: 'Carla Dias', email: 'carla@example.com.br', document: '12345678909' },
            companyId: '9981',
            answered: false,
            rating: null,
            interactionsCount: 1,
            createdAt: '2021-04-30T12:18:30.000Z',
            updatedAt: '2021-05-02T09:00:00.000Z',
            closedAt: null,
          },
        ],
        nextCursor: nextRun,
        done: true,
      },
    },
  },
  ...RA_STATUSES.map(
    ([id, name]): HugmeRow => ({
      name: `ra_status ${id} "${name}" → raStatus {id ${id}, name as sent}`,
      given,
      call: poll,
      serves: [tickets(ticketPage([ticket({ ra_status: { id, name } })]))],
      expect: { page: { records: [{ raStatus: { id, name } }] } },
    }),
  ),
  ...HUGME_STATUSES.map(
    ([id, name]): HugmeRow => ({
      name: `hugme_status ${id} "${name}" → hugmeStatus {id ${id}, name as sent}`,
      given,
      call: poll,
      serves: [tickets(ticketPage([ticket({ hugme_status: { id, name } })]))],
      expect: { page: { records: [{ hugmeStatus: { id, name } }] } },
    }),
  ),
  {
    name: 'ids as strings (id "43534294", status ids "6", company id "9981") → the same complaint',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ id: '43534294', hugme_status: { id: '2', name: 'Respondido' }, ra_status: { id: '6', name: 'Respondido' }, company: { id: '9981', name: 'Empresa Exemplo' } })]))],
    expect: { page: { records: [{ externalId: '43534294', hugmeStatus: { id: 2 }, raStatus: { id: 6 }, companyId: '9981' }] } },
  },
  {
    name: 'interactions_count "3" as a string → 3',
    why: 'HugMe sends numbers as strings elsewhere (rating "-1"); a numeric string is read as its number (tolerant).',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ interactions_count: '3' })]))],
    expect: { page: { records: [{ interactionsCount: 3 }] } },
  },
  {
    name: 'rating "-1" → null (unrated); rating "8" → 8; rating 10 → 10',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ id: 1, rating: '-1' }), ticket({ id: 2, rating: '8' }), ticket({ id: 3, rating: 10 })]))],
    expect: { page: { records: [{ rating: null }, { rating: 8 }, { rating: 10 }] } },
  },
  {
    name: 'a public answer among the interactions (type 2) → answered',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ interactions: [interaction(1), interaction(2)] })]))],
    expect: { page: { records: [{ answered: true }] } },
  },
  {
    name: 'only a private message from the company (type 3) → not answered',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ interactions: [interaction(1), interaction(3)] })]))],
    expect: { page: { records: [{ answered: false }] } },
  },
  {
    name: 'complaint_response_content and date set → answered',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ complaint_response_content: 'Estornamos a cobrança.', complaint_response_date: '2021-05-01T10:00:00.000Z' })]))],
    expect: { page: { records: [{ answered: true }] } },
  },
  {
    name: 'closed_date set, customer with empty lists → closedAt, and no e-mail or document',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ closed_date: '2021-05-10T18:00:00.000Z', customer: { name: 'Carla Dias', email: [], cpf: [] } })]))],
    expect: { page: { records: [{ closedAt: '2021-05-10T18:00:00.000Z', customer: { name: 'Carla Dias', email: null, document: null } }] } },
  },
  {
    name: 'a date-time without a zone ("2021-04-30T12:18:30") → read as UTC',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ creation_date: '2021-04-30T12:18:30' })]))],
    expect: { page: { records: [{ createdAt: '2021-04-30T12:18:30.000Z' }] } },
  },
  {
    name: 'empty page ({"data":[], total 0}) → no records, done; the next run starts from this one',
    given,
    call: poll,
    serves: [tickets(ticketPage([]))],
    expect: { page: { records: [], nextCursor: nextRun, done: true } },
  },
  {
    name: 'a full page of 50 → the next page continues after the last id (keyset paging)',
    given,
    call: poll,
    serves: [tickets(ticketPage(fiftyTickets, { total: 120 }))],
    expect: { page: { records: fiftyTickets.map((_, index) => ({ externalId: String(1000 + index) })), nextCursor: { afterId: 1049 }, done: false } },
  },
  {
    name: 'the page after id 1049 → asks for id[gt]=1049',
    given,
    call: { fetch: { cursor: Buffer.from(JSON.stringify({ v: 1, since: '2026-01-15T00:00:00.000Z', until: null, afterId: 1049, runStartedAt: NOW })).toString('base64url') } },
    serves: [tickets(ticketPage([ticket({ id: 1050 })]), { 'id[gt]': '1049' })],
    expect: { page: { records: [{ externalId: '1050' }], nextCursor: nextRun, done: true } },
  },
  {
    name: 'a page of 20 when HugMe says its page size is 20 (meta.page.size) → more may follow',
    why: 'The 50 maximum is [S]; a provider that cuts pages shorter must not end the run early (tolerant).',
    given,
    call: poll,
    serves: [tickets(ticketPage(fiftyTickets.slice(0, 20), { page: { number: 1, size: 20 }, total: 70 }))],
    expect: { page: { records: fiftyTickets.slice(0, 20).map((_, index) => ({ externalId: String(1000 + index) })), nextCursor: { afterId: 1019 }, done: false } },
  },
  {
    name: 'backfill window → last_modification_date between its bounds; the last page ends it',
    given,
    call: { fetch: { cursor: null, window: { from: new Date('2025-12-01T00:00:00.000Z'), to: new Date('2026-01-01T00:00:00.000Z') } } },
    serves: [tickets(ticketPage([]), { 'last_modification_date[gte]': '2025-12-01T00:00:00.000Z', 'last_modification_date[lt]': '2026-01-01T00:00:00.000Z' })],
    expect: { page: { records: [], nextCursor: null, done: true } },
  },
  {
    name: 'companyId configured → the list is filtered by company.id[eq]',
    given: { ...given, config: { companyId: 9981 } },
    call: poll,
    serves: [tickets(ticketPage([ticket()]), { 'company.id[eq]': '9981' })],
    expect: { page: { records: [{ companyId: '9981' }] } },
  },
  {
    name: 'a ticket without creation_date → bad_response naming the ticket',
    given,
    call: poll,
    serves: [tickets(ticketPage([ticket({ creation_date: undefined })]))],
    expect: { error: { kind: 'bad_response', message: 'HugMe ticket 43534294' } },
  },
  {
    name: 'tickets as a bare list, without {data, meta} → the same complaints',
    why: 'The real sample is wrapped in `data`; a bare array can only be the list (tolerant, as for the organization).',
    given,
    call: poll,
    serves: [tickets(json(200, [ticket()]))],
    expect: { page: { records: [{ externalId: '43534294' }], nextCursor: nextRun, done: true } },
  },
  {
    name: 'a list without data → bad_response',
    given,
    call: poll,
    serves: [tickets(json(200, { meta: { total: 0 } }))],
    expect: { error: { kind: 'bad_response', message: 'data' } },
  },
];
