import { Badge, Button, Code, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import type { ApiRequest } from './api-types';
import './messages';

interface Filters {
  result: 'all' | 'failures';
  status: number | null;
  apiKeyId: string | null;
  route: string;
  problemCode: string;
  from: string | null;
  to: string | null;
}

/** The pickers' "YYYY-MM-DD HH:mm:ss" is the browser's local time: made an instant for the API. */
const instant = (value: string | null) => (value ? new Date(value.replace(' ', 'T')).toISOString() : undefined);

const statusColor = (status: number) => (status >= 500 ? 'red' : status >= 400 ? 'orange' : status >= 300 ? 'blue' : 'green');

/** The API request log, newest first: filters, latency and problem code; a row opens the failure's detail. Admins. */
export function RequestLogPage() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({ result: 'all', status: null, apiKeyId: null, route: '', problemCode: '', from: null, to: null });
  const [open, setOpen] = useState<ApiRequest | null>(null);
  const change = (next: Partial<Filters>) => setFilters((current) => ({ ...current, ...next }));
  const keys = useQuery({ queryKey: ['api-keys', 'all'], queryFn: async () => (await unwrap(api.GET('/v1/api-keys'))).data });
  const query = useQuery({
    queryKey: ['api-requests', filters],
    queryFn: async () => {
      const from = instant(filters.from);
      const to = instant(filters.to);
      return (
        await unwrap(
          api.GET('/v1/api-requests', {
            params: {
              query: {
                limit: 200,
                ...(filters.result === 'failures' ? { failedOnly: 'true' } : {}),
                ...(filters.status ? { status: filters.status } : {}),
                ...(filters.apiKeyId ? { apiKeyId: filters.apiKeyId } : {}),
                ...(filters.route.trim() ? { route: filters.route.trim() } : {}),
                ...(filters.problemCode.trim() ? { problemCode: filters.problemCode.trim() } : {}),
                ...(from ? { from } : {}),
                ...(to ? { to } : {}),
              },
            },
          }),
        )
      ).data;
    },
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={1}>{t('requests.title')}</Title>
      <Group align="end" wrap="wrap" data-testid="request-filters">
        <Select
          label={t('requests.result')}
          allowDeselect={false}
          value={filters.result}
          data={[
            { value: 'all', label: t('requests.resultAll') },
            { value: 'failures', label: t('requests.resultFailures') },
          ]}
          onChange={(value) => change({ result: value === 'failures' ? 'failures' : 'all' })}
          w={{ base: '100%', sm: 170 }}
        />
        <NumberInput label={t('requests.status')} placeholder="422" min={100} max={599} value={filters.status ?? ''} onChange={(value) => change({ status: typeof value === 'number' ? value : null })} w={{ base: '100%', sm: 110 }} />
        <Select
          label={t('requests.key')}
          placeholder={t('all')}
          clearable
          searchable
          value={filters.apiKeyId}
          data={(keys.data ?? []).map((key) => ({ value: key.id, label: `${key.name} (${key.displayPrefix})` }))}
          onChange={(value) => change({ apiKeyId: value })}
          w={{ base: '100%', sm: 220 }}
        />
        <TextInput label={t('requests.route')} placeholder="/v1/integrations/:integrationId" value={filters.route} onChange={(event) => change({ route: event.currentTarget.value })} w={{ base: '100%', sm: 240 }} />
        <TextInput label={t('requests.problemCode')} placeholder="validation_failed" value={filters.problemCode} onChange={(event) => change({ problemCode: event.currentTarget.value })} w={{ base: '100%', sm: 180 }} />
        <DateTimePicker label={t('requests.from')} clearable valueFormat="DD/MM/YYYY HH:mm" value={filters.from} onChange={(value) => change({ from: value })} w={{ base: '100%', sm: 180 }} />
        <DateTimePicker label={t('requests.to')} clearable valueFormat="DD/MM/YYYY HH:mm" value={filters.to} onChange={(value) => change({ to: value })} w={{ base: '100%', sm: 180 }} />
      </Group>
      <QueryState query={query} empty={t('requests.empty')}>
        {(rows) => (
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover data-testid="requests-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.at')}</Table.Th>
                  <Table.Th>{t('requests.request')}</Table.Th>
                  <Table.Th>{t('requests.status')}</Table.Th>
                  <Table.Th>{t('requests.latency')}</Table.Th>
                  <Table.Th>{t('requests.problemCode')}</Table.Th>
                  <Table.Th>{t('requests.key')}</Table.Th>
                  <Table.Th>{t('actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id} data-testid="request-row" data-request-id={row.requestId} onClick={() => setOpen(row)} style={{ cursor: 'pointer' }}>
                    <Table.Td>{formatDateTime(row.at)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {row.method} {row.path}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor(row.status)} variant="light">
                        {row.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t('requests.ms', { count: row.latencyMs })}</Table.Td>
                    <Table.Td>{row.problemCode ?? '—'}</Table.Td>
                    <Table.Td>{row.apiKeyId ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setOpen(row)}>
                        {t('requests.details')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={t('requests.detailTitle')} size="lg">
        {open ? <RequestDetail row={open} /> : null}
      </Modal>
    </Stack>
  );
}

function RequestDetail(props: { row: ApiRequest }) {
  const { t } = useTranslation('admin');
  const { row } = props;
  const facts: [string, string][] = [
    [t('requests.at'), formatDateTime(row.at)],
    [t('requests.request'), `${row.method} ${row.path}`],
    [t('requests.route'), row.route],
    [t('requests.status'), String(row.status)],
    [t('requests.latency'), t('requests.ms', { count: row.latencyMs })],
    [t('requests.problemCode'), row.problemCode ?? '—'],
    [t('requests.requestId'), row.requestId],
    [t('requests.key'), row.apiKeyId ?? '—'],
    [t('requests.user'), row.userId ?? '—'],
  ];
  return (
    <Stack data-testid="request-detail">
      <Table>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h5">
        {t('requests.errorMessage')}
      </Title>
      <Text size="sm" c={row.errorMessage ? 'red' : 'dimmed'} data-testid="request-error">
        {row.errorMessage ?? t('requests.noError')}
      </Text>
      <Title order={2} size="h5">
        {t('requests.payload')}
      </Title>
      <Code block data-testid="request-payload">
        {row.payload === null || row.payload === undefined ? '—' : JSON.stringify(row.payload, null, 2)}
      </Code>
    </Stack>
  );
}
