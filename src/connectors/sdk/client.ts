import type { NormalisedRecord } from './records.ts';

/** Tokens a connector obtained (OAuth, key exchange), kept sealed in the vault by the caller. */
export interface ProviderTokens {
  accessToken: string;
  refreshToken?: string | null;
  /** ISO 8601. */
  expiresAt: string;
}

/** The narrow context a connector gets: never the database, only what it needs to talk to its provider. */
export interface ConnectorContext<Credentials, Config> {
  credentials: Credentials;
  config: Config;
  /** The provider's base URLs by API name (the manifest's, or the local sandboxes' in the sandbox environment). */
  baseUrls: Record<string, string>;
  now(): Date;
  /** Tokens from an earlier call, if the connector uses tokens. */
  tokens: ProviderTokens | null;
  /** Keeps new tokens (obtained or refreshed) for later calls. */
  saveTokens(tokens: ProviderTokens): Promise<void>;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string; providerMessage?: string };

export interface FetchRequest {
  model: NormalisedRecord['model'];
  /** Opaque position from the previous page; null to start. */
  cursor: string | null;
  /** For backfills: the time window to fetch. Polling leaves it out and follows the cursor. */
  window?: { from: Date; to: Date };
}

export interface ChangesPage {
  records: NormalisedRecord[];
  /** Where the next call continues; committed with the records. */
  nextCursor: string | null;
  /** True when the provider has nothing more right now. */
  done: boolean;
}

export interface CallbackDelivery {
  contentType: string;
  /** The raw body as received. */
  body: string;
}

/** What each connector implements. Expected provider failures are thrown as ProviderError. */
export interface ConnectorClient<Credentials, Config> {
  verifyCredentials(context: ConnectorContext<Credentials, Config>): Promise<VerifyResult>;
  fetchChanges(context: ConnectorContext<Credentials, Config>, request: FetchRequest): Promise<ChangesPage>;
  /**
   * The poll cursor that reads `model`'s changes from `since` on. The sync engine stores it when a backfill of a
   * window ending at `since` starts, so polling continues after the window instead of reading it again. Without it,
   * polling starts where the connector's null cursor does.
   */
  pollCursorFrom?(context: ConnectorContext<Credentials, Config>, model: FetchRequest['model'], since: Date): string;
  /** For providers that call back: authenticate and read one delivery (deduplicated by `deliveryId`). */
  handleCallback?(context: ConnectorContext<Credentials, Config>, delivery: CallbackDelivery): Promise<{ deliveryId: string; records: NormalisedRecord[] }>;
  runAction?(context: ConnectorContext<Credentials, Config>, action: string, input: unknown): Promise<Record<string, unknown>>;
}
