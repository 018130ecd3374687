import { Anchor, Card, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/client';
import { formatDateTime } from '../app/format';
import { NotFound } from '../app/NotFound';
import { QueryState } from '../app/QueryState';
import { useCurrentSession } from '../app/session';
import { CopyValue } from '../shared/CopyValue';
import { IntegrationChecklist, IntegrationStateBadge, type Integration } from '../shared/integration';
import { busy, useConnectors, useIntegration, useTimeline, type Timeline as TimelineData } from './api';
import { NextStep } from './NextStep';
import { RecordsPanel } from './RecordsPanel';
import { ValidationPanel } from './ValidationPanel';
import './messages';

/** One integration of the account: what is missing now, its health, its history, and the data it brought. */
export function IntegrationPage() {
  const { integrationId = '' } = useParams();
  const { t } = useTranslation('portal');
  const session = useCurrentSession();
  const integration = useIntegration(integrationId);
  useRefreshWhileBusy(integrationId, integration.data, integration.dataUpdatedAt);
  const timeline = useTimeline(integrationId);
  const connectors = useConnectors();
  // Another account's integration answers 404, as an unknown one does: both are "not found" here.
  if (integration.error instanceof ApiProblem && integration.error.status === 404) return <NotFound home="/portal" />;
  return (
    <QueryState query={integration} isEmpty={() => false}>
      {(current) => {
        const connector = connectors.data?.find((item) => item.key === current.connector);
        const models = connector?.models ?? [];
        const fuel = models.includes('fuel_transaction');
        return (
          <Stack data-testid="integration-page" data-integration-id={current.id}>
            <Anchor component={Link} to="/portal" size="sm">
              ← {t('nav.home')}
            </Anchor>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Title order={1}>{connector?.name ?? current.connector}</Title>
                <Text size="sm" c="dimmed">
                  {t(`common:environment.${current.environment}`)} · {t('integration.since', { at: formatDateTime(current.createdAt) })}
                </Text>
              </Stack>
              <IntegrationStateBadge state={current.state} />
            </Group>
            <NextStep integration={current} connector={connector} timeline={timeline.data} />
            {current.callbackUrl ? (
              <Card withBorder data-testid="callback">
                <Title order={2} size="h4" mb="xs">
                  {t('callback.title')}
                </Title>
                <Text size="sm" mb="xs">
                  {t('callback.help', { provider: connector?.name ?? current.connector })}
                </Text>
                <CopyValue value={current.callbackUrl} label={t('callback.title')} testId="callback-url" />
              </Card>
            ) : null}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <IntegrationChecklist integrationId={current.id} />
              <Card withBorder data-testid="timeline">
                <Title order={2} size="h4" mb="sm">
                  {t('timeline.title')}
                </Title>
                <QueryState query={timeline} isEmpty={(data) => data.data.length === 0}>
                  {(data) => <TimelineList steps={data.data} userId={session.userId} />}
                </QueryState>
              </Card>
            </SimpleGrid>
            {fuel && current.state === 'active' ? <ValidationPanel integrationId={current.id} /> : null}
            {current.state === 'active' || current.state === 'paused' || current.sync?.firstDataAt ? <RecordsPanel integrationId={current.id} models={models} /> : null}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function TimelineList(props: { steps: TimelineData['data']; userId: string }) {
  const { t } = useTranslation('portal');
  return (
    <Timeline active={props.steps.length - 1} bulletSize={18} lineWidth={2}>
      {props.steps.map((step) => (
        <Timeline.Item key={step.id} title={t(`shared:state.${step.to}`)} data-testid="timeline-step" data-to={step.to}>
          <Text size="xs" c="dimmed">
            {formatDateTime(step.at)} · {t(`timeline.actor.${step.actor === props.userId ? 'you' : actorKind(step.actor)}`)}
          </Text>
          {step.reason ? <Text size="sm">{step.reason}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Who moved the integration, in words a customer understands (ids of people and keys say nothing to them). */
function actorKind(actor: string): string {
  if (actor.startsWith('contact:')) return 'customer';
  if (actor.startsWith('provider:')) return 'provider';
  if (actor.startsWith('system:') || actor === 'cli') return 'ponte';
  return 'user';
}

/**
 * While the integration is being connected or its backfill runs, what depends on it (checklist, timeline, records)
 * is fetched again each time the integration is: the report fills as the data arrives, even without live events.
 */
function useRefreshWhileBusy(integrationId: string, integration: Integration | undefined, updatedAt: number) {
  const client = useQueryClient();
  useEffect(() => {
    if (!integration || !busy(integration)) return;
    void client.invalidateQueries({ queryKey: ['integrations', integrationId], predicate: (query) => query.queryKey.length > 2 });
  }, [client, integrationId, integration, updatedAt]);
}

