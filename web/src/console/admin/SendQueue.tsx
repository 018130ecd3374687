import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { NOTIFICATION_STATUSES, STATUS_COLORS, type Notification, type NotificationStatus } from './api-types';
import './messages';
import { useAccounts } from './queries';

const PAGE_SIZE = 50;

interface Filters {
  status: NotificationStatus | null;
  accountId: string | null;
  integrationId: string;
  eventType: string;
}

function NotificationStatusBadge(props: { status: NotificationStatus }) {
  const { t } = useTranslation('admin');
  return (
    <Badge color={STATUS_COLORS[props.status]} variant="light" data-status={props.status}>
      {t(`notificationStatus.${props.status}`)}
    </Badge>
  );
}

/** The send queue: every notification, newest first, filtered and paged by the server's cursor; refreshed live. */
export function SendQueuePage() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({ status: null, accountId: null, integrationId: '', eventType: '' });
  // The cursors of the pages seen so far: going back pops one.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const accounts = useAccounts();
  const query = useQuery({
    queryKey: ['notifications', 'queue', filters, cursor ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/v1/notifications', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(cursor ? { cursor } : {}),
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.accountId ? { accountId: filters.accountId } : {}),
              ...(filters.integrationId.trim() ? { integrationId: filters.integrationId.trim() } : {}),
              ...(filters.eventType.trim() ? { eventType: filters.eventType.trim() } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setCursors([]);
  };
  const accountName = new Map((accounts.data ?? []).map((account) => [account.id, account.name]));

  return (
    <Stack>
      <Title order={1}>{t('queue.title')}</Title>
      <Group align="end" wrap="wrap" data-testid="queue-filters">
        <Select
          label={t('queue.status')}
          placeholder={t('all')}
          clearable
          value={filters.status}
          data={NOTIFICATION_STATUSES.map((value) => ({ value, label: t(`notificationStatus.${value}`) }))}
          onChange={(value) => change({ status: value as NotificationStatus | null })}
          w={{ base: '100%', sm: 180 }}
        />
        <Select
          label={t('queue.account')}
          placeholder={t('all')}
          clearable
          searchable
          value={filters.accountId}
          data={(accounts.data ?? []).map((account) => ({ value: account.id, label: account.name }))}
          onChange={(value) => change({ accountId: value })}
          w={{ base: '100%', sm: 220 }}
        />
        <TextInput label={t('queue.integration')} placeholder="int_…" value={filters.integrationId} onChange={(event) => change({ integrationId: event.currentTarget.value })} w={{ base: '100%', sm: 200 }} />
        <TextInput label={t('queue.eventType')} placeholder="payment.paid" value={filters.eventType} onChange={(event) => change({ eventType: event.currentTarget.value })} w={{ base: '100%', sm: 180 }} />
      </Group>
      <QueryState query={query} isEmpty={(data) => data.data.length === 0} empty={t('queue.empty')}>
        {(page) => (
          <Stack>
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover data-testid="queue-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('queue.created')}</Table.Th>
                    <Table.Th>{t('queue.scheduled')}</Table.Th>
                    <Table.Th>{t('queue.channel')}</Table.Th>
                    <Table.Th>{t('queue.recipient')}</Table.Th>
                    <Table.Th>{t('queue.eventType')}</Table.Th>
                    <Table.Th>{t('queue.status')}</Table.Th>
                    <Table.Th>{t('queue.attempts')}</Table.Th>
                    <Table.Th>{t('queue.lastError')}</Table.Th>
                    <Table.Th>{t('actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.data.map((row) => (
                    <QueueRow key={row.id} row={row} accountName={accountName.get(row.accountId)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Button variant="default" disabled={cursors.length === 0} onClick={() => setCursors((list) => list.slice(0, -1))}>
                {t('previous')}
              </Button>
              <Button variant="default" disabled={!page.nextCursor} onClick={() => page.nextCursor && setCursors((list) => [...list, page.nextCursor!])}>
                {t('next')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function QueueRow(props: { row: Notification; accountName: string | undefined }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const { row } = props;
  const action = useMutation({
    mutationFn: (kind: 'retry' | 'cancel') =>
      kind === 'retry'
        ? unwrap(api.POST('/v1/notifications/{notificationId}/retry', { params: { path: { notificationId: row.id } } }))
        : unwrap(api.POST('/v1/notifications/{notificationId}/cancel', { params: { path: { notificationId: row.id } } })),
    onSuccess: (_, kind) => {
      notifications.show({ color: 'green', message: t(kind === 'retry' ? 'queue.retried' : 'queue.canceled') });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
  const canRetry = row.status === 'failed' || row.status === 'canceled';
  const canCancel = row.status === 'scheduled';
  return (
    <Table.Tr data-testid="queue-row" data-notification-id={row.id} data-status={row.status}>
      <Table.Td>{formatDateTime(row.createdAt)}</Table.Td>
      <Table.Td>{formatDateTime(row.scheduledAt)}</Table.Td>
      <Table.Td>{t(`channel.${row.channel}`)}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {row.recipient ?? '—'}
        </Text>
        {props.accountName ? (
          <Text size="xs" c="dimmed">
            {props.accountName}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{row.eventType}</Table.Td>
      <Table.Td>
        <NotificationStatusBadge status={row.status} />
      </Table.Td>
      <Table.Td>{row.attempts}</Table.Td>
      <Table.Td>
        <Text size="xs" c={row.lastError ? 'red' : 'dimmed'} maw={260}>
          {row.lastError ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            {canRetry ? (
              <Button size="xs" variant="light" loading={action.isPending} onClick={() => action.mutate('retry')}>
                {t('queue.retry')}
              </Button>
            ) : null}
            {canCancel ? (
              <Button size="xs" variant="light" color="red" loading={action.isPending} onClick={() => action.mutate('cancel')}>
                {t('queue.cancel')}
              </Button>
            ) : null}
          </Group>
          {action.isError ? <ProblemAlert error={action.error} /> : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
