import { createReclameAquiClient, type Config, type Credentials } from '../../../src/connectors/reclame-aqui/client.ts';
import { decodeCursor } from '../../../src/connectors/reclame-aqui/cursor.ts';
import { reclameAquiManifest } from '../../../src/connectors/reclame-aqui/manifest.ts';
import type { ProviderTokens } from '../../../src/connectors/sdk/client.ts';
import { runWithGate, type CallGate } from '../../../src/connectors/sdk/resilience/call-gate.ts';
import type { Complaint } from '../../../src/connectors/sdk/records.ts';
import type { ConformanceRow } from '../support/conformance-row.ts';
import type { ConnectorHarness } from '../support/run-conformance-rows.ts';

export type HugmeRow = ConformanceRow<Config, Complaint>;

/** Made-up client credentials and tokens; rows check that no secret ever shows up in an outcome. */
export const CLIENT_ID = 'ponte-conformance';
export const CLIENT_SECRET = 'hugme-secret-conformance-8e2f';
export const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
export const ACCESS_TOKEN = 'hugme-access-conformance-a1b2c3';
export const RENEWED_TOKEN = 'hugme-access-conformance-renewed-d4e5';
/** HugMe's base path, kept in the base URL like production's. */
export const BASE_PATH = '/api';

export const NOW = '2026-01-15T12:00:00.000Z';
export const IN_FIVE_MINUTES = '2026-01-15T12:05:00.000Z';
/** A token from an earlier call, good for five more minutes (past the 60-second renewal margin). */
export const keptToken: ProviderTokens = { accessToken: ACCESS_TOKEN, refreshToken: null, expiresAt: IN_FIVE_MINUTES };

export const hugmeHarness: ConnectorHarness<Credentials, Config> = {
  model: 'complaint',
  /**
   * A client of its own per row, run inside a call gate as Ponte's runtime runs it: the client paces nothing itself,
   * the gate holds the next call for a 429's Retry-After. Here the gate notes each hold instead of waiting it out.
   */
  client: (given) => {
    const waits: number[] = [];
    const client = createReclameAquiClient({ timeoutMs: given.timeoutMs });
    return { client: insideGate(client, retryAfterNotingGate(waits)), waits };
  },
  context: (origin, given, saveTokens) => ({
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    config: reclameAquiManifest.config.parse({ companyEmail: 'sac@example.com.br', ...given.config }),
    baseUrls: { api: `${origin}${BASE_PATH}` },
    now: () => new Date(given.now ?? NOW),
    tokens: given.tokens ?? null,
    saveTokens,
  }),
  decodeCursor: (cursor) => decodeCursor(cursor),
  secrets: [CLIENT_SECRET, BASIC.slice('Basic '.length), ACCESS_TOKEN, RENEWED_TOKEN],
};

/** A call gate that, like the platform's, holds the call after a 429 for its Retry-After, noting the hold in `waits`. */
function retryAfterNotingGate(waits: number[]): CallGate {
  let hold = 0;
  return {
    async beforeCall() {
      if (hold > 0) waits.push(hold);
      hold = 0;
    },
    afterCall(_url, outcome, error) {
      if (outcome === 'rate_limited') hold = (error?.details.retryAfterSeconds ?? 60) * 1000;
    },
  };
}

/** The client with each of its methods run inside the gate. */
function insideGate<Client extends object>(client: Client, gate: CallGate): Client {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (...args: unknown[]) => runWithGate(gate, () => value.apply(target, args)) : value;
    },
  });
}
