import { Webhook } from 'standardwebhooks';
import { createPaghiperCharge } from '../../support/paghiper-charges.ts';
import type { ReceivedWebhook } from '../../support/webhook-receiver.ts';
import { waitFor } from '../../support/wait.ts';
import type { CrashCluster } from './crash-cluster.ts';
import { WATCHED_EVENTS, type Observed, type Truth } from './crash-truth.ts';

/** A sandbox store connected to Ponte, with a signed webhook rule for each watched event. */
export interface Store {
  integrationId: string;
  accountId: string;
  apiKey: string;
  /** The integration's callback URL (through the front door): the notification_url of the store's charges. */
  callbackUrl: string;
  /** The rules' Standard Webhooks secrets. */
  secrets: string[];
}

/** One charge the load made in the sandbox: where, and when it was made and paid (test clock, ms). */
export interface Charge {
  id: string;
  store: Store;
  createdAt: number;
  paidAt: number | null;
  /** Decided once the charge became payable: this buyer never pays. */
  staysUnpaid: boolean;
}

/** Connects `count` sandbox stores, each with webhook rules to the receiver, and waits for their first backfills. */
export async function connectStores(
  cluster: CrashCluster,
  connect: (accountName: string) => Promise<{ integrationId: string; apiKey: string }>,
  receiverUrl: string,
  count: number,
): Promise<Store[]> {
  const stores: Store[] = [];
  for (let n = 0; n < count; n++) {
    const { integrationId, apiKey } = await connect(`Loja Carga ${n + 1}`);
    const integration = (await cluster.call('GET', `/v1/integrations/${integrationId}`)).body;
    const secrets: string[] = [];
    for (const eventType of WATCHED_EVENTS) {
      const rule = await cluster.call('POST', '/v1/notification-rules', { accountId: integration.accountId, environment: 'sandbox', integrationId, eventType, channel: 'webhook', webhookUrl: receiverUrl });
      if (rule.status !== 201) throw new Error(`rule for ${eventType} refused: ${JSON.stringify(rule.body)}`);
      secrets.push(String(rule.body.signingSecret));
    }
    stores.push({ integrationId, accountId: String(integration.accountId), apiKey, callbackUrl: String(integration.callbackUrl), secrets });
  }
  // Charges made after the first backfill are news (live events), the only ones the suite follows.
  await waitFor(async () => {
    const states = await Promise.all(stores.map(async (store) => ((await cluster.call('GET', `/v1/integrations/${store.integrationId}`)).body.backfill as { status?: string } | null)?.status));
    return states.every((status) => status === 'succeeded');
  }, 120_000, 250);
  return stores;
}

/** The receiver's deliveries, read as they arrive: each one's signature checked, indexed by event and webhook-id. */
export class ReceivedIndex {
  readonly #received: ReceivedWebhook[];
  readonly #secretsOf: Map<string, string[]>;
  #read = 0;
  readonly deliveries: Observed['webhooks'] = [];
  /** Event ids (Ponte's) whose webhook arrived. */
  readonly eventIds = new Set<string>();
  /** `type subject` of each event whose webhook arrived. */
  readonly heard = new Set<string>();
  badSignatures = 0;

  constructor(received: ReceivedWebhook[], stores: Store[]) {
    this.#received = received;
    this.#secretsOf = new Map(stores.map((store) => [store.accountId, store.secrets]));
  }

