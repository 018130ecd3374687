import { Anchor, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import { supportTicketQuery, useAccounts, useStaff, type SupportTicket, type TicketDetail } from './api';
import { ComplaintPanel } from './ComplaintPanel';
import { Conversation } from './Conversation';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { EscalatePanel, EvidencePanel } from './EvidencePanel';
import { PriorityBadge, SlaDue, StageBadge } from './labels';
import { ManageTicket } from './ManageTicket';
import './messages';

/** One ticket: header with its SLA, then the conversation, evidence, diagnostics, escalation and, for complaints, Reclame Aqui. */
export function TicketPage() {
  const { t } = useTranslation('desk');
  const ticketId = useParams().ticketId!;
  const base = useQuery({
    queryKey: ['tickets', ticketId],
    queryFn: () => unwrap(api.GET('/v1/tickets/{ticketId}', { params: { path: { ticketId } } })),
  });
  const staged = base.data ? base.data.stage !== null : false;
  const support = useQuery(supportTicketQuery(ticketId, staged));
  return (
    <Stack>
      <Anchor component={Link} to="/console/chamados" size="sm">
        ← {t('ticket.back')}
      </Anchor>
      <QueryState query={base} isEmpty={() => false}>
        {(ticket) =>
          staged ? (
            <QueryState query={support} isEmpty={() => false}>
              {(full) => <TicketView ticket={full} support={full} />}
            </QueryState>
          ) : (
            <TicketView ticket={ticket} support={null} />
          )
        }
      </QueryState>
    </Stack>
  );
}

function TicketView(props: { ticket: TicketDetail; support: SupportTicket | null }) {
  const { t } = useTranslation('desk');
  const { ticket, support } = props;
  const accounts = useAccounts();
  const staff = useStaff();
  const account = accounts.data?.find((each) => each.id === ticket.accountId)?.name ?? ticket.accountId;
  const assignee = ticket.assigneeId ? (staff.data?.find((user) => user.id === ticket.assigneeId)?.name ?? ticket.assigneeId) : '—';
  const isComplaint = ticket.kind === 'complaint';
  const fact = (label: string, value: ReactNode, testId?: string) => (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div style={{ wordBreak: 'break-word' }}>{value}</div>
    </Stack>
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1} data-testid="ticket-subject">
          {ticket.subject}
        </Title>
        <Group gap="xs">
          <StageBadge stage={ticket.stage} />
          <PriorityBadge priority={ticket.priority} />
        </Group>
      </Group>
      <Card withBorder data-testid="ticket-header">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }}>
          {fact(t('ticket.account'), account, 'ticket-account')}
          {fact(t('ticket.requester'), ticket.requester.name ? `${ticket.requester.name} <${ticket.requester.email}>` : ticket.requester.email)}
          {fact(t('ticket.kind'), t(`kind.${ticket.kind}`))}
          {fact(t('ticket.category'), ticket.category ? t(`category.${ticket.category}`) : '—', 'ticket-category')}
          {fact(t('ticket.priority'), <PriorityBadge priority={ticket.priority} />)}
          {fact(t('ticket.stage'), ticket.stage ? <StageBadge stage={ticket.stage} /> : '—', 'ticket-stage')}
          {fact(t('ticket.team'), ticket.team ? t(`team.${ticket.team}`) : '—')}
          {fact(t('ticket.assignee'), assignee)}
          {fact(t('ticket.created'), formatDateTime(ticket.createdAt))}
          {support?.sla ? (
            <>
              {fact(t('ticket.firstAnswer'), <SlaDue timer={support.sla.firstAnswer} testId="sla-first-answer" />)}
              {fact(t('ticket.resolution'), <SlaDue timer={support.sla.resolution} testId="sla-resolution" />)}
            </>
          ) : (
            fact(t('ticket.slaTitle'), t('ticket.noSla'))
          )}
        </SimpleGrid>
        {ticket.solution ? (
          <Text size="sm" mt="sm">
            {t('ticket.solution', { solution: ticket.solution })}
          </Text>
        ) : null}
      </Card>
      {support && ticket.stage !== 'closed' ? <ManageTicket ticket={support} /> : null}
      <Tabs defaultValue={isComplaint ? 'complaint' : 'conversation'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="conversation" data-testid="tab-conversation">
            {t('ticket.tabs.conversation')}
          </Tabs.Tab>
          {isComplaint ? (
            <Tabs.Tab value="complaint" data-testid="tab-complaint">
              {t('ticket.tabs.complaint')}
            </Tabs.Tab>
          ) : null}
          {support ? (
            <>
              <Tabs.Tab value="evidence" data-testid="tab-evidence">
                {t('ticket.tabs.evidence')}
              </Tabs.Tab>
              <Tabs.Tab value="diagnostics" data-testid="tab-diagnostics">
                {t('ticket.tabs.diagnostics')}
              </Tabs.Tab>
              <Tabs.Tab value="escalate" data-testid="tab-escalate">
                {t('ticket.tabs.escalate')}
              </Tabs.Tab>
            </>
          ) : null}
          <Tabs.Tab value="timeline" data-testid="tab-timeline">
            {t('ticket.tabs.timeline')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="conversation" pt="md">
          <Conversation ticket={ticket} standardAnswer={support?.standardAnswer ?? null} />
        </Tabs.Panel>
        {isComplaint ? (
          <Tabs.Panel value="complaint" pt="md">
            <ComplaintPanel ticket={ticket} />
          </Tabs.Panel>
        ) : null}
        {support ? (
          <>
            <Tabs.Panel value="evidence" pt="md">
              <EvidencePanel ticket={support} />
            </Tabs.Panel>
            <Tabs.Panel value="diagnostics" pt="md">
              <DiagnosticsPanel ticket={support} />
            </Tabs.Panel>
            <Tabs.Panel value="escalate" pt="md">
              <EscalatePanel ticket={support} />
            </Tabs.Panel>
          </>
        ) : null}
        <Tabs.Panel value="timeline" pt="md">
          <Timeline ticket={ticket} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Timeline(props: { ticket: TicketDetail }) {
  const { t } = useTranslation('desk');
  const events = [...props.ticket.timeline].reverse();
  if (events.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  return (
    <Stack gap="xs" data-testid="timeline">
      <Title order={2} size="h4">
        {t('timeline.title')}
      </Title>
      {events.map((event) => (
        <Card key={event.id} withBorder padding="xs" data-testid="timeline-event" data-type={event.type}>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" fw={600}>
              {event.type}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(event.at)} · {event.actor}
            </Text>
          </Group>
          {Object.keys(event.data).length > 0 ? (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {Object.entries(event.data)
                .filter(([, value]) => value !== null && value !== undefined)
                .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
                .join(' · ')}
            </Text>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
}
