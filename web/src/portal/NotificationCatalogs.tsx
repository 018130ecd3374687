import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { QueryState } from '../app/QueryState';
import { useConnectors, type NotificationCatalog } from './api';
import './messages';

type Rule = Awaited<ReturnType<typeof fetchRules>>[number];
const fetchRules = async () => (await unwrap(api.GET('/v1/notification-rules'))).data;

/**
 * The notifications each of the account's connectors offers, and which are on (a rule of the account for the entry).
 * Read-only: turning catalog entries on is an operator's task (admins only), so the customer asks support.
 */
export function NotificationCatalogs() {
  const { t } = useTranslation('portal');
  const integrations = useQuery({
    queryKey: ['integrations', 'list'],
    queryFn: async () => (await unwrap(api.GET('/v1/integrations', { params: { query: { limit: 500 } } }))).data,
  });
  const rules = useQuery({ queryKey: ['notification-rules'], queryFn: fetchRules });
  const keys = [...new Set((integrations.data ?? []).map((integration) => integration.connector))].sort();
  const catalogs = useQueries({
    queries: keys.map((key) => ({
      queryKey: ['connector-notifications', key],
      queryFn: () => unwrap(api.GET('/v1/connectors/{key}/notifications', { params: { path: { key } } })),
      staleTime: Infinity,
    })),
  });
  return (
    <Card withBorder data-testid="notification-catalogs">
      <Stack>
        <Title order={2} size="h4">
          {t('notifications.catalogs')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.catalogsHelp')}
        </Text>
        <QueryState query={integrations} empty={t('notifications.noIntegrations')}>
          {() => (
            <QueryState query={rules} isEmpty={() => false}>
              {(ruleList) => (
                <Stack>
                  {catalogs.map((catalog, index) => (catalog.data ? <CatalogTable key={keys[index]} catalog={catalog.data} rules={ruleList} /> : null))}
                </Stack>
              )}
            </QueryState>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

function CatalogTable(props: { catalog: NotificationCatalog; rules: Rule[] }) {
  const { t, i18n } = useTranslation('portal');
  const connectors = useConnectors();
  const locale = i18n.language === 'en' ? 'en' : 'pt-BR';
  const name = connectors.data?.find((connector) => connector.key === props.catalog.connector)?.name ?? props.catalog.connector;
  if (props.catalog.entries.length === 0) return null;
  return (
    <Stack gap="xs" data-testid={`notification-catalog-${props.catalog.connector}`}>
      <Title order={3} size="h5">
        {name}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.entry')}</Table.Th>
              <Table.Th>{t('notifications.audience')}</Table.Th>
              <Table.Th>{t('notifications.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.catalog.entries.map((entry) => {
              const on = props.rules.filter((rule) => rule.catalogEntry === entry.id && rule.enabled);
              return (
                <Table.Tr key={entry.id} data-testid="notification-entry" data-entry={entry.id} data-on={on.length > 0}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {entry.name[locale]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.recognisedBy[locale]}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`notifications.audiences.${entry.audience}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c={on.length > 0 ? 'green' : 'dimmed'}>
                      {on.length > 0 ? `✓ ${t('notifications.on', { channels: [...new Set(on.map((rule) => t(`channel.${rule.channel}`)))].join(', ') })}` : `– ${t('notifications.off')}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
