import { Anchor, Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import { CopyValue } from '../../shared/CopyValue';
import { IntegrationStateBadge, type Integration } from '../../shared/integration';
import { useAccountName, useConnectors, useTimeline } from './api';
import { IntegrationActions } from './IntegrationActions';
import { IntegrationTabs } from './IntegrationTabs';
import './messages';

/** One integration as operators need it: state and why, what to do next, where to point the provider, and its history. */
export function IntegrationDetailPage() {
  const { integrationId = '' } = useParams();
  const { t } = useTranslation('ops');
  const session = useCurrentSession();
  const accountName = useAccountName();
  const connectors = useConnectors();
  const query = useQuery({
    queryKey: ['integrations', integrationId],
    queryFn: () => unwrap(api.GET('/v1/integrations/{integrationId}', { params: { path: { integrationId } } })),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/console" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <QueryState query={query} isEmpty={() => false}>
        {(integration) => {
          const connectorName = connectors.data?.find((connector) => connector.key === integration.connector)?.name ?? integration.connector;
          return (
            <Stack data-testid="integration-detail" data-integration-id={integration.id} data-state={integration.state}>
              <Stack gap={4}>
                <Title order={1}>
                  {accountName(integration.accountId)} · {connectorName}
                </Title>
                <Group gap="xs">
                  <IntegrationStateBadge state={integration.state} />
                  <Badge variant="outline" color="gray">
                    {t(`environment.${integration.environment}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {integration.id}
                  </Text>
                </Group>
                {integration.stateReason ? (
                  <Text size="sm" data-testid="state-reason">
                    {t('detail.reason', { reason: integration.stateReason })}
                  </Text>
                ) : null}
                <WaitingFor integrationId={integration.id} />
              </Stack>
              <IntegrationActions integration={integration} role={session.role} />
              <IntegrationFacts integration={integration} />
              <IntegrationTabs integration={integration} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** Who the integration waits for, since when and until when (from the timeline's `waitingFor`). */
function WaitingFor(props: { integrationId: string }) {
  const { t } = useTranslation('ops');
  const timeline = useTimeline(props.integrationId);
  const waiting = timeline.data?.waitingFor;
  if (!waiting) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="waiting-for">
      {t('detail.waiting', { who: t(`detail.who.${waiting.who}`), since: formatDateTime(waiting.since) })}
      {waiting.dueAt ? ` — ${t('detail.due', { dueAt: formatDateTime(waiting.dueAt) })}` : ''}
    </Text>
  );
}

function Fact(props: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th fw={500} w="40%">
        {props.label}
      </Table.Th>
      <Table.Td>{props.children}</Table.Td>
    </Table.Tr>
  );
}

function IntegrationFacts(props: { integration: Integration }) {
  const { t } = useTranslation('ops');
  const { integration } = props;
  const { sync, credential, backfill } = integration;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h5">
            {t('detail.callbackUrl')}
          </Title>
          {integration.callbackUrl ? (
            <CopyValue value={integration.callbackUrl} label={t('detail.callbackUrl')} testId="callback-url" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('detail.noCallback')}
            </Text>
          )}
          <Title order={2} size="h5" mt="sm">
            {t('detail.credential')}
          </Title>
          {credential ? (
            <Table withRowBorders={false} verticalSpacing={4} data-testid="credential">
              <Table.Tbody>
                <Fact label={t('detail.fingerprint')}>
                  <Code>{credential.maskedFingerprint}</Code>
                </Fact>
                <Fact label={t('detail.lastVerified')}>{formatDateTime(credential.lastVerifiedAt)}</Fact>
                {credential.expiresAt ? <Fact label={t('detail.expiresAt')}>{formatDateTime(credential.expiresAt)}</Fact> : null}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              {t('detail.noCredential')}
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h5">
            {t('detail.sync')}
          </Title>
          <Table withRowBorders={false} verticalSpacing={4} data-testid="sync-settings">
            <Table.Tbody>
              {sync ? (
                <>
                  <Fact label={t('detail.syncEnabled')}>{t(sync.enabled ? 'detail.yes' : 'detail.no')}</Fact>
                  <Fact label={t('detail.interval')}>{t('detail.minutes', { count: sync.intervalMinutes })}</Fact>
                  <Fact label={t('detail.nextSync')}>{formatDateTime(sync.nextSyncAt)}</Fact>
                  <Fact label={t('list.lastSync')}>{formatDateTime(sync.lastSyncAt)}</Fact>
                  <Fact label={t('detail.lastSuccess')}>{formatDateTime(sync.lastSuccessAt)}</Fact>
                  <Fact label={t('detail.lastStatus')}>{sync.lastStatus ? t(`detail.runStatus.${sync.lastStatus}`) : '—'}</Fact>
                  {sync.lastError ? (
                    <Fact label={t('list.lastError')}>
                      <Text size="sm" c="red">
                        {sync.lastError}
                      </Text>
                    </Fact>
                  ) : null}
                  <Fact label={t('detail.firstData')}>{formatDateTime(sync.firstDataAt)}</Fact>
                </>
              ) : null}
              {backfill ? (
                <Fact label={t('detail.backfill')}>
                  {t(`detail.runStatus.${backfill.status}`)} —{' '}
                  {t('detail.backfillProgress', { done: backfill.done, total: backfill.total, records: backfill.records })}
                  {backfill.error ? (
                    <Text size="sm" c="red">
                      {backfill.error}
                    </Text>
                  ) : null}
                </Fact>
              ) : null}
              {Object.entries(integration.config).map(([key, value]) => (
                <Fact key={key} label={`${t('detail.config')}: ${key}`}>
                  <Code>{typeof value === 'string' ? value : JSON.stringify(value)}</Code>
                </Fact>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
