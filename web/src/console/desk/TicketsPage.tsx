import { Badge, Button, Pagination, Select, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { CATEGORIES, DESK_KINDS, PRIORITIES, STAGES, supportTicketQuery, useAccounts, useStaff, useTicketList, type Stage, type Ticket } from './api';
import { PriorityBadge, SlaDue } from './labels';
import './messages';

const PER_PAGE = 25;
const NOBODY = '__nobody__';

/** Tickets of the desk in tabs per stage (with counts), filtered by kind, category, priority, account and assignee. */
export function TicketsPage() {
  const { t } = useTranslation('desk');
  const [params, setParams] = useSearchParams();
  const stage = (STAGES as readonly string[]).includes(params.get('stage') ?? '') ? (params.get('stage') as Stage) : 'received';
  const filter = (key: string) => params.get(key) ?? null;
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setPage(1);
  };
  const [page, setPage] = useState(1);
  const assignee = filter('assignee');
  const list = useTicketList({
    ...(filter('kind') ? { kind: filter('kind') as (typeof DESK_KINDS)[number] } : {}),
    ...(filter('account') ? { accountId: filter('account')! } : {}),
    ...(assignee && assignee !== NOBODY ? { assigneeId: assignee } : {}),
  });
  const accounts = useAccounts();
  const staff = useStaff();
  const accountName = useMemo(() => new Map((accounts.data ?? []).map((account) => [account.id, account.name])), [accounts.data]);
  const staffName = useMemo(() => new Map((staff.data ?? []).map((user) => [user.id, user.name])), [staff.data]);

  const matching = (list.data ?? []).filter(
    (ticket) =>
      (!filter('category') || ticket.category === filter('category')) &&
      (!filter('priority') || ticket.priority === filter('priority')) &&
      (assignee !== NOBODY || ticket.assigneeId === null),
  );
  const counts = Object.fromEntries(STAGES.map((each) => [each, matching.filter((ticket) => ticket.stage === each).length])) as Record<Stage, number>;
  const shown = matching.filter((ticket) => ticket.stage === stage).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const pages = Math.max(1, Math.ceil(shown.length / PER_PAGE));
  const visible = shown.slice((Math.min(page, pages) - 1) * PER_PAGE, Math.min(page, pages) * PER_PAGE);

  return (
    <Stack>
      <Title order={1}>{t('list.title')}</Title>
      <Text c="dimmed">{t('list.intro')}</Text>
      <Stack gap="xs" component="section" aria-label={t('list.filters')} data-testid="ticket-filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <Select
            label={t('list.kind')}
            placeholder={t('list.all')}
            clearable
            value={filter('kind')}
            onChange={(value) => setFilter('kind', value)}
            data={DESK_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          />
          <Select
            label={t('list.category')}
            placeholder={t('list.all')}
            clearable
            searchable
            value={filter('category')}
            onChange={(value) => setFilter('category', value)}
            data={CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          />
          <Select
            label={t('list.priority')}
            placeholder={t('list.all')}
            clearable
            value={filter('priority')}
            onChange={(value) => setFilter('priority', value)}
            data={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
          />
          <Select
            label={t('list.account')}
            placeholder={t('list.all')}
            clearable
            searchable
            value={filter('account')}
            onChange={(value) => setFilter('account', value)}
            data={(accounts.data ?? []).map((account) => ({ value: account.id, label: account.name }))}
          />
          <Select
            label={t('list.assignee')}
            placeholder={t('list.all')}
            clearable
            searchable
            value={assignee}
            onChange={(value) => setFilter('assignee', value)}
            data={[{ value: NOBODY, label: t('list.nobody') }, ...(staff.data ?? []).map((user) => ({ value: user.id, label: user.name }))]}
          />
        </SimpleGrid>
        {['kind', 'category', 'priority', 'account', 'assignee'].some((key) => params.has(key)) ? (
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => setParams(params.has('stage') ? { stage } : {}, { replace: true })}>
            {t('list.clear')}
          </Button>
        ) : null}
      </Stack>
      <Tabs
        value={stage}
        onChange={(value) => {
          if (!value) return;
          const next = new URLSearchParams(params);
          next.set('stage', value);
          setParams(next, { replace: true });
          setPage(1);
        }}
      >
        <Tabs.List aria-label={t('list.stages')}>
          {STAGES.map((each) => (
            <Tabs.Tab key={each} value={each} data-testid={`stage-tab-${each}`} rightSection={<Badge size="sm" variant="light" data-testid={`stage-count-${each}`}>{list.data ? counts[each] : '…'}</Badge>}>
              {t(`stage.${each}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <QueryState query={list} isEmpty={() => shown.length === 0} empty={t('list.empty')}>
        {() => (
          <Stack>
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover data-testid="ticket-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.subject')}</Table.Th>
                    <Table.Th>{t('list.account')}</Table.Th>
                    <Table.Th>{t('list.category')}</Table.Th>
                    <Table.Th>{t('list.priority')}</Table.Th>
                    <Table.Th>{t('list.assignee')}</Table.Th>
                    <Table.Th>{t('list.firstAnswer')}</Table.Th>
                    <Table.Th>{t('list.resolution')}</Table.Th>
                    <Table.Th>{t('list.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visible.map((ticket) => (
                    <TicketRow key={ticket.id} ticket={ticket} account={accountName.get(ticket.accountId) ?? ticket.accountId} assignee={ticket.assigneeId ? (staffName.get(ticket.assigneeId) ?? ticket.assigneeId) : '—'} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 ? <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} aria-label={t('list.page')} /> : null}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** One row; its SLA comes from the ticket's support view (the list does not carry it), shared with the detail page. */
function TicketRow(props: { ticket: Ticket; account: string; assignee: string }) {
  const { t } = useTranslation('desk');
  const { ticket } = props;
  const support = useQuery(supportTicketQuery(ticket.id));
  return (
    <Table.Tr data-testid="ticket-row" data-ticket-id={ticket.id} data-kind={ticket.kind}>
      <Table.Td>
        <Stack gap={2}>
          <Link to={`/console/chamados/${ticket.id}`}>{ticket.subject}</Link>
          <Text size="xs" c="dimmed">
            {t(`kind.${ticket.kind}`)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>{props.account}</Table.Td>
      <Table.Td>{ticket.category ? t(`category.${ticket.category}`) : '—'}</Table.Td>
      <Table.Td>
        <PriorityBadge priority={ticket.priority} />
      </Table.Td>
      <Table.Td>{props.assignee}</Table.Td>
      <Table.Td>
        <SlaDue timer={support.data?.sla?.firstAnswer} testId="sla-first-answer" />
      </Table.Td>
      <Table.Td>
        <SlaDue timer={support.data?.sla?.resolution} testId="sla-resolution" />
      </Table.Td>
      <Table.Td>{formatDateTime(ticket.createdAt)}</Table.Td>
    </Table.Tr>
  );
}
