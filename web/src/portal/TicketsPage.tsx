import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../app/format';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert, QueryState } from '../app/QueryState';
import { useConnectors, type Ticket } from './api';
import './messages';

const STATUS_COLORS: Record<Ticket['status'], string> = { open: 'blue', waiting_customer: 'yellow', waiting_provider: 'grape', resolved: 'green', closed: 'gray' };

export function TicketStatusBadge(props: { status: Ticket['status'] }) {
  const { t } = useTranslation('portal');
  return (
    <Badge color={STATUS_COLORS[props.status]} variant="light" data-status={props.status}>
      {t(`ticketStatus.${props.status}`)}
    </Badge>
  );
}

/** The account's tickets, newest first, and a way to open one. */
export function TicketsPage() {
  const { t } = useTranslation('portal');
  const tickets = useQuery({
    queryKey: ['tickets', 'list'],
    queryFn: async () => (await unwrap(api.GET('/v1/tickets', { params: { query: { limit: 500 } } }))).data,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('tickets.title')}</Title>
        <Button component={Link} to="/portal/chamados/novo" data-testid="open-ticket">
          {t('tickets.open')}
        </Button>
      </Group>
      <QueryState query={tickets} empty={t('tickets.empty')}>
        {(list) => (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tickets.subject')}</Table.Th>
                  <Table.Th>{t('tickets.kind')}</Table.Th>
                  <Table.Th>{t('tickets.status')}</Table.Th>
                  <Table.Th>{t('tickets.lastMessage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list].reverse().map((ticket) => (
                  <Table.Tr key={ticket.id} data-testid="ticket-row" data-ticket-id={ticket.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/portal/chamados/${ticket.id}`}>
                        {ticket.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`ticketKind.${ticket.kind}`)}</Table.Td>
                    <Table.Td>
                      <TicketStatusBadge status={ticket.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(ticket.lastMessageAt ?? ticket.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

/** "Abrir chamado": a subject, a message, and optionally the integration it is about (`?integracao=` preselects it). */
export function NewTicketPage() {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [search] = useSearchParams();
  const connectors = useConnectors();
  const integrations = useQuery({
    queryKey: ['integrations', 'list'],
    queryFn: async () => (await unwrap(api.GET('/v1/integrations', { params: { query: { limit: 500 } } }))).data,
  });
  const form = useForm({
    initialValues: { subject: '', integrationId: search.get('integracao') ?? '', message: { body: '' } },
    validate: {
      subject: (value) => (value.trim() ? null : t('form.required')),
      message: { body: (value) => (value.trim() ? null : t('form.required')) },
    },
  });
  const open = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/v1/tickets', {
          body: { kind: 'support', subject: values.subject.trim(), ...(values.integrationId ? { integrationId: values.integrationId } : {}), message: { body: values.message.body.trim() } },
        }),
      ),
    onSuccess: (ticket) => {
      void client.invalidateQueries({ queryKey: ['tickets'] });
      notifications.show({ color: 'green', message: t('tickets.opened') });
      void navigate(`/portal/chamados/${ticket.id}`);
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const nameOf = (key: string) => connectors.data?.find((connector) => connector.key === key)?.name ?? key;
  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/portal/chamados" size="sm">
        ← {t('tickets.title')}
      </Anchor>
      <Title order={1}>{t('tickets.open')}</Title>
      <Card withBorder>
        <form onSubmit={form.onSubmit((values) => open.mutate(values))} data-testid="new-ticket-form" noValidate>
          <Stack>
            <TextInput label={t('tickets.subject')} withAsterisk maxLength={200} {...form.getInputProps('subject')} data-testid="field-subject" />
            <Select
              label={t('tickets.integration')}
              placeholder={t('tickets.noIntegration')}
              clearable
              data={(integrations.data ?? []).map((integration) => ({ value: integration.id, label: `${nameOf(integration.connector)} · ${t(`common:environment.${integration.environment}`)}` }))}
              {...form.getInputProps('integrationId')}
              value={form.values.integrationId || null}
              onChange={(value) => form.setFieldValue('integrationId', value ?? '')}
              data-testid="field-integrationId"
            />
            <Textarea label={t('tickets.message')} withAsterisk autosize minRows={5} maxLength={20_000} {...form.getInputProps('message.body')} data-testid="field-message" />
            {open.isError ? <ProblemAlert error={open.error} /> : null}
            <Group>
              <Button type="submit" loading={open.isPending} data-testid="new-ticket-submit">
                {t('tickets.send')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('tickets.openHelp')}
              </Text>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
