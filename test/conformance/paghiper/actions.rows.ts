import { json, nginx502, truncatedJson } from '../support/answers.ts';
import type { PaghiperRow } from './harness.ts';
import { paghiperRequest, reject, statusRequest } from './wire.ts';

/** The manifest's actions: create_charge, charge_status, cancel_charge. */

const payer = { name: 'Ana Silva', email: 'ana@example.com.br', document: '52998224725' };
const items = [{ id: 'plano', description: 'Plano mensal', quantity: 1, priceCents: 1000 }];
const createBoleto = { action: 'create_charge', input: { method: 'boleto', orderId: 'pedido-3003', payer, items, daysDueDate: 3 } };
const createPix = { action: 'create_charge', input: { method: 'pix', orderId: 'pedido-3004', payer, items, minutesDueDate: 30 } };
/** What PagHiper must receive for the boleto above: its own field names, integer cents. */
const createBoletoBody = {
  order_id: 'pedido-3003',
  payer_name: 'Ana Silva',
  payer_email: 'ana@example.com.br',
  payer_cpf_cnpj: '52998224725',
  days_due_date: 3,
  items: [{ item_id: 'plano', description: 'Plano mensal', quantity: 1, price_cents: 1000 }],
};
const BANK_SLIP = {
  digitable_line: '34191.76304 03906.270000 00000.000002 1 72330000001000',
  url_slip: 'https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z',
  url_slip_pdf: 'https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z/pdf',
  bar_code_number_to_image: '34197233000000010001763003906270000000000000',
};
const PIX_CODE = {
  qrcode_base64: 'iVBORw0KGgo=',
  qrcode_image_url: 'https://pix.paghiper.com/qrcode/PIX0000000000002.png',
  emv: '00020101021226870014br.gov.bcb.pix2565pix.example/qr/v2/cobv/PIX0000000000002520400005303986540510.005802BR',
  pix_url: 'https://pix.paghiper.com/checkout/PIX0000000000002',
  bacen_url: 'https://pix.bcb.gov.br/qr/PIX0000000000002',
};
const created = (fields: Record<string, unknown> = {}) => ({
  result: 'success',
  response_message: 'transacao criada',
  transaction_id: 'HF97T5SH2ZQNLF6Z',
  created_date: '2026-03-10 12:00:02',
  value_cents: 1000,
  status: 'pending',
  order_id: 'pedido-3003',
  due_date: '2026-03-13',
  http_code: '201',
  ...fields,
});
const charge = (method: 'boleto' | 'pix', action: string) => ({ action, input: { transactionId: 'BPV661O7AVLORCN5', method } });

