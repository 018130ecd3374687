import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatRelative } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import type { IntegrationState } from '../../shared/integration';
import { useAccountName, useConnectors, useTimeline, type IntegrationItem } from './api';
import './messages';

const DAY_MS = 86_400_000;
/** Ticket Log's approval: red when this many days or fewer are left of the 15. */
const URGENT_DAYS = 2;

type Queue = 'awaiting' | 'approval' | 'expired';
const QUEUES: { queue: Queue; state: IntegrationState }[] = [
  { queue: 'awaiting', state: 'awaiting_customer' },
  { queue: 'approval', state: 'pending_provider_approval' },
  { queue: 'expired', state: 'key_expired' },
];

/** The onboarding queues agents work through: who waits for the customer, for the provider, or for a new key. */
export function OnboardingPage() {
  const { t } = useTranslation('ops');
  return (
    <Stack>
      <Title order={1}>{t('onboarding.title')}</Title>
      {QUEUES.map(({ queue, state }) => (
        <QueueCard key={queue} queue={queue} state={state} />
      ))}
    </Stack>
  );
}

function QueueCard(props: { queue: Queue; state: IntegrationState }) {
  const { t } = useTranslation('ops');
  const query = useQuery({
    queryKey: ['integrations', 'queue', props.state],
    queryFn: async () => (await unwrap(api.GET('/v1/integrations', { params: { query: { state: props.state, limit: 500 } } }))).data,
  });
  const deadlineLabel = props.queue === 'approval' ? t('onboarding.daysLeft') : t('onboarding.deadline');
  return (
    <Card withBorder data-testid={`queue-${props.queue}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(`onboarding.${props.queue}`)} {query.data ? <Badge variant="light">{query.data.length}</Badge> : null}
        </Title>
        <QueryState query={query} empty={t('onboarding.empty')}>
          {(integrations) => (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.account')}</Table.Th>
                    <Table.Th>{t('list.connector')}</Table.Th>
                    <Table.Th>{t('list.environment')}</Table.Th>
                    <Table.Th>{t('onboarding.since')}</Table.Th>
                    <Table.Th>{deadlineLabel}</Table.Th>
                    {props.queue === 'expired' ? <Table.Th>{t('onboarding.reason')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {integrations.map((integration) => (
                    <QueueRow key={integration.id} queue={props.queue} integration={integration} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

/** One waiting integration; its timeline says since when it waits and until when (`waitingFor`). */
function QueueRow(props: { queue: Queue; integration: IntegrationItem }) {
  const { t } = useTranslation('ops');
  const { integration } = props;
  const accountName = useAccountName();
  const connectors = useConnectors();
  const timeline = useTimeline(integration.id);
  const waiting = timeline.data?.waitingFor ?? null;
  const since = waiting?.since ?? timeline.data?.data.at(-1)?.at ?? integration.updatedAt;
  return (
    <Table.Tr data-testid="queue-row" data-integration-id={integration.id}>
      <Table.Td>
        <Anchor component={Link} to={`/console/integracoes/${integration.id}`}>
          {accountName(integration.accountId)}
        </Anchor>
      </Table.Td>
      <Table.Td>{connectors.data?.find((connector) => connector.key === integration.connector)?.name ?? integration.connector}</Table.Td>
      <Table.Td>{t(`environment.${integration.environment}`)}</Table.Td>
      <Table.Td>
        {formatDateTime(since)}
        <Text size="xs" c="dimmed">
          {formatRelative(since)}
        </Text>
      </Table.Td>
      <Table.Td>{props.queue === 'approval' ? <DaysLeft dueAt={waiting?.dueAt ?? null} /> : <Deadline what={waiting?.what} dueAt={waiting?.dueAt ?? null} />}</Table.Td>
      {props.queue === 'expired' ? <Table.Td>{integration.stateReason ?? '—'}</Table.Td> : null}
    </Table.Tr>
  );
}

/** A deadline with what it is: the /connect link's expiry, or Maxi Frota's 12 hours to exchange a received key. */
function Deadline(props: { what: string | undefined; dueAt: string | null }) {
  const { t } = useTranslation('ops');
  if (!props.dueAt) return <>—</>;
  const passed = Date.parse(props.dueAt) <= Date.now();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {props.what === 'key_exchange' ? t('onboarding.keyDeadline') : t('onboarding.linkExpires')}
      </Text>
      <Text size="sm" c={passed ? 'red' : undefined}>
        {formatDateTime(props.dueAt)} {passed ? `(${t('onboarding.overdue')})` : `(${formatRelative(props.dueAt)})`}
      </Text>
    </Stack>
  );
}

/** Days left of Ticket Log's 15 (from the timeline's due date); red, and said in words, when 2 or fewer are left. */
function DaysLeft(props: { dueAt: string | null }) {
  const { t } = useTranslation('ops');
  if (!props.dueAt) return <>—</>;
  const msLeft = Date.parse(props.dueAt) - Date.now();
  const days = Math.max(0, Math.ceil(msLeft / DAY_MS));
  const urgent = days <= URGENT_DAYS;
  return (
    <Stack gap={0} data-testid="days-left" data-days-left={days} data-urgent={urgent}>
      <Text size="sm" fw={urgent ? 700 : undefined} c={urgent ? 'red' : undefined}>
        {msLeft <= 0 ? t('onboarding.overdue') : t('onboarding.daysLeftValue', { count: days })}
        {urgent && msLeft > 0 ? ` — ${t('onboarding.urgent')}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(props.dueAt)}
      </Text>
    </Stack>
  );
}
