import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney } from '../app/format';
import { QueryState } from '../app/QueryState';
import { REPORT_MAX_PAGES, useRecords, type IntegrationRecord } from './api';
import './messages';

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** PagHiper amounts are in cents; money is shown in reais. */
const reais = (cents: unknown) => (num(cents) === null ? null : num(cents)! / 100);
const RECENT = 20;

/** The latest records in a table, and for payments a report of totals by status that fills as data arrives. */
export function RecordsPanel(props: { integrationId: string; models: string[] }) {
  const { t } = useTranslation('portal');
  const isPayment = props.models.includes('payment');
  const records = useRecords(props.integrationId, isPayment ? REPORT_MAX_PAGES : 1);
  return (
    <Stack>
      {isPayment ? (
        <Card withBorder data-testid="payments-report">
          <Title order={2} size="h4" mb="sm">
            {t('report.title')}
          </Title>
          <QueryState query={records} isEmpty={(data) => data.records.length === 0} empty={t('report.empty')}>
            {(data) => <PaymentReport records={data.records} complete={data.complete} />}
          </QueryState>
        </Card>
      ) : null}
      <Card withBorder data-testid="records">
        <Title order={2} size="h4" mb="sm">
          {t('records.title')}
        </Title>
        <QueryState query={records} isEmpty={(data) => data.records.length === 0} empty={t('records.empty')}>
          {(data) => <RecordsTable records={data.records.slice(0, RECENT)} />}
        </QueryState>
      </Card>
    </Stack>
  );
}

function PaymentReport(props: { records: IntegrationRecord[]; complete: boolean }) {
  const { t } = useTranslation('portal');
  const payments = props.records.filter((record) => record.model === 'payment');
  const byStatus = new Map<string, { count: number; cents: number }>();
  for (const record of payments) {
    const status = record.status ?? str(record.data.status) ?? '—';
    const entry = byStatus.get(status) ?? { count: 0, cents: 0 };
    entry.count += 1;
    entry.cents += num(record.data.amountCents) ?? 0;
    byStatus.set(status, entry);
  }
  const rows = [...byStatus.entries()].sort((a, b) => b[1].cents - a[1].cents);
  const total = rows.reduce((sum, [, entry]) => ({ count: sum.count + entry.count, cents: sum.cents + entry.cents }), { count: 0, cents: 0 });
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('records.status')}</Table.Th>
              <Table.Th ta="right">{t('report.count')}</Table.Th>
              <Table.Th ta="right">{t('report.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([status, entry]) => (
              <Table.Tr key={status} data-testid={`report-${status}`} data-count={entry.count} data-cents={entry.cents}>
                <Table.Td>{t(`paymentStatus.${status}`, { defaultValue: status })}</Table.Td>
                <Table.Td ta="right">{entry.count}</Table.Td>
                <Table.Td ta="right">{formatMoney(entry.cents / 100)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="report-total" data-count={total.count} data-cents={total.cents}>
              <Table.Th>{t('report.total')}</Table.Th>
              <Table.Th ta="right">{total.count}</Table.Th>
              <Table.Th ta="right">{formatMoney(total.cents / 100)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {props.complete ? t('report.allRecords', { count: payments.length }) : t('report.latestRecords', { count: payments.length })}
      </Text>
    </Stack>
  );
}

/** The latest records: payments (amount, status, due date) or fuel transactions (plate, liters, amount, date). */
export function RecordsTable(props: { records: IntegrationRecord[] }) {
  const { t } = useTranslation('portal');
  const fuel = props.records.some((record) => record.model === 'fuel_transaction');
  const payment = props.records.some((record) => record.model === 'payment');
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {payment ? (
              <>
                <Table.Th>{t('records.order')}</Table.Th>
                <Table.Th>{t('records.method')}</Table.Th>
                <Table.Th ta="right">{t('records.amount')}</Table.Th>
                <Table.Th>{t('records.status')}</Table.Th>
                <Table.Th>{t('records.dueDate')}</Table.Th>
              </>
            ) : fuel ? (
              <>
                <Table.Th>{t('records.occurredAt')}</Table.Th>
                <Table.Th>{t('records.plate')}</Table.Th>
                <Table.Th ta="right">{t('records.liters')}</Table.Th>
                <Table.Th ta="right">{t('records.amount')}</Table.Th>
                <Table.Th>{t('records.station')}</Table.Th>
              </>
            ) : (
              <>
                <Table.Th>{t('records.externalId')}</Table.Th>
                <Table.Th>{t('records.status')}</Table.Th>
                <Table.Th>{t('records.updatedAt')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.records.map((record) => (
            <Table.Tr key={record.id} data-testid="record-row" data-external-id={record.externalId}>
              {record.model === 'payment' ? (
                <>
                  <Table.Td>{str(record.data.orderId) ?? record.externalId}</Table.Td>
                  <Table.Td>{t(`options.${str(record.data.method) ?? ''}`, { defaultValue: str(record.data.method) ?? '—' })}</Table.Td>
                  <Table.Td ta="right">{formatMoney(reais(record.data.amountCents))}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`paymentStatus.${record.status ?? ''}`, { defaultValue: record.status ?? '—' })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(str(record.data.dueDate))}</Table.Td>
                </>
              ) : record.model === 'fuel_transaction' ? (
                <FuelCells record={record} />
              ) : (
                <>
                  <Table.Td>{str(record.data.title) ?? record.externalId}</Table.Td>
                  <Table.Td>{record.status ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(record.updatedAt)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FuelCells(props: { record: IntegrationRecord }) {
  const { i18n } = useTranslation('portal');
  const { data } = props.record;
  const liters = num(data.liters);
  const station = (data.station ?? {}) as { name?: unknown; city?: unknown; uf?: unknown };
  return (
    <>
      <Table.Td>{formatDateTime(str(data.occurredAt))}</Table.Td>
      <Table.Td>
        <Group gap={4}>{str(data.vehiclePlate) ?? '—'}</Group>
      </Table.Td>
      <Table.Td ta="right">{liters === null ? '—' : `${liters.toLocaleString(i18n.language, { maximumFractionDigits: 3 })} L`}</Table.Td>
      <Table.Td ta="right">{formatMoney(num(data.totalAmount))}</Table.Td>
      <Table.Td>{[str(station.name), [str(station.city), str(station.uf)].filter(Boolean).join('/')].filter(Boolean).join(' — ') || '—'}</Table.Td>
    </>
  );
}
