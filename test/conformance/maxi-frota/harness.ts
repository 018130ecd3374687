import { maxiFrotaClient, type MaxiFrotaConfig, type MaxiFrotaCredentials } from '../../../src/connectors/maxi-frota/client.ts';
import { maxiFrotaManifest } from '../../../src/connectors/maxi-frota/manifest.ts';
import type { ProviderTokens } from '../../../src/connectors/sdk/client.ts';
import type { FuelTransaction } from '../../../src/connectors/sdk/records.ts';
import type { ConformanceRow } from '../support/conformance-row.ts';
import type { ConnectorHarness } from '../support/run-conformance-rows.ts';

export type MaxiFrotaRow = ConformanceRow<MaxiFrotaConfig, FuelTransaction>;

/** A made-up authorization key and tokens; rows check that none ever shows up in an outcome. */
export const AUTHORIZATION_KEY = 'MF-CHAVE-conformance-3c8e1a7b';
export const ACCESS_TOKEN = 'mf-access-conformance-11aa22bb';
export const REFRESH_TOKEN = 'mf-refresh-conformance-33cc44dd';
export const NEW_ACCESS_TOKEN = 'mf-access-conformance-renewed-55ee';
export const NEW_REFRESH_TOKEN = 'mf-refresh-conformance-renewed-66ff';

/** 12:00 in São Paulo on 2026-03-18: a poll from no cursor lists 2026-03-17..2026-03-18. */
export const NOW = '2026-03-18T15:00:00.000Z';
const inMinutes = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

/** Tokens from an earlier exchange, good for another hour. */
export const freshTokens: ProviderTokens = { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: inMinutes(60) };
/** Tokens within the 15-minute renewal margin. */
export const expiringTokens: ProviderTokens = { ...freshTokens, expiresAt: inMinutes(10) };
/** The expiry of tokens obtained at NOW with expires_in 3600. */
export const AN_HOUR_FROM_NOW = inMinutes(60);

export const maxiFrotaHarness: ConnectorHarness<MaxiFrotaCredentials, MaxiFrotaConfig> = {
  model: 'fuel_transaction',
  // Maxi Frota's client takes no options: its one in-line retry (after a token refresh) waits for nothing.
  client: () => ({ client: maxiFrotaClient, waits: [] }),
  context: (origin, given, saveTokens) => ({
    credentials: maxiFrotaManifest.credentials.parse({ authorizationKey: AUTHORIZATION_KEY }),
    config: maxiFrotaManifest.config.parse(given.config ?? {}),
    baseUrls: { api: origin },
    now: () => new Date(given.now ?? NOW),
    tokens: given.tokens ?? null,
    saveTokens,
  }),
  decodeCursor: (cursor) => JSON.parse(cursor) as unknown,
  secrets: [AUTHORIZATION_KEY, ACCESS_TOKEN, REFRESH_TOKEN, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN],
};
