import type { Charge, ChargeKind, ChargeStatus, Merchant } from './charges.ts';

/** A notification PagHiper has issued for a charge: the merchant can look it up by id until the sandbox closes. */
export interface IssuedNotification {
  notificationId: string;
  transactionId: string;
  apiKey: string;
  issuedAt: Date;
  status: ChargeStatus;
}

/** The sandbox's memory: merchants, their charges and the notifications issued for them. */
export class ChargeStore {
  readonly #merchants = new Map<string, Merchant>();
  readonly #charges = new Map<string, Charge>();
  /** Each merchant's charges of each kind, kept in list order as they are added (sorting on every list call took most of it). */
  readonly #listOrder = new Map<string, Charge[]>();
  readonly #notifications = new Map<string, IssuedNotification>();

  get merchantCount(): number {
    return this.#merchants.size;
  }

  addMerchant(merchant: Merchant): void {
    this.#merchants.set(merchant.apiKey, merchant);
    for (const kind of ['boleto', 'pix'] as const) this.#listOrder.set(listKey(merchant.apiKey, kind), []);
  }

  merchant(apiKey: string): Merchant | undefined {
    return this.#merchants.get(apiKey);
  }

  hasTransaction(transactionId: string): boolean {
    return this.#charges.has(transactionId);
  }

  addCharge(charge: Charge): void {
    if (this.#charges.has(charge.transactionId)) throw new Error(`Duplicate transaction_id ${charge.transactionId}`);
    this.#charges.set(charge.transactionId, charge);
    const list = this.#listOrder.get(listKey(charge.apiKey, charge.kind));
    if (!list) return;
    // Charges mostly arrive in creation order: look for the place from the end.
    let index = list.length;
    while (index > 0 && listOrder(list[index - 1]!, charge) > 0) index--;
    list.splice(index, 0, charge);
  }

  charge(transactionId: string): Charge | undefined {
    return this.#charges.get(transactionId);
  }

  /** One merchant's charges of one kind, in a stable order: creation time, then transaction id. */
  chargesOf(apiKey: string, kind: ChargeKind): readonly Charge[] {
    return this.#listOrder.get(listKey(apiKey, kind)) ?? [];
  }

  addNotification(notification: IssuedNotification): void {
    this.#notifications.set(notification.notificationId, notification);
  }

  notification(notificationId: string): IssuedNotification | undefined {
    return this.#notifications.get(notificationId);
  }

  notificationsOf(transactionId: string): IssuedNotification[] {
    return [...this.#notifications.values()].filter((n) => n.transactionId === transactionId);
  }
}

const listKey = (apiKey: string, kind: ChargeKind) => `${kind}:${apiKey}`;

/** Creation time, then transaction id. */
function listOrder(a: Charge, b: Charge): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.transactionId < b.transactionId ? -1 : a.transactionId > b.transactionId ? 1 : 0);
}
