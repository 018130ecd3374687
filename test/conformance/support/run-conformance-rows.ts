import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorClient, ConnectorContext, FetchRequest, ProviderTokens } from '../../../src/connectors/sdk/client.ts';
import { ProviderError } from '../../../src/connectors/sdk/provider-error.ts';
import type { NormalisedRecord } from '../../../src/connectors/sdk/records.ts';
import type { ConformanceRow, ConnectorCall, ExpectedError, Given, Words } from './conformance-row.ts';
import { RecordedAnswerServer, type Exchange, type ReceivedRequest } from './recorded-answer-server.ts';

/** How the kit drives one connector without a database: a fresh client and a narrow context per row. */
export interface ConnectorHarness<Credentials, Config> {
  model: FetchRequest['model'];
  /** The client under test; `waits` collects every delay its injected sleep was asked for (none if it has no sleep). */
  client(given: Given<Config>): { client: ConnectorClient<Credentials, Config>; waits: number[] };
  context(origin: string, given: Given<Config>, saveTokens: (tokens: ProviderTokens) => Promise<void>): ConnectorContext<Credentials, Config>;
  /** The connector's opaque cursor as data, so rows can say where the next call goes. */
  decodeCursor(cursor: string): unknown;
  /** Our own secrets, which no outcome (error message, details, result) may ever carry. */
  secrets: string[];
}

type Outcome = { value: unknown } | { error: ProviderError };

async function perform<Credentials, Config>(
  harness: ConnectorHarness<Credentials, Config>,
  client: ConnectorClient<Credentials, Config>,
  context: ConnectorContext<Credentials, Config>,
  call: ConnectorCall,
): Promise<Outcome> {
  try {
    if ('verify' in call) return { value: await client.verifyCredentials(context) };
    if ('fetch' in call) return { value: await client.fetchChanges(context, { model: harness.model, ...call.fetch }) };
    if ('action' in call) {
      if (!client.runAction) throw new Error('this connector has no actions');
      return { value: await client.runAction(context, call.action, call.input) };
    }
    if (!client.handleCallback) throw new Error('this connector takes no callbacks');
    return { value: await client.handleCallback(context, call.callback) };
  } catch (error) {
    // Anything but a ProviderError is a bug in the connector (or the row): let it fail the row as is.
    if (error instanceof ProviderError) return { error };
    throw error;
  }
}

const found = (text: string | undefined, words: Words) => (typeof words === 'string' ? (text ?? '').includes(words) : words.test(text ?? ''));

function expectWords(text: string | undefined, words: Words | undefined, what: string): void {
  if (words === undefined) return;
  expect(found(text, words), `${what} should contain ${String(words)}, got ${JSON.stringify(text)}`).toBe(true);
}

function expectRequests(received: ReceivedRequest[], unexpected: string[], serves: Exchange[]): void {
  expect(unexpected, 'requests the row did not script (the answers are served in order)').toEqual([]);
  expect(received.length, `requests made: ${received.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}`).toBe(serves.length);
  serves.forEach((exchange, index) => {
    const request = received[index]!;
    const label = `request ${index + 1} (${request.method} ${request.path})`;
    if (exchange.query) expect(request.query, `${label}: query`).toMatchObject(exchange.query);
    for (const [name, value] of Object.entries(exchange.headers ?? {})) {
      const actual = request.headers[name];
      const text = Array.isArray(actual) ? actual.join(', ') : actual;
      if (typeof value === 'string') expect(text, `${label}: header ${name}`).toBe(value);
      else expect(text, `${label}: header ${name}`).toMatch(value);
    }
    if (exchange.body === null) expect(request.bodyText, `${label}: body`).toBe('');
    else if (exchange.body) expect(request.body, `${label}: body`).toMatchObject(exchange.body);
  });
}

function expectError(actual: ProviderError, expected: ExpectedError): void {
  const summary = `${actual.kind}: ${actual.message} ${JSON.stringify(actual.details)}`;
  expect(actual.kind, summary).toBe(expected.kind);
  if (expected.status !== undefined) expect(actual.details.status, summary).toBe(expected.status);
  expectWords(actual.details.providerMessage, expected.providerMessage, 'details.providerMessage');
  expectWords(actual.message, expected.message, 'message');
  const seconds = actual.details.retryAfterSeconds;
  if (expected.retryAfterSeconds === null) expect(seconds, 'retryAfterSeconds').toBeUndefined();
  else if (typeof expected.retryAfterSeconds === 'number') expect(seconds, 'retryAfterSeconds').toBe(expected.retryAfterSeconds);
  else if (expected.retryAfterSeconds) {
    expect(seconds, 'retryAfterSeconds').toBeGreaterThanOrEqual(expected.retryAfterSeconds[0]);
    expect(seconds, 'retryAfterSeconds').toBeLessThanOrEqual(expected.retryAfterSeconds[1]);
  }
}

