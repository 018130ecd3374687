import { PAGE_SIZE } from '../../../src/connectors/paghiper/changes.ts';
import { dropped, emptyOk, json, lateBy, nginx502, tooManyRequests, truncatedJson, unavailable503, waf403 } from '../support/answers.ts';
import { API_KEY, cursorAt, type PaghiperRow } from './harness.ts';
import { listAnswer, listItem, paghiperRequest, reject } from './wire.ts';

/** verifyCredentials and fetchChanges: both walk PagHiper's list (`transaction_list_request`). */

const LIST = 'transaction_list_request';
const poll = { fetch: { cursor: null } };
/** The first list of a poll from no cursor at NOW: boleto charges created yesterday or today. */
const firstList = (answer: Parameters<typeof paghiperRequest>[2]) =>
  paghiperRequest('boleto', 'list', answer, { filter_date: 'create_date', initial_date: '2026-03-09', final_date: '2026-03-10', limit: PAGE_SIZE, page: 1 });
const thenPaidList = { method: 'boleto', filter: 'paid_date', page: 1, since: '2026-03-09', until: '2026-03-10' };

const STATUSES = ['pending', 'reserved', 'canceled', 'completed', 'paid', 'processing', 'refunded'] as const;

export const verifyRows: PaghiperRow[] = [
  {
    name: 'verify: a one-charge list answered 201 with result success → verified',
    call: { verify: true },
    serves: [paghiperRequest('boleto', 'list', listAnswer([listItem()]), { limit: 1, page: 1 })],
    expect: { verified: { ok: true } },
  },
  {
    name: 'verify: only PIX enabled → the check lists /invoice/list/',
    given: { config: { paymentMethods: ['pix'] } },
    call: { verify: true },
    serves: [paghiperRequest('pix', 'list', listAnswer([]), { limit: 1, page: 1 })],
    expect: { verified: { ok: true } },
  },
  {
    name: 'verify: 401 "token ou apiKey inválidos" → not verified (invalid_credentials), with PagHiper\'s words',
    call: { verify: true },
    serves: [paghiperRequest('boleto', 'list', reject(LIST, 'token ou apiKey inválidos', 401))],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'token ou apiKey inválidos' } },
  },
  {
    name: 'verify: the same words under HTTP 200 → invalid_credentials too (result and message decide, not the status)',
    call: { verify: true },
    serves: [paghiperRequest('boleto', 'list', reject(LIST, 'token ou apiKey inválidos', 200))],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'token ou apiKey inválidos' } },
  },
  {
    name: 'verify: 200 reject "apiKey não informada" → not verified (rejected), with PagHiper\'s words',
    call: { verify: true },
    serves: [paghiperRequest('boleto', 'list', reject(LIST, 'apiKey não informada'))],
    expect: { verified: { ok: false, reason: 'rejected', providerMessage: 'apiKey não informada' } },
  },
  {
    name: 'verify: 502 from nginx → thrown unavailable (an outage says nothing about the credentials)',
    call: { verify: true },
    serves: [paghiperRequest('boleto', 'list', nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
];

export const listRows: PaghiperRow[] = [
  {
    name: 'list: boleto charges created yesterday..today → payments with São Paulo times, integer cents, fee and payer',
    call: poll,
    serves: [firstList(listAnswer([listItem()]))],
    expect: {
      page: {
        records: [
          {
            provider: 'paghiper',
            externalId: 'HF97T5SH2ZQNLF6Z',
            method: 'boleto',
            orderId: 'pedido-1001',
            status: 'pending',
            amountCents: 1000,
            paidAmountCents: null,
            feeCents: 149,
            currency: 'BRL',
            dueDate: '2026-03-12',
            createdAt: '2026-03-09T21:21:02-03:00',
            paidAt: null,
            payer: { name: 'Ana Silva', email: 'ana@example.com.br', document: '52998224725' },
          },
        ],
        nextCursor: thenPaidList,
        done: false,
      },
    },
  },
  {
    name: 'list: numbers as strings ("1000", current_page "1", total_page "2") → integers, and the next page is asked for',
    call: poll,
    serves: [firstList(listAnswer([listItem({ value_cents: '1000', value_fee_cents: '149' })], { current_page: '1', total_page: '2' }))],
    expect: { page: { records: [{ amountCents: 1000, feeCents: 149 }], nextCursor: { method: 'boleto', filter: 'create_date', page: 2 }, done: false } },
  },
  {
    name: 'list: success answered with HTTP 200 instead of 201 → the same payments',
    call: poll,
    serves: [firstList(listAnswer([listItem()], {}, 200))],
    expect: { page: { records: [{ externalId: 'HF97T5SH2ZQNLF6Z', amountCents: 1000 }] } },
  },
  ...STATUSES.map(
    (status): PaghiperRow => ({
      name: `list: status "${status}" → payment status "${status}" (kept as sent; events follow it)`,
      call: poll,
      serves: [firstList(listAnswer([listItem({ status })]))],
      expect: { page: { records: [{ status }] } },
    }),
  ),
  {
    name: 'list: a status not in providers.md ("expired") → kept as sent, the sync goes on',
    why: 'providers.md lists seven statuses; a new one must not stop every poll of the account (tolerant).',
    call: poll,
    serves: [firstList(listAnswer([listItem({ status: 'expired' })]))],
    expect: { page: { records: [{ status: 'expired' }] } },
  },
  {
    name: 'list: a date-only create_date → midnight in São Paulo',
    why: 'providers.md shows "YYYY-MM-DD HH:mm:ss"; a date without a time is read as its start (tolerant).',
    call: poll,
    serves: [firstList(listAnswer([listItem({ create_date: '2026-03-09' })]))],
    expect: { page: { records: [{ createdAt: '2026-03-09T00:00:00-03:00' }] } },
  },
  {
    name: 'list: empty page (transaction_list [], total_page 0) → no payments, the walk moves to the paid-date list',
    call: poll,
    serves: [firstList(listAnswer([], { current_page: 1, total_page: 0 }))],
    expect: { page: { records: [], nextCursor: thenPaidList, done: false } },
  },
  {
    name: 'list: success without transaction_list → no payments',
    why: 'providers.md is silent on how an empty list is sent; a missing list is read as empty (tolerant).',
    call: poll,
    serves: [firstList(json(201, { [LIST]: { result: 'success', response_message: 'nenhuma transação', current_page: 1, total_page: 0 } }))],
    expect: { page: { records: [], nextCursor: thenPaidList, done: false } },
  },
  {
    name: 'list: page 2 of 3 → asks for page 2 and points at page 3',
    call: { fetch: { cursor: cursorAt({ mode: 'poll', method: 'boleto', filter: 'create_date', page: 2, since: '2026-03-09', until: '2026-03-10' }) } },
    serves: [paghiperRequest('boleto', 'list', listAnswer([listItem()], { current_page: 2, total_page: 3 }), { page: 2 })],
    expect: { page: { records: [{ externalId: 'HF97T5SH2ZQNLF6Z' }], nextCursor: { page: 3 }, done: false } },
  },
  {
    name: 'list: last page of the last list (PIX by paid date) → done; the next poll starts from today',
    call: { fetch: { cursor: cursorAt({ mode: 'poll', method: 'pix', filter: 'paid_date', page: 1, since: '2026-03-09', until: '2026-03-10' }) } },
    serves: [paghiperRequest('pix', 'list', listAnswer([listItem({ transaction_id: 'PIX0000000000001', status: 'paid' })]), { filter_date: 'paid_date' })],
    expect: {
      page: {
        records: [{ externalId: 'PIX0000000000001', method: 'pix', status: 'paid' }],
        nextCursor: { mode: 'poll', method: 'boleto', filter: 'create_date', page: 1, since: '2026-03-10', until: null },
        done: true,
      },
    },
  },
  {
    name: 'list: backfill window → charges created within it, by São Paulo day',
    given: { config: { paymentMethods: ['boleto'] } },
    call: { fetch: { cursor: null, window: { from: new Date('2026-01-01T03:00:00.000Z'), to: new Date('2026-01-31T23:00:00.000Z') } } },
    serves: [paghiperRequest('boleto', 'list', listAnswer([]), { filter_date: 'create_date', initial_date: '2026-01-01', final_date: '2026-01-31' })],
    expect: { page: { records: [], nextCursor: null, done: true } },
  },
  {
    name: 'list: an item without transaction_id → bad_response (the charge cannot be keyed)',
    call: poll,
    serves: [firstList(listAnswer([listItem({ transaction_id: '' })]))],
    expect: { error: { kind: 'bad_response', message: 'without transaction_id' } },
  },
  {
    name: 'list: value_cents "10,00" (not integer cents) → bad_response naming value_cents',
    call: poll,
    serves: [firstList(listAnswer([listItem({ value_cents: '10,00' })]))],
    expect: { error: { kind: 'bad_response', message: 'value_cents' } },
  },
  {
    name: 'list: create_date in another format ("09/03/2026") → bad_response',
    call: poll,
    serves: [firstList(listAnswer([listItem({ create_date: '09/03/2026 21:21' })]))],
    expect: { error: { kind: 'bad_response', message: 'date' } },
  },
  {
    name: 'list: transaction_list as an object keyed by index ({"0":…,"2":…}) → its charges',
    why: 'PagHiper runs on PHP, which encodes an array with gaps in its keys as an object; the values are the list (tolerant).',
    call: poll,
    serves: [firstList(json(201, { [LIST]: { result: 'success', current_page: 1, total_page: 1, transaction_list: { 0: listItem(), 2: listItem({ transaction_id: 'HF97T5SH2ZQNLF7A' }) } } }))],
    expect: { page: { records: [{ externalId: 'HF97T5SH2ZQNLF6Z' }, { externalId: 'HF97T5SH2ZQNLF7A' }] } },
  },
  {
    name: 'list: transaction_list is a string → bad_response',
    call: poll,
    serves: [firstList(json(201, { [LIST]: { result: 'success', current_page: 1, total_page: 1, transaction_list: 'HF97T5SH2ZQNLF6Z' } }))],
    expect: { error: { kind: 'bad_response', message: 'transaction_list' } },
  },
  {
    name: 'list: result neither success nor reject → bad_response',
    call: poll,
    serves: [firstList(json(201, { [LIST]: { response_message: 'ok', transaction_list: [] } }))],
    expect: { error: { kind: 'bad_response', message: 'result' } },
  },
];

export const listErrorRows: PaghiperRow[] = [
  {
    name: 'list: 200 reject "token não informado" → rejected, with PagHiper\'s words',
    call: poll,
    serves: [firstList(reject(LIST, 'token não informado'))],
    expect: { error: { kind: 'rejected', status: 200, providerMessage: 'token não informado' } },
  },
  {
    name: 'list: 401 reject "token ou apiKey inválidos" → auth (the integration needs new credentials)',
    call: poll,
    serves: [firstList(reject(LIST, 'token ou apiKey inválidos', 401))],
    expect: { error: { kind: 'auth', status: 401, providerMessage: 'token ou apiKey inválidos' } },
  },
  ...['Request method must be POST', 'Content type must be: application/json', 'Received content contained invalid JSON'].map(
    (message): PaghiperRow => ({
      name: `list: 405 "${message}" → rejected, with PagHiper's words`,
      call: poll,
      serves: [firstList(reject(LIST, message, 405))],
      expect: { error: { kind: 'rejected', status: 405, providerMessage: message } },
    }),
  ),
  {
    name: 'list: a reject under another envelope key → rejected, with PagHiper\'s words',
    why: 'PagHiper keeps one error shape but not always the operation\'s key; the single object with `result` is read (tolerant).',
    call: poll,
    serves: [firstList(reject('status_request', 'Content type must be: application/json', 405))],
    expect: { error: { kind: 'rejected', providerMessage: 'Content type must be: application/json' } },
  },
  {
    name: 'list: a reject that echoes our apiKey → rejected, the key scrubbed from every word kept',
    call: poll,
    serves: [firstList(reject(LIST, `apiKey ${API_KEY} não encontrada`))],
    expect: { error: { kind: 'rejected', providerMessage: 'apiKey [REDACTED] não encontrada' } },
  },
  {
    name: 'list: 403 page from a WAF (HTML) → bad_response with the status, not auth',
    why: 'providers.md documents 401 for bad credentials; an HTML 403 comes from a proxy in front of PagHiper, not from PagHiper.',
    call: poll,
    serves: [firstList(waf403)],
    expect: { error: { kind: 'bad_response', status: 403 } },
  },
  {
    name: 'list: 429 with Retry-After: 30 → rate_limited, retry after 30 s',
    why: 'providers.md documents no rate limit; a 429 from any proxy is honoured all the same.',
    call: poll,
    serves: [firstList(tooManyRequests('30'))],
    expect: { error: { kind: 'rate_limited', status: 429, retryAfterSeconds: 30 } },
  },
  {
    name: 'list: 429 with Retry-After as an HTTP date two minutes ahead → rate_limited, retry after about 120 s',
    call: poll,
    serves: [firstList(tooManyRequests(new Date(Date.now() + 120_000).toUTCString()))],
    expect: { error: { kind: 'rate_limited', retryAfterSeconds: [100, 121] } },
  },
  {
    name: 'list: 429 without Retry-After → rate_limited with no delay given (the sync engine waits a minute)',
    call: poll,
    serves: [firstList(tooManyRequests())],
    expect: { error: { kind: 'rate_limited', retryAfterSeconds: null } },
  },
  {
    name: 'list: 500 with a JSON reject → unavailable, with PagHiper\'s words',
    call: poll,
    serves: [firstList(reject(LIST, 'Erro interno, tente novamente', 500))],
    expect: { error: { kind: 'unavailable', status: 500, providerMessage: 'Erro interno, tente novamente' } },
  },
  {
    name: 'list: 502 Bad Gateway page from nginx → unavailable (retried later), with the page\'s words',
    call: poll,
    serves: [firstList(nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
  {
    name: 'list: 503 with an empty body → unavailable',
    call: poll,
    serves: [firstList(unavailable503)],
    expect: { error: { kind: 'unavailable', status: 503 } },
  },
  {
    name: 'list: truncated JSON on a 201 → bad_response',
    call: poll,
    serves: [firstList({ ...truncatedJson({ [LIST]: { result: 'success', transaction_list: [listItem()] } }), status: 201 })],
    expect: { error: { kind: 'bad_response', status: 201, message: 'not JSON' } },
  },
  {
    name: 'list: an empty body on a 200 → bad_response (no envelope)',
    call: poll,
    serves: [firstList(emptyOk)],
    expect: { error: { kind: 'bad_response', status: 200, message: LIST } },
  },
  {
    name: 'list: the connection drops before an answer → unavailable',
    call: poll,
    serves: [firstList(dropped)],
    expect: { error: { kind: 'unavailable' } },
  },
  {
    name: 'list: no answer within the client\'s timeout → timeout',
    given: { timeoutMs: 150 },
    call: poll,
    serves: [firstList(lateBy(2_000, listAnswer([])))],
    expect: { error: { kind: 'timeout', message: 'timed out' } },
  },
];