  /** Reads what arrived since the last call (soon after arrival, within the signatures' 5-minute tolerance). */
  catchUp(): void {
    for (; this.#read < this.#received.length; this.#read++) {
      const delivery = this.#received[this.#read]!;
      const body = JSON.parse(delivery.body) as { type: string; data: { eventId: string; accountId: string; subject: { id: string } | null } };
      const headers = delivery.headers as Record<string, string>;
      const verified = (this.#secretsOf.get(body.data.accountId) ?? []).some((secret) => {
        try {
          new Webhook(secret).verify(delivery.body, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) this.badSignatures++;
      const subjectId = body.data.subject?.id ?? '';
      this.deliveries.push({ webhookId: headers['webhook-id']!, type: body.type, subjectId });
      this.eventIds.add(body.data.eventId);
      this.heard.add(`${body.type} ${subjectId}`);
    }
  }
}

export interface LoadSettings {
  /** Pause between two rounds of the load (a new charge, maybe a payment, now and then polls). */
  roundMs: number;
  /** Share of charges the load pays, once their buyer heard of them. */
  paidShare: number;
  /** Every this many rounds, a sync of every store is asked for. */
  syncEveryRounds: number;
}

/**
 * A steady load on the sandbox and Ponte: a new charge with its callback URL every round, a charge paid whose
 * creation webhook has arrived (its buyer has the boleto), and polls asked for regularly. Ponte may be down (the
 * embedded process between a kill and its restart): its refusals are counted, never fatal.
 */
export class SteadyLoad {
  readonly charges: Charge[] = [];
  refusedCalls = 0;
  #running = false;
  #loop: Promise<void> = Promise.resolve();
  #rounds = 0;
  #failure: Error | null = null;

  constructor(
    private readonly cluster: CrashCluster,
    private readonly sandboxUrl: string,
    private readonly stores: Store[],
    private readonly received: ReceivedIndex,
    private readonly settings: LoadSettings,
    private readonly random: () => number,
  ) {}

  start(): void {
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stops making charges and payments; throws what broke the load (the sandbox never fails it). */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#loop;
    if (this.#failure) throw this.#failure;
  }

  /** Asks for a sync of every store (during the load, and while the system drains). */
  async syncAll(): Promise<void> {
    const answers = await Promise.all(this.stores.map((store) => this.cluster.call('POST', `/v1/integrations/${store.integrationId}/sync`)));
    this.refusedCalls += answers.filter((answer) => answer.status !== 202).length;
  }

  async #run(): Promise<void> {
    try {
      while (this.#running) {
        await this.#round();
        await new Promise((resolve) => setTimeout(resolve, this.settings.roundMs));
      }
    } catch (error) {
      this.#failure = error as Error;
    }
  }

  async #round(): Promise<void> {
    this.#rounds++;
    this.received.catchUp();
    const store = this.stores[Math.floor(this.random() * this.stores.length)]!;
    const id = await createPaghiperCharge(this.sandboxUrl, { apiKey: store.apiKey, orderId: `carga-${this.charges.length + 1}`, priceCents: 1_000 + this.charges.length, notificationUrl: store.callbackUrl });
    this.charges.push({ id, store, createdAt: Date.now(), paidAt: null, staysUnpaid: false });
    const next = this.charges.find((charge) => charge.paidAt === null && !charge.staysUnpaid && this.received.heard.has(`payment.created ${charge.id}`));
    // Some buyers never pay: decided once, when the charge becomes payable.
    if (next && this.random() < this.settings.paidShare) await this.#pay(next);
    else if (next) next.staysUnpaid = true;
    if (this.#rounds % this.settings.syncEveryRounds === 0) await this.syncAll();
  }

  async #pay(charge: Charge): Promise<void> {
    const response = await fetch(`${this.sandboxUrl}/_control/transactions/${charge.id}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paid' }),
    });
    if (!response.ok) throw new Error(`the sandbox refused to pay ${charge.id}: ${response.status} ${await response.text()}`);
    charge.paidAt = Date.now();
  }

  /** The charges made and paid before `at` (what Ponte should hold once it has caught up with that moment). */
  before(at: number): { made: Charge[]; paid: Charge[] } {
    const made = this.charges.filter((charge) => charge.createdAt <= at);
    return { made, paid: made.filter((charge) => charge.paidAt !== null && charge.paidAt <= at) };
  }
}

/** The sandbox's own truth about every charge the load made: read back from it, not from the load's notes. */
export async function sandboxTruth(sandboxUrl: string, charges: Charge[]): Promise<Truth> {
  const statuses: Truth['charges'] = [];
  // A few requests at a time: thousands at once (the long form) exhaust the sandbox's connections.
  for (let start = 0; start < charges.length; start += 20) {
    statuses.push(
      ...(await Promise.all(
        charges.slice(start, start + 20).map(async (charge) => {
          const response = await fetch(`${sandboxUrl}/_control/transactions/${charge.id}`);
          const body = (await response.json()) as { transaction: { status: string } };
          return { id: charge.id, paid: body.transaction.status === 'paid' };
        }),
      )),
    );
  }
  return { charges: statuses };
}

/** What Ponte's database holds of those charges: their records and watched events; the receiver's deliveries. */
export async function observe(cluster: CrashCluster, chargeIds: string[], received: ReceivedIndex): Promise<Observed> {
  const records = await cluster.query<{ external_id: string; status: string | null }>(
    "select external_id, status from records where model = 'payment' and external_id = any($1)",
    [chargeIds],
  );
  const events = await cluster.query<{ id: string; type: string; subject_id: string }>(
    'select id, type, subject_id from events where subject_id = any($1) and type = any($2)',
    [chargeIds, [...WATCHED_EVENTS]],
  );
  received.catchUp();
  const ids = new Set(chargeIds);
  return {
    records: records.map((row) => ({ externalId: row.external_id, status: row.status })),
    events: events.map((row) => ({ id: row.id, type: row.type, subjectId: row.subject_id })),
    webhooks: received.deliveries.filter((delivery) => ids.has(delivery.subjectId)),
  };
}
