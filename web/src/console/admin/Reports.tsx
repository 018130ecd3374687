import { BarChart, DonutChart } from '@mantine/charts';
import { Card, Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import { NOTIFICATION_STATUSES, STATUS_COLORS } from './api-types';
import './messages';

const DAY_MS = 86_400_000;
const hours = (seconds: number | null) => (seconds === null ? 0 : Math.round((seconds / 3600) * 10) / 10);

/**
 * Reports for admins and agents, in the session's environment: numbers computed by the server (the notification
 * report, the support report and the reports overview), charted as they come.
 */
export function ReportsPage() {
  const { t, i18n } = useTranslation('admin');
  const { environment } = useCurrentSession();
  const [days, setDays] = useState('30');
  const number = new Intl.NumberFormat(i18n.language);
  const overview = useQuery({
    queryKey: ['reports-overview', environment, days],
    queryFn: () => unwrap(api.GET('/v1/reports/overview', { params: { query: { days: Number(days), environment } } })),
  });
  const notificationReport = useQuery({
    queryKey: ['notifications', 'report', environment, days],
    queryFn: async () => {
      const report = await unwrap(api.GET('/v1/notification-reports', { params: { query: { environment, from: new Date(Date.now() - Number(days) * DAY_MS).toISOString() } } }));
      // Without format=csv the answer is JSON; the CSV text is the other branch of the type.
      if (typeof report === 'string') throw new Error('Unexpected CSV answer');
      return report;
    },
  });
  const support = useQuery({
    queryKey: ['tickets', 'support-report', days],
    queryFn: () => unwrap(api.GET('/v1/support/reports', { params: { query: { from: new Date(Date.now() - Number(days) * DAY_MS).toISOString() } } })),
  });

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('reports.title')}</Title>
        <Select
          label={t('reports.period')}
          allowDeselect={false}
          value={days}
          onChange={(value) => value && setDays(value)}
          data={['7', '30', '90'].map((value) => ({ value, label: t('reports.lastDays', { count: Number(value) }) }))}
          w={180}
        />
      </Group>
      <Text c="dimmed" size="sm">
        {t('reports.scope', { environment: t(`common:environment.${environment}`) })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard title={t('reports.eventsPerDay')} testId="chart-events">
          <QueryState query={overview} isEmpty={(data) => data.eventsPerDay.every((day) => day.count === 0)} empty={t('reports.noData')}>
            {(data) => (
              <BarChart
                h={260}
                data={data.eventsPerDay.map((day) => ({ day: formatDate(day.day).slice(0, 5), count: day.count }))}
                dataKey="day"
                series={[{ name: 'count', label: t('reports.events'), color: 'teal.6' }]}
              />
            )}
          </QueryState>
        </ChartCard>
        <ChartCard title={t('reports.byStatus')} testId="chart-status">
          <QueryState query={notificationReport} isEmpty={(data) => Object.values(data.notifications.byStatus).every((count) => count === 0)} empty={t('reports.noData')}>
            {(data) => {
              const slices = NOTIFICATION_STATUSES.filter((status) => data.notifications.byStatus[status] > 0).map((status) => ({
                name: t(`notificationStatus.${status}`),
                value: data.notifications.byStatus[status],
                color: `${STATUS_COLORS[status]}.6`,
              }));
              return (
                <Group align="center" wrap="wrap">
                  <DonutChart data={slices} withTooltip chartLabel={number.format(slices.reduce((sum, slice) => sum + slice.value, 0))} />
                  <List size="sm" data-testid="status-legend">
                    {slices.map((slice) => (
                      <List.Item key={slice.name}>
                        {slice.name}: <strong>{number.format(slice.value)}</strong>
                      </List.Item>
                    ))}
                  </List>
                </Group>
              );
            }}
          </QueryState>
        </ChartCard>
        <ChartCard title={t('reports.latency')} testId="chart-latency">
          <QueryState query={overview} isEmpty={(data) => data.latencyByChannel.length === 0} empty={t('reports.noData')}>
            {(data) => (
              <Stack gap="xs">
                <BarChart
                  h={220}
                  data={data.latencyByChannel.map((row) => ({ channel: t(`channel.${row.channel}`, { defaultValue: row.channel }), p50: row.p50Seconds ?? 0, p95: row.p95Seconds ?? 0 }))}
                  dataKey="channel"
                  withLegend
                  unit=" s"
                  series={[
                    { name: 'p50', label: t('reports.p50'), color: 'teal.6' },
                    { name: 'p95', label: t('reports.p95'), color: 'orange.6' },
                  ]}
                />
                {notificationReport.data ? (
                  <Text size="sm" c="dimmed">
                    {t('reports.latencyOverall', {
                      p50: notificationReport.data.latency.eventToSentP50Seconds ?? '—',
                      p95: notificationReport.data.latency.eventToSentP95Seconds ?? '—',
                      samples: notificationReport.data.latency.samples,
                    })}
                  </Text>
                ) : null}
              </Stack>
            )}
          </QueryState>
        </ChartCard>
        <ChartCard title={t('reports.onboarding')} testId="chart-onboarding">
          <QueryState query={overview} isEmpty={(data) => data.onboardingByConnector.length === 0} empty={t('reports.noData')}>
            {(data) => (
              <BarChart
                h={220}
                data={data.onboardingByConnector.map((row) => ({ connector: `${row.connector} (${row.integrations})`, p50: hours(row.p50Seconds), average: hours(row.averageSeconds) }))}
                dataKey="connector"
                withLegend
                unit=" h"
                series={[
                  { name: 'p50', label: t('reports.median'), color: 'teal.6' },
                  { name: 'average', label: t('reports.average'), color: 'blue.6' },
                ]}
              />
            )}
          </QueryState>
        </ChartCard>
      </SimpleGrid>
      <ChartCard title={t('reports.sla')} testId="chart-sla">
        <QueryState query={overview} isEmpty={(data) => data.slaByCategory.length === 0} empty={t('reports.noData')}>
          {(data) => (
            <Stack gap="xs">
              <BarChart
                h={280}
                data={data.slaByCategory.map((row) => ({
                  category: t(`category.${row.category}`, { defaultValue: row.category }),
                  met: row.firstAnswer.met,
                  breached: row.firstAnswer.breached,
                  resolutionMet: row.resolution.met,
                  resolutionBreached: row.resolution.breached,
                }))}
                dataKey="category"
                withLegend
                series={[
                  { name: 'met', label: t('reports.firstMet'), color: 'teal.6', stackId: 'first' },
                  { name: 'breached', label: t('reports.firstBreached'), color: 'red.6', stackId: 'first' },
                  { name: 'resolutionMet', label: t('reports.resolutionMet'), color: 'green.4', stackId: 'resolution' },
                  { name: 'resolutionBreached', label: t('reports.resolutionBreached'), color: 'orange.6', stackId: 'resolution' },
                ]}
              />
              {support.data ? (
                <Text size="sm" c="dimmed" data-testid="sla-totals">
                  {t('reports.slaTotals', {
                    tickets: support.data.tickets.total,
                    met: support.data.sla.firstAnswer.met,
                    breached: support.data.sla.firstAnswer.breached,
                    resolutionMet: support.data.sla.resolution.met,
                    resolutionBreached: support.data.sla.resolution.breached,
                  })}
                </Text>
              ) : null}
            </Stack>
          )}
        </QueryState>
      </ChartCard>
    </Stack>
  );
}

function ChartCard(props: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder data-testid={props.testId}>
      <Title order={2} size="h4" mb="sm">
        {props.title}
      </Title>
      {props.children}
    </Card>
  );
}