export const actionRows: PaghiperRow[] = [
  {
    name: 'create boleto: 201 create_request → the payment and its bank slip (digitable line, URLs, bar code)',
    call: createBoleto,
    serves: [paghiperRequest('boleto', 'create', json(201, { create_request: created({ bank_slip: BANK_SLIP }) }), createBoletoBody)],
    expect: {
      result: {
        externalId: 'HF97T5SH2ZQNLF6Z',
        method: 'boleto',
        orderId: 'pedido-3003',
        status: 'pending',
        amountCents: 1000,
        createdAt: '2026-03-10T12:00:02-03:00',
        dueDate: '2026-03-13',
        payer: { name: 'Ana Silva', document: '52998224725' },
        digitableLine: BANK_SLIP.digitable_line,
        bankSlipUrl: BANK_SLIP.url_slip,
        bankSlipPdfUrl: BANK_SLIP.url_slip_pdf,
        barCode: BANK_SLIP.bar_code_number_to_image,
        providerMessage: 'transacao criada',
      },
    },
  },
  {
    name: 'create PIX: 201 pix_create_request → the payment and its pix_code (EMV, QR image, URLs)',
    call: createPix,
    serves: [
      paghiperRequest('pix', 'create', json(201, { pix_create_request: created({ transaction_id: 'PIX0000000000002', order_id: 'pedido-3004', pix_code: PIX_CODE }) }), {
        order_id: 'pedido-3004',
        minutes_due_date: 30,
      }),
    ],
    expect: {
      result: { externalId: 'PIX0000000000002', method: 'pix', status: 'pending', pixEmv: PIX_CODE.emv, pixQrCodeImageUrl: PIX_CODE.qrcode_image_url, pixUrl: PIX_CODE.pix_url, pixBacenUrl: PIX_CODE.bacen_url },
    },
  },
  {
    name: 'create boleto: value_cents "1000" as a string → 1000 cents',
    call: createBoleto,
    serves: [paghiperRequest('boleto', 'create', json(201, { create_request: created({ value_cents: '1000', bank_slip: BANK_SLIP }) }))],
    expect: { result: { amountCents: 1000 } },
  },
  {
    name: 'create boleto: 200 reject → rejected, with PagHiper\'s words (any validation message reads the same)',
    call: createBoleto,
    serves: [paghiperRequest('boleto', 'create', reject('create_request', 'O valor total da cobrança deve ser de no mínimo R$ 3,00'))],
    expect: { error: { kind: 'rejected', providerMessage: 'deve ser de no mínimo R$ 3,00' } },
  },
  {
    name: 'create boleto: success without bank_slip → bad_response (nothing to pay with)',
    call: createBoleto,
    serves: [paghiperRequest('boleto', 'create', json(201, { create_request: created() }))],
    expect: { error: { kind: 'bad_response', message: 'bank_slip' } },
  },
  {
    name: 'create boleto: 401 "token ou apiKey inválidos" → auth',
    call: createBoleto,
    serves: [paghiperRequest('boleto', 'create', reject('create_request', 'token ou apiKey inválidos', 401))],
    expect: { error: { kind: 'auth', providerMessage: 'token ou apiKey inválidos' } },
  },
  {
    name: 'create PIX: truncated JSON on a 201 → bad_response',
    call: createPix,
    serves: [paghiperRequest('pix', 'create', { ...truncatedJson({ pix_create_request: created({ pix_code: PIX_CODE }) }), status: 201 })],
    expect: { error: { kind: 'bad_response' } },
  },
  {
    name: 'status: status_request "paid" with numbers as strings → the payment, paid amount and paid time',
    call: charge('boleto', 'charge_status'),
    serves: [paghiperRequest('boleto', 'status', statusRequest(), { transaction_id: 'BPV661O7AVLORCN5' })],
    expect: {
      result: {
        externalId: 'BPV661O7AVLORCN5',
        status: 'paid',
        amountCents: 17012,
        paidAmountCents: 17012,
        feeCents: 249,
        createdAt: '2026-03-08T10:00:00-03:00',
        paidAt: '2026-03-09T14:30:00-03:00',
      },
    },
  },
  {
    name: 'status: 200 reject "transaction_id não informada ou inválida" → rejected, with PagHiper\'s words',
    call: charge('pix', 'charge_status'),
    serves: [paghiperRequest('pix', 'status', reject('status_request', 'transaction_id não informada ou inválida'))],
    expect: { error: { kind: 'rejected', providerMessage: 'transaction_id não informada ou inválida' } },
  },
  {
    name: 'status: an answer about another charge → bad_response',
    call: charge('boleto', 'charge_status'),
    serves: [paghiperRequest('boleto', 'status', statusRequest({ transaction_id: 'ZZZZZZZZZZZZZZZZ' }))],
    expect: { error: { kind: 'bad_response', message: 'another charge' } },
  },
  {
    name: 'cancel boleto: "O Boleto … foi Cancelado com Sucesso" → canceled, with PagHiper\'s words',
    call: charge('boleto', 'cancel_charge'),
    serves: [
      paghiperRequest(
        'boleto',
        'cancel',
        json(201, { cancellation_request: { result: 'success', response_message: 'O Boleto BPV661O7AVLORCN5 foi Cancelado com Sucesso', http_code: '201' } }),
        { transaction_id: 'BPV661O7AVLORCN5', status: 'canceled' },
      ),
    ],
    expect: { result: { transactionId: 'BPV661O7AVLORCN5', method: 'boleto', status: 'canceled', providerMessage: 'O Boleto BPV661O7AVLORCN5 foi Cancelado com Sucesso' } },
  },
  {
    name: 'cancel PIX: "O Pix foi cancelado com Sucesso" → canceled',
    call: charge('pix', 'cancel_charge'),
    serves: [paghiperRequest('pix', 'cancel', json(201, { cancellation_request: { result: 'success', response_message: 'O Pix foi cancelado com Sucesso' } }), { status: 'canceled' })],
    expect: { result: { method: 'pix', status: 'canceled', providerMessage: 'O Pix foi cancelado com Sucesso' } },
  },
  ...['status atual do pedido diferente de pending', 'status atual do pedido é canceled'].map(
    (message): PaghiperRow => ({
      name: `cancel: reject "${message}" → rejected, with PagHiper's words`,
      call: charge('boleto', 'cancel_charge'),
      serves: [paghiperRequest('boleto', 'cancel', reject('cancellation_request', message))],
      expect: { error: { kind: 'rejected', providerMessage: message } },
    }),
  ),
  {
    name: 'cancel: 502 Bad Gateway page from nginx → unavailable',
    call: charge('boleto', 'cancel_charge'),
    serves: [paghiperRequest('boleto', 'cancel', nginx502)],
    expect: { error: { kind: 'unavailable', status: 502 } },
  },
];
