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
  readonly #chargesByMerchant = new Map<string, Charge[]>();
  readonly #notifications = new Map<string, IssuedNotification>();

  get merchantCount(): number {
    return this.#merchants.size;
  }

  addMerchant(merchant: Merchant): void {
    this.#merchants.set(merchant.apiKey, merchant);
    this.#chargesByMerchant.set(merchant.apiKey, []);
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
    this.#chargesByMerchant.get(charge.apiKey)?.push(charge);
  }

  charge(transactionId: string): Charge | undefined {
    return this.#charges.get(transactionId);
  }

  /** One merchant's charges of one kind, in a stable order: creation time, then transaction id. */
  chargesOf(apiKey: string, kind: ChargeKind): Charge[] {
    return (this.#chargesByMerchant.get(apiKey) ?? [])
      .filter((charge) => charge.kind === kind)
      .sort(
        (a, b) =>
          a.createdAt.getTime() - b.createdAt.getTime() ||
          (a.transactionId < b.transactionId ? -1 : a.transactionId > b.transactionId ? 1 : 0),
      );
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