const dataOf = (records: NormalisedRecord[], model: FetchRequest['model']) => {
  for (const record of records) {
    expect(record.model).toBe(model);
    expect(record.externalId).toBe(record.data.externalId);
  }
  return records.map((record) => record.data);
};

function expectOutcome<Credentials, Config, Data>(harness: ConnectorHarness<Credentials, Config>, row: ConformanceRow<Config, Data>, outcome: Outcome): void {
  const { expect: expected } = row;
  if ('error' in expected) {
    if (!('error' in outcome)) expect.fail(`expected a ${expected.error.kind} ProviderError, got ${JSON.stringify(outcome.value)}`);
    expectError(outcome.error, expected.error);
    return;
  }
  if ('error' in outcome) expect.fail(`expected success, got ${outcome.error.kind}: ${outcome.error.message} ${JSON.stringify(outcome.error.details)}`);
  const value = outcome.value as Record<string, unknown>;
  if ('verified' in expected) {
    const { ok, reason, providerMessage } = expected.verified;
    expect(value.ok, JSON.stringify(value)).toBe(ok);
    expectWords(value.reason as string | undefined, reason, 'reason');
    expectWords(value.providerMessage as string | undefined, providerMessage, 'providerMessage');
  } else if ('page' in expected) {
    expect(dataOf(value.records as NormalisedRecord[], harness.model)).toMatchObject(expected.page.records);
    if (expected.page.done !== undefined) expect(value.done, 'done').toBe(expected.page.done);
    if (expected.page.nextCursor !== undefined) {
      const next = value.nextCursor as string | null;
      const decoded = next === null ? null : harness.decodeCursor(next);
      if (expected.page.nextCursor === null || typeof expected.page.nextCursor === 'string') expect(decoded, 'nextCursor').toBe(expected.page.nextCursor);
      else expect(decoded, 'nextCursor').toMatchObject(expected.page.nextCursor);
    }
  } else if ('result' in expected) {
    expect(value).toMatchObject(expected.result);
  } else {
    expect(value.deliveryId, 'deliveryId').toBe(expected.delivery.deliveryId);
    expect(dataOf(value.records as NormalisedRecord[], harness.model)).toMatchObject(expected.delivery.records);
  }
}

/** What Ponte shows of an outcome anywhere (logs, problems, the sync run): none of it may carry our secrets. */
function expectNoSecrets(outcome: Outcome, secrets: string[]): void {
  const shown = 'error' in outcome ? `${outcome.error.message} ${JSON.stringify(outcome.error.details)}` : JSON.stringify(outcome.value);
  for (const secret of secrets) expect(shown.includes(secret), `the outcome carries the secret ${secret}: ${shown}`).toBe(false);
}

/** One `it` per row, all against one recorded-answer server on a free port. */
export function runConformanceRows<Credentials, Config, Data>(title: string, harness: ConnectorHarness<Credentials, Config>, rows: ConformanceRow<Config, Data>[]): void {
  describe(title, () => {
    const server = new RecordedAnswerServer();
    let origin = '';
    beforeAll(async () => {
      origin = await server.start();
    });
    afterAll(() => server.close());

    const names = new Set<string>();
    for (const row of rows) {
      if (names.has(row.name)) throw new Error(`Two ${title} rows are named "${row.name}"`);
      names.add(row.name);
      it(row.name, async () => {
        server.play(row.serves);
        const given = row.given ?? {};
        const saved: ProviderTokens[] = [];
        const context = harness.context(origin, given, async (tokens) => void saved.push(tokens));
        const { client, waits } = harness.client(given);
        const outcome = await perform(harness, client, context, row.call);
        expectRequests(server.received, server.unexpected, row.serves);
        expectOutcome(harness, row, outcome);
        expect(saved, 'tokens kept through saveTokens').toMatchObject(row.expect.tokensSaved ?? []);
        expect(waits, 'delays waited in-line').toEqual(row.expect.waitedMs ?? []);
        expectNoSecrets(outcome, harness.secrets);
      });
    }
  });
}
