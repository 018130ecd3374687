import type { FuelTransaction } from '../../../src/connectors/sdk/records.ts';
import { ticketLogClient, type TicketLogConfig, type TicketLogCredentials } from '../../../src/connectors/ticket-log/client.ts';
import { ticketLogManifest } from '../../../src/connectors/ticket-log/manifest.ts';
import type { ConformanceRow } from '../support/conformance-row.ts';
import type { ConnectorHarness } from '../support/run-conformance-rows.ts';

export type TicketLogRow = ConformanceRow<TicketLogConfig, FuelTransaction>;

/** Made-up web service login, in the shape seen in the field. */
export const USERNAME = '[OperadorWeb]app4455667';
export const PASSWORD = 'senha-conformance-5b1e9';
export const BASIC = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`, 'utf8').toString('base64')}`;
export const CLIENT_CODE = 122840;
/** The context path of Ticket Log's services, kept in the base URL like production's. */
export const BASE_PATH = '/ticketlog-servicos';

/** 12:00 in São Paulo on 2026-03-18: a poll from no cursor fetches 2026-03-17. */
export const NOW = '2026-03-18T15:00:00.000Z';

export const ticketLogHarness: ConnectorHarness<TicketLogCredentials, TicketLogConfig> = {
  model: 'fuel_transaction',
  // Ticket Log's client takes no options: no in-line retries, and callProvider's default timeout.
  client: () => ({ client: ticketLogClient, waits: [] }),
  context: (origin, given, saveTokens) => ({
    credentials: ticketLogManifest.credentials.parse({ username: USERNAME, password: PASSWORD }),
    config: ticketLogManifest.config.parse({ clientCode: CLIENT_CODE, ...given.config }),
    baseUrls: { api: `${origin}${BASE_PATH}` },
    now: () => new Date(given.now ?? NOW),
    tokens: null,
    saveTokens,
  }),
  decodeCursor: (cursor) => cursor,
  secrets: [PASSWORD, BASIC.slice('Basic '.length)],
};
