import { json } from '../support/answers.ts';
import type { Exchange, RecordedAnswer } from '../support/recorded-answer-server.ts';
import { API_KEY, TOKEN } from './harness.ts';

/** PagHiper's wire format (providers.md §1), as rows build it. */

export type Method = 'boleto' | 'pix';
const PREFIX: Record<Method, string> = { boleto: '/transaction', pix: '/invoice' };

/** Every PagHiper call: POST JSON, credentials in the body, trailing slash on the path. */
export function paghiperRequest(method: Method, operation: string, answer: RecordedAnswer, body: Record<string, unknown> = {}): Exchange {
  return {
    method: 'POST',
    path: `${PREFIX[method]}/${operation}/`,
    headers: { 'content-type': 'application/json;charset=UTF-8', accept: 'application/json' },
    body: { apiKey: API_KEY, token: TOKEN, ...body },
    answer,
  };
}

/** One transaction_list item, as the list answers it (`create_date`, no paid fields). */
export function listItem(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transaction_id: 'HF97T5SH2ZQNLF6Z',
    order_id: 'pedido-1001',
    status: 'pending',
    create_date: '2026-03-09 21:21:02',
    due_date: '2026-03-12',
    value_cents: 1000,
    value_fee_cents: 149,
    payer_name: 'Ana Silva',
    payer_email: 'ana@example.com.br',
    payer_cpf_cnpj: '52998224725',
    bank_slip: { digitable_line: '34191.76304 03906.270000 00000.000002 1 72330000001000', url_slip: 'https://www.paghiper.com/checkout/boleto/x', url_slip_pdf: 'https://www.paghiper.com/checkout/boleto/x/pdf' },
    ...fields,
  };
}

/** A list answer: HTTP 201 and `transaction_list_request` by default. */
export function listAnswer(items: unknown[], pages: { current_page?: unknown; total_page?: unknown } = {}, status = 201): RecordedAnswer {
  return json(status, {
    transaction_list_request: {
      result: 'success',
      response_message: 'Lista de transações',
      current_page: pages.current_page ?? 1,
      total_page: pages.total_page ?? 1,
      transaction_list: items,
      http_code: String(status),
    },
  });
}

/** PagHiper's one error envelope: `result: reject` with `response_message`, under the operation's key. */
export function reject(envelope: string, message: string, status = 200): RecordedAnswer {
  return json(status, { [envelope]: { result: 'reject', response_message: message, http_code: String(status) } });
}

/** A status_request as /status/ and /notification/ answer it: numbers often as strings. */
export function statusRequest(fields: Record<string, unknown> = {}, status = 201): RecordedAnswer {
  return json(status, {
    status_request: {
      result: 'success',
      response_message: 'transacao encontrada',
      transaction_id: 'BPV661O7AVLORCN5',
      order_id: 'pedido-2002',
      created_date: '2026-03-08 10:00:00',
      status: 'paid',
      status_date: '2026-03-09 14:30:00',
      paid_date: '2026-03-09 14:30:00',
      due_date: '2026-03-11',
      value_cents: '17012',
      value_cents_paid: '17012',
      value_fee_cents: '249',
      discount_cents: '0',
      payer_name: 'Bruno Costa',
      payer_email: 'bruno@example.com.br',
      payer_cpf_cnpj: '11144477735',
      num_cart_items: '1',
      http_code: String(status),
      ...fields,
    },
  });
}
