import type pg from 'pg';
import type { Outcome } from './fuzz-client.ts';
import { changedTables, fingerprintTables, type Fingerprint, type TableChange } from './database-fingerprint.ts';

/**
 * Error answers that are the provider's refusal of a request Ponte accepted and carried out: what Ponte records of the
 * attempt is the point, as each route documents. They are not refusals in the sense of the proof.
 */
export const PROVIDER_REFUSALS: Readonly<Record<string, string>> = {
  provider_refused_credentials: 'POST /v1/integrations keeps the integration waiting for the customer, with a ticket and an e-mail',
  provider_refused_action: 'a connector action (a complaint answer) is kept as failed on the timeline',
  provider_unavailable: "the provider's outage: the attempt is kept as failed",
  provider_rate_limited: "the provider's 429: the attempt is kept as failed",
};

/** The problem code of an error answer whose refusal is the provider's (PROVIDER_REFUSALS), if it is one. */
export function providerRefusal(outcome: Outcome): string | undefined {
  if (outcome.kind !== 'answer' || outcome.status < 400) return undefined;
  const code = /"code":"([^"]+)"/.exec(outcome.body.slice(0, 2_000))?.[1];
  return code && code in PROVIDER_REFUSALS ? code : undefined;
}

/**
 * Whether Ponte refused the request: an error answer (4xx, or a 5xx the fuzz already counts as a defect) other than
 * a provider's refusal, or a connection the server closed without answering. A hang is not one: what the server did
 * with it is unknown.
 */
export const isRefusal = (outcome: Outcome) => (outcome.kind === 'no-answer' ? !outcome.hang : outcome.status >= 400 && !providerRefusal(outcome));

/** Sends the requests of these indexes (as the fuzz made them, same seed) and gives each one's outcome. */
export type Resend = (indexes: readonly number[], concurrency: number) => Promise<Map<number, Outcome>>;

/** The request that, replayed alone, changed a table or sent a message, and its answer then. */
export interface Culprit {
  index: number;
  status: number | 'none';
}

export interface RefusalReplay {
  /** Passes over the refusals (see replayRefusals). */
  passes: number;
  /** Requests sent again in all passes. */
  replayed: number;
  /** Refused during the fuzz and again in a batch whose fingerprints were compared: the proof covers them. */
  verified: number;
  /** Refused during the fuzz but accepted when replayed, since the state they met had moved on (not a defect). */
  acceptedOnReplay: { index: number; status: number | 'hang' }[];
  /** Webhooks and e-mails that arrived while only refused requests were in flight: nothing may be sent for them. */
  sent: { count: number; batch: number[]; culprit?: Culprit }[];
  /** What batches of refusals changed, empty when none did. */
  changes: (TableChange & { batch: number[]; culprit?: Culprit })[];
  /** Time spent fingerprinting the database. */
  fingerprintSeconds: number;
}

/**
 * Proves that refused requests change nothing. Fingerprint the database, send a batch of refused requests again
 * (concurrently), fingerprint again: a batch whose requests were all refused again must leave every fingerprinted
 * table as it was and send nothing. A request refused during the fuzz may be accepted now (a pause refused because
 * the integration was already paused, the integration since resumed): its batch's changes are legitimate, so that
 * batch proves nothing; its accepted requests are set aside and the others are replayed in a later pass, in batches
 * a quarter the size, down to one request, where the question is always settled. A changed table in a batch of
 * refusals is traced to one request by replaying the batch one request at a time.
 */
export async function replayRefusals(options: {
  pool: pg.Pool;
  refused: readonly number[];
  resend: Resend;
  concurrency: number;
  batchSize: number;
  /** Messages received so far by the test's webhook receiver and mailbox. */
  sentSoFar: () => number;
  /** Tracing a change stops here: it only runs when the proof already failed. */
  traceDeadline: number;
}): Promise<RefusalReplay> {
  const { pool, resend, concurrency } = options;
  const result: RefusalReplay = { passes: 0, replayed: 0, verified: 0, acceptedOnReplay: [], sent: [], changes: [], fingerprintSeconds: 0 };
  const fingerprint = async (tables?: readonly string[]) => {
    const started = performance.now();
    const taken = await fingerprintTables(pool, tables);
    result.fingerprintSeconds += (performance.now() - started) / 1000;
    return taken;
  };
  let pending = [...options.refused];
  let size = options.batchSize;
  let before: Fingerprint = await fingerprint();
  while (pending.length > 0) {
    result.passes++;
    const unsettled: number[] = [];
    for (let start = 0; start < pending.length; start += size) {
      const batch = pending.slice(start, start + size);
      const sentBefore = options.sentSoFar();
      const outcomes = await resend(batch, concurrency);
      const sent = options.sentSoFar() - sentBefore;
      result.replayed += batch.length;
      const after = await fingerprint();
      const accepted = batch.filter((index) => !isRefusal(outcomes.get(index)!));
      if (accepted.length > 0) {
        for (const index of accepted) {
          const outcome = outcomes.get(index)!;
          result.acceptedOnReplay.push({ index, status: outcome.kind === 'answer' ? outcome.status : 'hang' });
        }
        unsettled.push(...batch.filter((index) => !accepted.includes(index)));
        before = after;
        continue;
      }
      result.verified += batch.length;
      const changes = await changedTables(pool, before, after);
      if (changes.length > 0 || sent > 0) {
        const tables = changes.map((change) => change.table);
        const culprits = await trace({ ...options, tables, batch });
        for (const change of changes) {
          const culprit = culprits.get(change.table);
          result.changes.push({ ...change, batch, ...(culprit ? { culprit } : {}) });
        }
        const sender = culprits.get(SENT);
        if (sent > 0) result.sent.push({ count: sent, batch, ...(sender ? { culprit: sender } : {}) });
        before = await fingerprint();
      } else before = after;
    }
    pending = unsettled;
    size = Math.max(1, Math.floor(size / 4));
  }
  return result;
}

const SENT = 'a message sent';

/**
 * The batch again, one request at a time, the changed tables fingerprinted and the messages counted after each: the
 * first request that changes each table, and the first that sends something.
 */
async function trace(options: { pool: pg.Pool; tables: string[]; batch: readonly number[]; resend: Resend; sentSoFar: () => number; traceDeadline: number }) {
  const { pool, tables } = options;
  const culprits = new Map<string, Culprit>();
  let before = await fingerprintTables(pool, tables);
  for (const index of options.batch) {
    if (culprits.size === tables.length + 1 || performance.now() > options.traceDeadline) break;
    const sentBefore = options.sentSoFar();
    const outcome = (await options.resend([index], 1)).get(index)!;
    const culprit = { index, status: outcome.kind === 'answer' ? outcome.status : ('none' as const) };
    if (options.sentSoFar() > sentBefore && !culprits.has(SENT)) culprits.set(SENT, culprit);
    const after = await fingerprintTables(pool, tables);
    for (const change of await changedTables(pool, before, after)) if (!culprits.has(change.table)) culprits.set(change.table, culprit);
    before = after;
  }
  return culprits;
}
