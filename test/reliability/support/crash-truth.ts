/** The events the suite expects of each charge, and the webhook rules it made for them (one per type and account). */
export const WATCHED_EVENTS = ['payment.created', 'payment.paid'] as const;
export type WatchedEvent = (typeof WATCHED_EVENTS)[number];

/** What the PagHiper sandbox says happened: each charge the load made, and whether it ended paid. */
export interface Truth {
  charges: { id: string; paid: boolean }[];
}

/** What Ponte holds and sent: its payment records and watched events for those charges, and what the receiver got. */
export interface Observed {
  records: { externalId: string; status: string | null }[];
  events: { id: string; type: string; subjectId: string }[];
  /** Every delivery the receiver accepted, repeats included. */
  webhooks: { webhookId: string; type: string; subjectId: string }[];
}

export interface Comparison {
  charges: number;
  expectedEvents: number;
  expectedWebhooks: number;
  lost: { records: number; events: number; webhooks: number };
  /** A record whose status is not the sandbox's (a payment Ponte never heard of). */
  staleRecords: number;
  /** Duplicates: a record or event stored twice, a notification made twice for one event (two webhook-ids). */
  duplicated: { records: number; events: number; webhooks: number };
  /** Deliveries repeated with a webhook-id already delivered: allowed by at-least-once, reported apart. */
  webhookRedeliveries: number;
  /** An event of a watched type the sandbox gives no reason for (a paid event of a charge that is not paid). */
  unexpectedEvents: number;
  /** The first few differences, in words, for a failure's message. */
  examples: string[];
}

const key = (type: string, subjectId: string) => `${type} ${subjectId}`;

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/**
 * Compares Ponte with the sandbox's own truth: every charge stored once with the sandbox's status, every expected
 * event (created for each charge, paid for each paid one) once, and every expected event's webhook accepted by the
 * receiver (deduplicated on webhook-id; one webhook-id per event, however often it was delivered).
 */
export function compareWithTruth(truth: Truth, observed: Observed): Comparison {
  const examples: string[] = [];
  const note = (text: string) => void (examples.length < 10 && examples.push(text));
  const expected = truth.charges.flatMap((charge) => (charge.paid ? [key('payment.created', charge.id), key('payment.paid', charge.id)] : [key('payment.created', charge.id)]));
  const expectedSet = new Set(expected);

  const records = countBy(observed.records, (record) => record.externalId);
  const statusOf = new Map(observed.records.map((record) => [record.externalId, record.status]));
  const events = countBy(observed.events, (event) => key(event.type, event.subjectId));
  const deliveries = countBy(observed.webhooks, (webhook) => webhook.webhookId);
  const webhookIdsPerEvent = new Map<string, Set<string>>();
  for (const webhook of observed.webhooks) {
    const ids = webhookIdsPerEvent.get(key(webhook.type, webhook.subjectId)) ?? new Set<string>();
    ids.add(webhook.webhookId);
    webhookIdsPerEvent.set(key(webhook.type, webhook.subjectId), ids);
  }

  const result: Comparison = {
    charges: truth.charges.length,
    expectedEvents: expected.length,
    expectedWebhooks: expected.length,
    lost: { records: 0, events: 0, webhooks: 0 },
    staleRecords: 0,
    duplicated: { records: 0, events: 0, webhooks: 0 },
    webhookRedeliveries: [...deliveries.values()].reduce((sum, count) => sum + count - 1, 0),
    unexpectedEvents: 0,
    examples,
  };
  for (const charge of truth.charges) {
    const stored = records.get(charge.id) ?? 0;
    if (stored === 0) {
      result.lost.records++;
      note(`charge ${charge.id} has no record`);
    } else if (stored > 1) {
      result.duplicated.records += stored - 1;
      note(`charge ${charge.id} is stored ${stored} times`);
    }
    const status = statusOf.get(charge.id);
    if (stored > 0 && (status === 'paid') !== charge.paid) {
      result.staleRecords++;
      note(`charge ${charge.id} is ${status} in Ponte, ${charge.paid ? 'paid' : 'not paid'} in the sandbox`);
    }
  }
  for (const expectedKey of expected) {
    const count = events.get(expectedKey) ?? 0;
    if (count === 0) {
      result.lost.events++;
      note(`no ${expectedKey} event`);
    } else if (count > 1) {
      result.duplicated.events += count - 1;
      note(`${expectedKey} appended ${count} times`);
    }
    const ids = webhookIdsPerEvent.get(expectedKey)?.size ?? 0;
    if (ids === 0) {
      result.lost.webhooks++;
      note(`no webhook of ${expectedKey} reached the receiver`);
    } else if (ids > 1) {
      result.duplicated.webhooks += ids - 1;
      note(`${expectedKey} was notified under ${ids} webhook-ids`);
    }
  }
  for (const [eventKey, count] of events) {
    if (!expectedSet.has(eventKey)) {
      result.unexpectedEvents += count;
      note(`unexpected ${eventKey} (${count})`);
    }
  }
  return result;
}
