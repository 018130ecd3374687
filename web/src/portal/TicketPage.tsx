import { Anchor, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';
import { formatDateTime } from '../app/format';
import { NotFound } from '../app/NotFound';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert, QueryState } from '../app/QueryState';
import type { TicketDetail } from './api';
import { TicketStatusBadge } from './TicketsPage';
import './messages';

/** One ticket: its public messages, oldest first, and a reply box (closed tickets take no reply). */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const ticket = useQuery({
    queryKey: ['tickets', ticketId],
    queryFn: () => unwrap(api.GET('/v1/tickets/{ticketId}', { params: { path: { ticketId } } })),
  });
  if (ticket.error instanceof ApiProblem && ticket.error.status === 404) return <NotFound home="/portal/chamados" />;
  return (
    <QueryState query={ticket} isEmpty={() => false}>
      {(detail) => <TicketView ticket={detail} />}
    </QueryState>
  );
}

function TicketView(props: { ticket: TicketDetail }) {
  const { t } = useTranslation('portal');
  const { ticket } = props;
  return (
    <Stack maw={860} data-testid="ticket-page" data-ticket-id={ticket.id}>
      <Anchor component={Link} to="/portal/chamados" size="sm">
        ← {t('tickets.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{ticket.subject}</Title>
          <Text size="sm" c="dimmed">
            {t(`ticketKind.${ticket.kind}`)} · {t('tickets.openedAt', { at: formatDateTime(ticket.createdAt) })}
          </Text>
        </Stack>
        <TicketStatusBadge status={ticket.status} />
      </Group>
      {ticket.integrationId ? (
        <Anchor component={Link} to={`/portal/integracoes/${ticket.integrationId}`} size="sm">
          {t('tickets.seeIntegration')}
        </Anchor>
      ) : null}
      <Title order={2} size="h4">
        {t('tickets.messages')}
      </Title>
      {ticket.messages.length === 0 ? <Text c="dimmed">{t('tickets.noMessages')}</Text> : null}
      {ticket.messages.map((message) => {
        const mine = message.direction === 'inbound';
        return (
          <Paper
            key={message.id}
            withBorder
            p="sm"
            ml={mine ? { base: 0, sm: 'xl' } : 0}
            mr={mine ? 0 : { base: 0, sm: 'xl' }}
            bg={mine ? 'var(--mantine-color-teal-light)' : undefined}
            data-testid="ticket-message"
            data-direction={message.direction}
          >
            <Text size="xs" c="dimmed">
              {mine ? t('tickets.fromYou') : t('tickets.fromSupport')} · {formatDateTime(message.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.body}
            </Text>
          </Paper>
        );
      })}
      {ticket.status === 'closed' ? <Text c="dimmed">{t('tickets.closed')}</Text> : <ReplyBox ticketId={ticket.id} />}
    </Stack>
  );
}

function ReplyBox(props: { ticketId: string }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const form = useForm({ initialValues: { body: '' }, validate: { body: (value) => (value.trim() ? null : t('form.required')) } });
  const reply = useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/v1/tickets/{ticketId}/messages', { params: { path: { ticketId: props.ticketId } }, body: { body } })),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'green', message: t('tickets.replied') });
      void client.invalidateQueries({ queryKey: ['tickets'] });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((values) => reply.mutate(values.body.trim()))} data-testid="reply-form" noValidate>
        <Stack gap="sm">
          <Textarea label={t('tickets.reply')} autosize minRows={3} maxLength={20_000} {...form.getInputProps('body')} data-testid="field-reply" />
          {reply.isError ? <ProblemAlert error={reply.error} /> : null}
          <Button type="submit" w="fit-content" loading={reply.isPending} data-testid="reply-submit">
            {t('tickets.sendReply')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
