import type { CallbackDelivery, FetchRequest, ProviderTokens } from '../../../src/connectors/sdk/client.ts';
import type { ProviderErrorKind } from '../../../src/connectors/sdk/provider-error.ts';
import type { Exchange } from './recorded-answer-server.ts';

/** Nested fields a row checks; the rest of the object may hold anything. */
export type DeepPartial<T> = T extends (infer Item)[] ? DeepPartial<Item>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Words to find in a text: a substring, or a pattern. */
export type Words = string | RegExp;

/** What the row asks the connector to do. */
export type ConnectorCall =
  | { verify: true }
  /** One page of changes for the connector's model. */
  | { fetch: Omit<FetchRequest, 'model'> }
  | { action: string; input: unknown }
  | { callback: CallbackDelivery };

/** What the row sets up besides the provider's answers. */
export interface Given<Config> {
  config?: Partial<Config>;
  /** Tokens saved from an earlier call (connectors with tokens); none by default. */
  tokens?: ProviderTokens;
  /** The context's clock, ISO 8601; each connector's table has its own default. */
  now?: string;
  /** Per-call timeout, for connectors whose client takes one. */
  timeoutMs?: number;
}

export interface ExpectedError {
  kind: ProviderErrorKind;
  status?: number;
  /** The provider's own words, found in `details.providerMessage`. */
  providerMessage?: Words;
  /** Words found in the error's message. */
  message?: Words;
  /** Seconds as sent in Retry-After, a [min, max] range (an HTTP date), or null for "none given". */
  retryAfterSeconds?: number | readonly [number, number] | null;
}

export type ExpectedOutcome<Data> =
  | { verified: { ok: boolean; reason?: Words; providerMessage?: Words } }
  /** The page's records (all of them, in order, each checked on the fields given) and where the next call goes. */
  | { page: { records: DeepPartial<Data>[]; nextCursor?: Record<string, unknown> | string | null; done?: boolean } }
  | { result: Record<string, unknown> }
  | { delivery: { deliveryId: string; records: DeepPartial<Data>[] } }
  | { error: ExpectedError };

export type Expected<Data> = ExpectedOutcome<Data> & {
  /** Tokens the connector kept through `context.saveTokens`, in order (none when left out). */
  tokensSaved?: DeepPartial<ProviderTokens>[];
  /** Delays the connector waited in-line (through its injected sleep), in milliseconds. */
  waitedMs?: number[];
};

/**
 * One documented (or field-observed) provider answer and what Ponte does with it. `serves` lists every request the
 * connector must make, in order, with the answer each gets: a retry is two exchanges for the same call.
 */
export interface ConformanceRow<Config, Data> {
  /** Reads as the spec line: the answer, then what Ponte does. */
  name: string;
  /** Why, when it is not obvious; where providers.md is silent, the tolerant choice made and its reason. */
  why?: string;
  given?: Given<Config>;
  call: ConnectorCall;
  serves: Exchange[];
  expect: Expected<Data>;
}
