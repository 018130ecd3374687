import { maxiFrotaClient } from './maxi-frota/client.ts';
import { paghiperClient } from './paghiper/client.ts';
import { reclameAquiClient } from './reclame-aqui/client.ts';
import type { ConnectorClient } from './sdk/client.ts';
import { ticketLogClient } from './ticket-log/client.ts';

/** Each connector's client, by connector key (the same keys as the catalog). */
export const CONNECTOR_CLIENTS: Record<string, ConnectorClient<never, never>> = {
  paghiper: paghiperClient as ConnectorClient<never, never>,
  'reclame-aqui': reclameAquiClient as ConnectorClient<never, never>,
  'ticket-log': ticketLogClient as ConnectorClient<never, never>,
  'maxi-frota': maxiFrotaClient as ConnectorClient<never, never>,
};
