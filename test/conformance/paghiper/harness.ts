import { createPaghiperClient, type PaghiperConfig, type PaghiperCredentials } from '../../../src/connectors/paghiper/client.ts';
import { decodeCursor, encodeCursor, type ListCursor } from '../../../src/connectors/paghiper/cursor.ts';
import { paghiperManifest } from '../../../src/connectors/paghiper/manifest.ts';
import type { Payment } from '../../../src/connectors/sdk/records.ts';
import type { ConformanceRow } from '../support/conformance-row.ts';
import type { ConnectorHarness } from '../support/run-conformance-rows.ts';

export type PaghiperRow = ConformanceRow<PaghiperConfig, Payment>;

/** Made-up credentials; rows check that neither ever shows up in an outcome. */
export const API_KEY = 'apk_conformance-7f3a9c1e5b';
export const TOKEN = 'tok-conformance-9d2b7e4f61a8c3';

/** 12:00 in São Paulo on 2026-03-10: a poll from no cursor lists 2026-03-09..2026-03-10. */
export const NOW = '2026-03-10T15:00:00.000Z';

/** A cursor as the connector writes it, for rows that continue a walk. */
export const cursorAt = (cursor: Omit<ListCursor, 'v'>): string => encodeCursor({ v: 1, ...cursor });

export const paghiperHarness: ConnectorHarness<PaghiperCredentials, PaghiperConfig> = {
  model: 'payment',
  client: (given) => ({ client: createPaghiperClient({ timeoutMs: given.timeoutMs }), waits: [] }),
  context: (origin, given, saveTokens) => ({
    credentials: { apiKey: API_KEY, token: TOKEN },
    config: paghiperManifest.config.parse(given.config ?? {}),
    // Boleto and PIX live on two hosts; one recorded-answer server tells them apart by path.
    baseUrls: { boleto: origin, pix: origin },
    now: () => new Date(given.now ?? NOW),
    tokens: null,
    saveTokens,
  }),
  decodeCursor,
  secrets: [API_KEY, TOKEN],
};
