import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { IntegrationStateBadge, type IntegrationState } from '../../shared/integration';
import { useAccountName, useAccounts, useConnectors, type IntegrationFilter } from './api';
import './messages';

const PAGE_SIZE = 50;

const INTEGRATION_STATES: IntegrationState[] = [
  'requested',
  'awaiting_customer',
  'credentials_received',
  'connecting',
  'pending_provider_approval',
  'needs_revision',
  'active',
  'reconnect_required',
  'key_expired',
  'failed',
  'paused',
];

/** Integrations of every account, filtered by state, connector and account; the filters live in the URL to be shared. */
export function IntegrationsPage() {
  const { t } = useTranslation('ops');
  const [params, setParams] = useSearchParams();
  const accounts = useAccounts();
  const connectors = useConnectors();
  const accountName = useAccountName();
  const navigate = useNavigate();
  const filter: IntegrationFilter = {
    state: (params.get('state') as IntegrationState | null) ?? undefined,
    connector: params.get('connector') ?? undefined,
    accountId: params.get('accountId') ?? undefined,
  };
  const setFilter = (name: 'state' | 'connector' | 'accountId', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const query = useInfiniteQuery({
    queryKey: ['integrations', 'list', filter],
    queryFn: async ({ pageParam }) =>
      (await unwrap(api.GET('/v1/integrations', { params: { query: { ...filter, limit: PAGE_SIZE, ...(pageParam ? { after: pageParam } : {}) } } }))).data,
    initialPageParam: '',
    getNextPageParam: (page) => (page.length === PAGE_SIZE ? page[page.length - 1]!.id : undefined),
  });
  const filtered = Boolean(filter.state ?? filter.connector ?? filter.accountId);
  return (
    <Stack>
      <Title order={1}>{t('list.title')}</Title>
      <Group align="flex-end" data-testid="integration-filters">
        <Select
          label={t('list.state')}
          placeholder={t('list.all')}
          clearable
          w={{ base: '100%', sm: 240 }}
          value={filter.state ?? null}
          data={INTEGRATION_STATES.map((state) => ({ value: state, label: t(`shared:state.${state}`) }))}
          onChange={(value) => setFilter('state', value)}
        />
        <Select
          label={t('list.connector')}
          placeholder={t('list.all')}
          clearable
          w={{ base: '100%', sm: 200 }}
          value={filter.connector ?? null}
          data={(connectors.data ?? []).map((connector) => ({ value: connector.key, label: connector.name }))}
          onChange={(value) => setFilter('connector', value)}
        />
        <Select
          label={t('list.account')}
          placeholder={t('list.all')}
          clearable
          searchable
          w={{ base: '100%', sm: 260 }}
          value={filter.accountId ?? null}
          data={(accounts.data ?? []).map((account) => ({ value: account.id, label: account.name }))}
          onChange={(value) => setFilter('accountId', value)}
        />
        {filtered ? (
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('list.clear')}
          </Button>
        ) : null}
      </Group>
      <QueryState query={query} isEmpty={(data) => data.pages.every((page) => page.length === 0)} empty={t('list.empty')}>
        {(data) => (
          <Stack>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover data-testid="integrations-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.account')}</Table.Th>
                    <Table.Th>{t('list.connector')}</Table.Th>
                    <Table.Th>{t('list.environment')}</Table.Th>
                    <Table.Th>{t('list.state')}</Table.Th>
                    <Table.Th>{t('list.lastSync')}</Table.Th>
                    <Table.Th>{t('list.lastError')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.pages.flat().map((integration) => (
                    <Table.Tr
                      key={integration.id}
                      data-testid="integration-row"
                      data-integration-id={integration.id}
                      style={{ cursor: 'pointer' }}
                      // The whole row opens the detail for the mouse; the account's link does it for the keyboard.
                      onClick={() => void navigate(`/console/integracoes/${integration.id}`)}
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/console/integracoes/${integration.id}`}
                          aria-label={t('list.open', { account: accountName(integration.accountId), connector: integration.connector })}
                        >
                          {accountName(integration.accountId)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{connectors.data?.find((connector) => connector.key === integration.connector)?.name ?? integration.connector}</Table.Td>
                      <Table.Td>{t(`environment.${integration.environment}`)}</Table.Td>
                      <Table.Td>
                        <IntegrationStateBadge state={integration.state} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(integration.sync?.lastSyncAt)}</Table.Td>
                      <Table.Td maw={320}>
                        <Text size="sm" c={integration.sync?.lastError ? 'red' : 'dimmed'} lineClamp={2}>
                          {integration.sync?.lastError ?? '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {query.hasNextPage ? (
              <Button variant="default" w="fit-content" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('list.more')}
              </Button>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
