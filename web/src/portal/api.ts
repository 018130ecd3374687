import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/openapi';
import type { Integration } from '../shared/integration';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Connector = Json<'/v1/connectors/{key}', 'get', 200>;
export type ConnectorCategory = Connector['category'];
export type IntegrationRecord = Json<'/v1/integrations/{integrationId}/records', 'get', 200>['data'][number];
export type Timeline = Json<'/v1/integrations/{integrationId}/timeline', 'get', 200>;
export type TicketDetail = Json<'/v1/tickets/{ticketId}', 'get', 200>;
export type Ticket = Json<'/v1/tickets', 'get', 200>['data'][number];
export type NotificationSettings = Json<'/v1/accounts/{accountId}/notification-settings', 'get', 200>;
export type NotificationCatalog = Json<'/v1/connectors/{key}/notifications', 'get', 200>;

/** The connector catalog: it does not change while Ponte runs, so it is fetched once a session. */
export function useConnectors() {
  return useQuery({
    queryKey: ['connectors'],
    queryFn: async () => (await unwrap(api.GET('/v1/connectors'))).data,
    staleTime: Infinity,
  });
}

export function useIntegration(integrationId: string) {
  return useQuery({
    queryKey: ['integrations', integrationId],
    queryFn: () => unwrap(api.GET('/v1/integrations/{integrationId}', { params: { path: { integrationId } } })),
    // Polled while something is under way (a connection, a backfill), so the page fills without live events.
    refetchInterval: (query) => (query.state.data && busy(query.state.data) ? 5_000 : false),
  });
}

export function useTimeline(integrationId: string) {
  return useQuery({
    queryKey: ['integrations', integrationId, 'timeline'],
    queryFn: () => unwrap(api.GET('/v1/integrations/{integrationId}/timeline', { params: { path: { integrationId } } })),
  });
}

/** At most this many pages of records are read for the report (newest first): enough for a small store's month. */
export const REPORT_MAX_PAGES = 5;
const PAGE_SIZE = 200;

/** The integration's records, newest first: the first page, and as many more as `pages` allows. */
export function useRecords(integrationId: string, pages: number) {
  return useQuery({
    queryKey: ['integrations', integrationId, 'records', pages],
    queryFn: async () => {
      const records: IntegrationRecord[] = [];
      let before: number | undefined;
      for (let page = 0; page < pages; page++) {
        const { data } = await unwrap(
          api.GET('/v1/integrations/{integrationId}/records', { params: { path: { integrationId }, query: { limit: PAGE_SIZE, ...(before ? { before } : {}) } } }),
        );
        records.push(...data);
        if (data.length < PAGE_SIZE) return { records, complete: true };
        before = Math.min(...data.map((record) => record.id));
      }
      return { records, complete: false };
    },
  });
}

/** Something is under way (a connection, a backfill, the first sync): the page is worth fetching again soon. */
export function busy(integration: Integration): boolean {
  const running = integration.backfill?.status === 'pending' || integration.backfill?.status === 'running';
  return running || ['requested', 'credentials_received', 'connecting'].includes(integration.state) || (integration.state === 'active' && !integration.sync?.firstDataAt);
}
