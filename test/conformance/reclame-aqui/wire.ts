import { json } from '../support/answers.ts';
import type { Exchange, RecordedAnswer } from '../support/recorded-answer-server.ts';
import { ACCESS_TOKEN, BASE_PATH, BASIC } from './harness.ts';

/** HugMe's wire format (providers.md §2), as rows build it. */

/** `POST /api/auth/oauth/token?grant_type=client_credentials`, Basic auth, no body. */
export const tokenCall = (answer: RecordedAnswer): Exchange => ({
  method: 'POST',
  path: `${BASE_PATH}/auth/oauth/token`,
  query: { grant_type: 'client_credentials' },
  headers: { authorization: BASIC },
  body: null,
  answer,
});

export const issued = (token: string, fields: Record<string, unknown> = {}): RecordedAnswer =>
  json(200, { access_token: token, token_type: 'Bearer', expires_in: 300, scope: 'read write', rate_limit: 10, ...fields });

/** HugMe's error envelope. */
export const hugmeError = (status: number, message: string, code: number): RecordedAnswer => json(status, { message, code, success: false });

export const organization = (answer: RecordedAnswer, token = ACCESS_TOKEN): Exchange => ({
  method: 'GET',
  path: `${BASE_PATH}/companies/v1/companies/organization`,
  headers: { authorization: `Bearer ${token}` },
  answer,
});

/** A poll's first ticket list (retroactiveMonths 0: since midnight UTC), by id, 50 at most. */
export function tickets(answer: RecordedAnswer, query: Record<string, string> = {}, token = ACCESS_TOKEN): Exchange {
  return {
    method: 'GET',
    path: `${BASE_PATH}/ticket/v1/tickets`,
    headers: { authorization: `Bearer ${token}` },
    query: { 'last_modification_date[gte]': '2026-01-15T00:00:00.000Z', 'sort[id]': 'ASC', 'page[size]': '50', 'page[number]': '1', ...query },
    answer,
  };
}

export const ticketPage = (list: unknown[], meta: Record<string, unknown> = {}): RecordedAnswer =>
  json(200, { data: list, meta: { page: { number: 1, size: 50 }, total: list.length, ...meta } });

/** A write (answer, message, evaluation, moderation) with its JSON body. */
export const write = (path: string, answer: RecordedAnswer, body: Record<string, unknown>, token = ACCESS_TOKEN): Exchange => ({
  method: 'POST',
  path: `${BASE_PATH}/ticket/v1/tickets${path}`,
  headers: { authorization: `Bearer ${token}` },
  body,
  answer,
});

/** One ticket as the real sample in providers.md §2 has it. */
export function ticket(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 43534294,
    source_external_id: '118273645',
    complaint_title: 'Cobrança indevida no boleto',
    complaint_content: 'Fui cobrada duas vezes pelo mesmo plano.',
    complaint_response_content: null,
    complaint_response_date: null,
    creation_date: '2021-04-30T12:18:30.000Z',
    insertion_date: '2021-04-30T12:20:00.000Z',
    last_modification_date: '2021-05-02T09:00:00.000Z',
    closed_date: null,
    hugme_status: { id: 1, name: 'Pendente' },
    ra_status: { id: 5, name: 'Não respondido' },
    source: { id: 1, name: 'ReclameAQUI' },
    company: { id: 9981, name: 'Empresa Exemplo' },
    customer: {
      id: 771,
      name: 'Carla Dias',
      email: ['carla@example.com.br'],
      cpf: ['12345678909'],
      phone_numbers: ['11987654321'],
      city: [{ id: 1, name: 'São Paulo' }],
      state: [{ id: 25, name: 'São Paulo', fs: 'SP' }],
      type: 'PF',
    },
    ra: { replicas_count: 0, source_name: 'ReclameAQUI', internal_process: false, blackfriday: false },
    moderation: { user: null, status: null, reason: null, request_date: null, response_date: null },
    request_moderation: false,
    request_evaluation: false,
    frozen: false,
    active: true,
    resolved_issue: null,
    back_doing_business: null,
    rating: '-1',
    rating_date: null,
    consumer_consideration: null,
    company_consideration: null,
    interactions_count: 1,
    interactions_not_readed_count: 1,
    attached: [],
    categories: [],
    historical: [],
    interactions: [
      {
        ticket_interaction_id: 9001,
        ticket_interaction_type_id: 1,
        ticket_interaction_name: 'Manifestação',
        customer_id: 771,
        responsible_id: null,
        responsible_name: null,
        message: 'Fui cobrada duas vezes pelo mesmo plano.',
        privacy: false,
        creation_date: '2021-04-30T12:18:30.000Z',
        delivered: true,
        readed: false,
        visualized: false,
        details: [],
      },
    ],
    ...fields,
  };
}
