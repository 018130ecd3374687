import { Badge, Button, Code, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatMoney } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { IntegrationChecklist, IntegrationStateBadge, type Integration } from '../../shared/integration';
import { recordAmount, recordSummary, useConnectors, useTimeline } from './api';
import './messages';

const PAGE_SIZE = 50;
const RUN_COLORS = { running: 'blue', succeeded: 'green', failed: 'red', deferred: 'yellow' } as const;

/** What an integration did: its health, its sync runs, its records, its events and its lifecycle moves. */
export function IntegrationTabs(props: { integration: Integration }) {
  const { t } = useTranslation('ops');
  const { integration } = props;
  return (
    <Tabs defaultValue="checklist" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="checklist">{t('tabs.checklist')}</Tabs.Tab>
        <Tabs.Tab value="runs">{t('tabs.runs')}</Tabs.Tab>
        <Tabs.Tab value="records">{t('tabs.records')}</Tabs.Tab>
        <Tabs.Tab value="events">{t('tabs.events')}</Tabs.Tab>
        <Tabs.Tab value="timeline">{t('tabs.timeline')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="checklist" pt="md" data-testid="tab-checklist">
        <IntegrationChecklist integrationId={integration.id} />
      </Tabs.Panel>
      <Tabs.Panel value="runs" pt="md" data-testid="tab-runs">
        <SyncRuns integrationId={integration.id} />
      </Tabs.Panel>
      <Tabs.Panel value="records" pt="md" data-testid="tab-records">
        <Records integration={integration} />
      </Tabs.Panel>
      <Tabs.Panel value="events" pt="md" data-testid="tab-events">
        <Events integrationId={integration.id} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline" pt="md" data-testid="tab-timeline">
        <TimelineTable integrationId={integration.id} />
      </Tabs.Panel>
    </Tabs>
  );
}

function SyncRuns(props: { integrationId: string }) {
  const { t } = useTranslation('ops');
  const query = useQuery({
    queryKey: ['sync-runs', props.integrationId],
    queryFn: async () =>
      (await unwrap(api.GET('/v1/integrations/{integrationId}/sync-runs', { params: { path: { integrationId: props.integrationId }, query: { limit: 50 } } })))
        .data,
  });
  return (
    <QueryState query={query} empty={t('runs.empty')}>
      {(runs) => (
        <Table.ScrollContainer minWidth={820}>
          <Table striped data-testid="sync-runs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('runs.start')}</Table.Th>
                <Table.Th>{t('runs.end')}</Table.Th>
                <Table.Th>{t('runs.kind')}</Table.Th>
                <Table.Th>{t('runs.status')}</Table.Th>
                <Table.Th>{t('runs.counts')}</Table.Th>
                <Table.Th>{t('runs.duration')}</Table.Th>
                <Table.Th>{t('runs.error')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id} data-testid="sync-run-row" data-status={run.status}>
                  <Table.Td>{formatDateTime(run.startedAt)}</Table.Td>
                  <Table.Td>{formatDateTime(run.finishedAt)}</Table.Td>
                  <Table.Td>{t(`detail.runKind.${run.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={RUN_COLORS[run.status]} variant="light">
                      {t(`detail.runStatus.${run.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t('runs.countsValue', run.counts)}</Table.Td>
                  <Table.Td>{run.durationMs === null ? '—' : `${(run.durationMs / 1000).toFixed(1)} s`}</Table.Td>
                  <Table.Td maw={280}>
                    <Text size="sm" c={run.error ? 'red' : 'dimmed'}>
                      {run.error ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}

function Records(props: { integration: Integration }) {
  const { t } = useTranslation('ops');
  const connectors = useConnectors();
  const [model, setModel] = useState<string | null>(null);
  const integrationId = props.integration.id;
  const models = connectors.data?.find((connector) => connector.key === props.integration.connector)?.models ?? [];
  const query = useInfiniteQuery({
    queryKey: ['integrations', integrationId, 'records', model],
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/v1/integrations/{integrationId}/records', {
            params: { path: { integrationId }, query: { limit: PAGE_SIZE, ...(model ? { model } : {}), ...(pageParam ? { before: pageParam } : {}) } },
          }),
        )
      ).data,
    initialPageParam: 0,
    // Newest first: the next page is what comes before the smallest id seen.
    getNextPageParam: (page) => (page.length === PAGE_SIZE ? Math.min(...page.map((record) => record.id)) : undefined),
  });
  return (
    <Stack>
      <Select
        label={t('records.model')}
        placeholder={t('records.allModels')}
        clearable
        w={{ base: '100%', sm: 240 }}
        value={model}
        data={models.map((value) => ({ value, label: t(`records.models.${value}`, { defaultValue: value }) }))}
        onChange={setModel}
      />
      <QueryState query={query} isEmpty={(data) => data.pages.every((page) => page.length === 0)} empty={t('records.empty')}>
        {(data) => (
          <Stack>
            <Table.ScrollContainer minWidth={760}>
              <Table striped data-testid="records-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('records.model')}</Table.Th>
                    <Table.Th>{t('records.externalId')}</Table.Th>
                    <Table.Th>{t('records.status')}</Table.Th>
                    <Table.Th ta="right">{t('records.amount')}</Table.Th>
                    <Table.Th>{t('records.summary')}</Table.Th>
                    <Table.Th>{t('records.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.pages.flat().map((record) => {
                    const amount = recordAmount(record);
                    return (
                      <Table.Tr key={record.id} data-testid="record-row">
                        <Table.Td>{t(`records.models.${record.model}`, { defaultValue: record.model })}</Table.Td>
                        <Table.Td>
                          <Code>{record.externalId}</Code>
                        </Table.Td>
                        <Table.Td>{record.status ?? '—'}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {amount === null ? '—' : formatMoney(amount)}
                        </Table.Td>
                        <Table.Td>{recordSummary(record) || '—'}</Table.Td>
                        <Table.Td>{formatDateTime(record.updatedAt)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {query.hasNextPage ? (
              <Button variant="default" w="fit-content" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('records.more')}
              </Button>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** The integration's events in commit order (GET /v1/events takes `integrationId`). */
function Events(props: { integrationId: string }) {
  const { t } = useTranslation('ops');
  const query = useInfiniteQuery({
    queryKey: ['integrations', props.integrationId, 'events'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/events', { params: { query: { integrationId: props.integrationId, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => (page.data.length === PAGE_SIZE ? page.nextCursor : undefined),
  });
  return (
    <QueryState query={query} isEmpty={(data) => data.pages.every((page) => page.data.length === 0)} empty={t('events.empty')}>
      {(data) => (
        <Stack>
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="events-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('events.at')}</Table.Th>
                  <Table.Th>{t('events.type')}</Table.Th>
                  <Table.Th>{t('events.subject')}</Table.Th>
                  <Table.Th>{t('events.origin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.pages
                  .flatMap((page) => page.data)
                  .map((event) => (
                    <Table.Tr key={event.id} data-testid="event-row" data-type={event.type}>
                      <Table.Td>{formatDateTime(event.occurredAt)}</Table.Td>
                      <Table.Td>
                        <Code>{event.type}</Code>
                      </Table.Td>
                      <Table.Td>{event.subject ? `${t(`records.models.${event.subject.model}`, { defaultValue: event.subject.model })} ${event.subject.id}` : '—'}</Table.Td>
                      <Table.Td>{t(`events.origins.${event.origin}`)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.hasNextPage ? (
            <Button variant="default" w="fit-content" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('events.more')}
            </Button>
          ) : null}
        </Stack>
      )}
    </QueryState>
  );
}

function TimelineTable(props: { integrationId: string }) {
  const { t } = useTranslation('ops');
  const query = useTimeline(props.integrationId);
  return (
    <QueryState query={query} isEmpty={(timeline) => timeline.data.length === 0} empty={t('timeline.empty')}>
      {(timeline) => (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="timeline-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('timeline.at')}</Table.Th>
                <Table.Th>{t('timeline.move')}</Table.Th>
                <Table.Th>{t('timeline.actor')}</Table.Th>
                <Table.Th>{t('timeline.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {timeline.data.map((move) => (
                <Table.Tr key={move.id} data-testid="timeline-row" data-to={move.to}>
                  <Table.Td>{formatDateTime(move.at)}</Table.Td>
                  <Table.Td>
                    {move.from ? (
                      <>
                        <IntegrationStateBadge state={move.from} /> →{' '}
                      </>
                    ) : null}
                    <IntegrationStateBadge state={move.to} />
                  </Table.Td>
                  <Table.Td>
                    <Code>{move.actor}</Code>
                  </Table.Td>
                  <Table.Td>{move.reason ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}
