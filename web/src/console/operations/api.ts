import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/openapi';

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer C } } }
      ? C
      : R extends { 202: { content: { 'application/json': infer D } } }
        ? D
        : never
  : never;

export type IntegrationFilter = NonNullable<paths['/v1/integrations']['get']['parameters']['query']>;
export type IntegrationItem = Json<'/v1/integrations', 'get'>['data'][number];
export type Connector = Json<'/v1/connectors', 'get'>['data'][number];
export type NotificationCatalog = Json<'/v1/connectors/{key}/notifications', 'get'>;
export type ActivationBody = paths['/v1/connectors/{key}/notifications/activate']['post']['requestBody']['content']['application/json'];
export type IntegrationRecord = Json<'/v1/integrations/{integrationId}/records', 'get'>['data'][number];

/** The accounts, for filters and names: integrations carry only the account's id. */
export function useAccounts() {
  return useQuery({ queryKey: ['accounts'], queryFn: async () => (await unwrap(api.GET('/v1/accounts'))).data, staleTime: 60_000 });
}

/** The account's name by id, or the id itself while the names load (or for an account that is gone). */
export function useAccountName(): (accountId: string) => string {
  const accounts = useAccounts();
  const names = new Map((accounts.data ?? []).map((account) => [account.id, account.name]));
  return (accountId) => names.get(accountId) ?? accountId;
}

export function useConnectors() {
  return useQuery({ queryKey: ['connectors'], queryFn: async () => (await unwrap(api.GET('/v1/connectors'))).data, staleTime: 5 * 60_000 });
}

/** Where an integration's timeline says it waits, and until when (the 12-hour key, the 15-day approval, the link). */
export function useTimeline(integrationId: string) {
  return useQuery({
    queryKey: ['integrations', integrationId, 'timeline'],
    queryFn: () => unwrap(api.GET('/v1/integrations/{integrationId}/timeline', { params: { path: { integrationId } } })),
  });
}

/** The amount of a record in reais, when its model has one: payments in cents, fuel purchases in reais. */
export function recordAmount(record: IntegrationRecord): number | null {
  const data = record.data;
  if (typeof data.amountCents === 'number') return data.amountCents / 100;
  if (typeof data.totalAmount === 'number') return data.totalAmount;
  return null;
}

/** A short line saying what the record is: the order and payer, the vehicle and litres, or the complaint's title. */
export function recordSummary(record: IntegrationRecord): string {
  const data = record.data as Record<string, unknown>;
  const payer = (data.payer as { name?: string } | undefined)?.name;
  const parts = [data.orderId, payer, data.vehiclePlate, typeof data.liters === 'number' ? `${data.liters} L` : null, data.title];
  return parts.filter((part) => typeof part === 'string' && part !== '').join(' · ');
}
