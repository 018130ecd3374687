import { buildCharge, type Charge, type ChargeKind, type Merchant } from './charges.ts';
import { validateCreate } from './create-request.ts';
import { newTransactionId } from './payment-codes.ts';
import { changeStatus, type SandboxState } from './sandbox-state.ts';
import { addDays, formatDate, localInstant } from './time.ts';
import { createFields, notificationFields, reject, statusFields, success, type ProviderReply } from './wire.ts';

/** An authenticated provider call: which API it came in on, its JSON body and the merchant it belongs to. */
export interface ProviderCall {
  kind: ChargeKind;
  body: Record<string, unknown>;
  merchant: Merchant;
}

const TRANSACTION_ID_INVALID = 'transaction_id não informada ou inválida';

/** POST /transaction/create/ and /invoice/create/. */
export function createCharge(state: SandboxState, call: ProviderCall): ProviderReply {
  const validation = validateCreate(call.kind, call.body);
  if (!validation.ok) return reject(validation.message);
  const input = validation.input;
  const now = state.now();
  let transactionId = newTransactionId(state.picker);
  while (state.store.hasTransaction(transactionId)) transactionId = newTransactionId(state.picker);
  let dueAt: Date;
  if (call.kind === 'pix' && input.minutesDueDate !== null) {
    dueAt = new Date(now.getTime() + input.minutesDueDate * 60_000);
  } else {
    dueAt = localInstant(addDays(formatDate(now), input.daysDueDate ?? 0), '23:59:59');
  }
  const charge = buildCharge(state.picker, {
    kind: call.kind,
    transactionId,
    apiKey: call.merchant.apiKey,
    orderId: input.orderId,
    createdAt: now,
    dueDate: formatDate(dueAt),
    dueAt,
    payer: input.payer,
    items: input.items,
    discountCents: input.discountCents,
    shippingPriceCents: input.shippingPriceCents,
    notificationUrl: input.notificationUrl,
  });
  state.store.addCharge(charge);
  return success(createFields(charge));
}

/** POST /transaction/status/ and /invoice/status/. */
export function chargeStatus(state: SandboxState, call: ProviderCall): ProviderReply {
  const charge = findCharge(state, call);
  return charge ? success(statusFields(charge)) : reject(TRANSACTION_ID_INVALID);
}

/** POST /transaction/cancel/ and /invoice/cancel/: only a pending charge can be canceled. */
export function cancelCharge(state: SandboxState, call: ProviderCall): ProviderReply {
  const charge = findCharge(state, call);
  if (!charge) return reject(TRANSACTION_ID_INVALID);
  if (call.body.status !== 'canceled') return reject('status não informado ou inválido');
  if (charge.status === 'canceled') return reject('status atual do pedido é canceled');
  if (charge.status !== 'pending') return reject('status atual do pedido diferente de pending');
  // The callback goes out in the background, as PagHiper's does; /_control/notifications/wait waits for it.
  changeStatus(state, charge, 'canceled');
  return success({
    response_message:
      call.kind === 'boleto' ? `O Boleto ${charge.transactionId} foi Cancelado com Sucesso` : 'O Pix foi cancelado com Sucesso',
  });
}

/** POST /transaction/notification/ and /invoice/notification/: how a merchant confirms a callback is genuine. */
export function notificationDetails(state: SandboxState, call: ProviderCall): ProviderReply {
  const charge = findCharge(state, call);
  if (!charge) return reject(TRANSACTION_ID_INVALID);
  const notificationId = call.body.notification_id;
  if (typeof notificationId !== 'string' || notificationId === '') return reject('notification_id não informada');
  const issued = state.store.notification(notificationId);
  if (!issued || issued.transactionId !== charge.transactionId) return reject('notification_id não encontrada');
  return success(notificationFields(charge));
}

/** The merchant's charge on this API (boleto or PIX), or undefined when the id is missing, unknown or someone else's. */
function findCharge(state: SandboxState, call: ProviderCall): Charge | undefined {
  const id = call.body.transaction_id;
  if (typeof id !== 'string' || id === '') return undefined;
  const charge = state.store.charge(id);
  return charge && charge.apiKey === call.merchant.apiKey && charge.kind === call.kind ? charge : undefined;
}
