/**
 * The opaque sync cursor for HugMe tickets.
 *
 * A "run" reads every ticket with `last_modification_date >= since` (and `< until` for a backfill window), sorted by
 * id, one page of 50 at a time, continuing after the last id read (`id[gt]=afterId`, keyset paging) rather than by
 * page number. Sorting by id keeps each ticket at a fixed place while others change, so a ticket updated mid-run
 * cannot shift another one across a page boundary (a page-number walk sorted by modification date can skip one),
 * and each ticket comes once per run.
 *
 * Tickets updated during the run after their id was passed are caught by the next run: it starts from the second
 * the current run started (`runStartedAt`, taken from the context clock, less an overlap for clock differences
 * with the provider) — never later than the previous `since`. HugMe stores whole seconds, so the next run re-reads
 * that second and may deliver a ticket again; deduplication by externalId and updatedAt happens downstream.
 */
export interface TicketCursor {
  v: 1;
  /** ISO 8601; inclusive lower bound of `last_modification_date`. */
  since: string;
  /** ISO 8601; exclusive upper bound, for backfill windows only. */
  until: string | null;
  /** The last ticket id read in this run; null at the start of a run. */
  afterId: number | null;
  /** When this run started (ISO 8601, context clock). */
  runStartedAt: string;
}

export function encodeCursor(cursor: TicketCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): TicketCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const cursor = value as Partial<TicketCursor> | null;
  const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
  if (
    !cursor ||
    cursor.v !== 1 ||
    !isDate(cursor.since) ||
    !isDate(cursor.runStartedAt) ||
    !(cursor.until === null || isDate(cursor.until)) ||
    !(cursor.afterId === null || Number.isSafeInteger(cursor.afterId))
  ) {
    // A cursor we did not write is a caller bug, not a provider failure.
    throw new Error('Unreadable Reclame Aqui sync cursor');
  }
  return cursor as TicketCursor;
}

/** Whole seconds, as HugMe stores them, so `[gte]` includes the whole second. */
export function floorToSecond(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}
