import { createReclameAquiClient, type Config, type Credentials } from '../../../src/connectors/reclame-aqui/client.ts';
import { decodeCursor } from '../../../src/connectors/reclame-aqui/cursor.ts';
import { reclameAquiManifest } from '../../../src/connectors/reclame-aqui/manifest.ts';
import type { ProviderTokens } from '../../../src/connectors/sdk/client.ts';
import type { Complaint } from '../../../src/connectors/sdk/records.ts';
import { ManualClock } from '../../../src/platform/clock.ts';
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
  /** A client of its own per row (its limiter starts empty), whose sleeps move a manual clock instead of waiting. */
  client: (given) => {
    const clock = new ManualClock(given.now ?? NOW);
    const waits: number[] = [];
    const client = createReclameAquiClient({
      now: () => clock.now(),
      sleep: async (ms) => {
        waits.push(ms);
        clock.advance(ms);
      },
      timeoutMs: given.timeoutMs,
    });
    return { client, waits };
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
