import { Alert, Anchor, Badge, Button, Card, Checkbox, Grid, Group, List, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert } from '../../app/QueryState';
import { localized, useStaff, type SupportTicket, type TicketDetail } from './api';
import './messages';

type Message = TicketDetail['messages'][number];

/** The ticket's messages (customer's on the left, staff's on the right, internal notes marked), a reply box and the standard answer. */
export function Conversation(props: { ticket: TicketDetail; standardAnswer: SupportTicket['standardAnswer'] }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { ticket } = props;
  const closed = ticket.status === 'closed';
  const form = useForm({ initialValues: { body: '', visibility: 'public' as 'public' | 'internal', awaitCustomer: false } });
  const send = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/v1/tickets/{ticketId}/messages', {
          params: { path: { ticketId: ticket.id } },
          body: { body: values.body, visibility: values.visibility, ...(values.visibility === 'public' && values.awaitCustomer ? { awaitCustomer: true } : {}) },
        }),
      ),
    onSuccess: (message) => {
      void client.invalidateQueries({ queryKey: ['tickets', ticket.id] });
      notifications.show({ color: 'green', message: message.visibility === 'internal' ? t('conversation.noted') : t('conversation.sent') });
      form.reset();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const insert = (text: string) => {
    form.setFieldValue('body', form.values.body.trim() ? `${form.values.body.trimEnd()}\n\n${text}` : text);
    form.setFieldValue('visibility', 'public');
    notifications.show({ message: t('standard.inserted') });
    document.getElementById('desk-reply')?.focus();
  };
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: props.standardAnswer ? 7 : 12 }}>
        <Stack>
          <Title order={2} size="h4">
            {t('conversation.title')}
          </Title>
          <Messages messages={ticket.messages} requester={ticket.requester.name ?? ticket.requester.email} />
          {closed ? (
            <Alert color="gray">{t('conversation.closed')}</Alert>
          ) : (
            <Card withBorder component="form" onSubmit={form.onSubmit((values) => send.mutate(values))} data-testid="reply-form">
              <Stack gap="sm">
                {ticket.kind === 'complaint' ? (
                  <Text size="sm" c="dimmed">
                    {t('conversation.complaintHint')}
                  </Text>
                ) : null}
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="desk-visibility">
                    {t('conversation.visibility')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="desk-visibility"
                    data={[
                      { value: 'public', label: t('conversation.public') },
                      { value: 'internal', label: t('conversation.internalNote') },
                    ]}
                    {...form.getInputProps('visibility')}
                  />
                </Stack>
                <Textarea id="desk-reply" label={t('conversation.reply')} autosize minRows={4} maxRows={16} required {...form.getInputProps('body')} />
                {form.values.visibility === 'public' ? <Checkbox label={t('conversation.awaitCustomer')} {...form.getInputProps('awaitCustomer', { type: 'checkbox' })} /> : null}
                {send.isError ? <ProblemAlert error={localized(send.error, t)} /> : null}
                <Group>
                  <Button type="submit" loading={send.isPending} disabled={!form.values.body.trim()} data-testid="reply-send">
                    {t('conversation.send')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          )}
        </Stack>
      </Grid.Col>
      {props.standardAnswer ? (
        <Grid.Col span={{ base: 12, md: 5 }}>
          <StandardAnswer answer={props.standardAnswer} onInsert={insert} disabled={closed} />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}

/** The customer's messages on the left in grey, staff's on the right in the theme colour, internal notes in yellow. */
export function Messages(props: { messages: Message[]; requester: string; inboundLabel?: string; outboundLabel?: string }) {
  const { t } = useTranslation('desk');
  const staff = useStaff();
  if (props.messages.length === 0) return <Text c="dimmed">{t('conversation.empty')}</Text>;
  return (
    <Stack gap="sm" data-testid="messages">
      {props.messages.map((message) => {
        const inbound = message.direction === 'inbound';
        const internal = message.visibility === 'internal';
        const who = inbound ? (message.from ?? props.requester) : (staff.data?.find((user) => user.id === message.author)?.name ?? message.author);
        return (
          <Paper
            key={message.id}
            withBorder
            p="sm"
            maw={{ base: '100%', sm: '85%' }}
            ml={inbound ? 0 : 'auto'}
            bg={internal ? 'yellow.0' : inbound ? 'gray.0' : 'teal.0'}
            data-testid="message"
            data-direction={message.direction}
            data-visibility={message.visibility}
          >
            <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
              <Group gap="xs">
                <Badge size="sm" color={inbound ? 'gray' : 'teal'} variant="filled">
                  {inbound ? (props.inboundLabel ?? t('conversation.customer')) : (props.outboundLabel ?? t('conversation.agent'))}
                </Badge>
                {internal ? (
                  <Badge size="sm" color="yellow" variant="light">
                    {t('conversation.internal')}
                  </Badge>
                ) : null}
                <Text size="sm" fw={600}>
                  {who}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatDateTime(message.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {message.body}
            </Text>
            {message.attachments.length > 0 ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('conversation.attachments', { list: message.attachments.map((file) => file.filename).join(', ') })}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}

function StandardAnswer(props: { answer: NonNullable<SupportTicket['standardAnswer']>; onInsert: (text: string) => void; disabled: boolean }) {
  const { t } = useTranslation('desk');
  const { answer } = props;
  return (
    <Card withBorder component="section" aria-labelledby="standard-title" data-testid="standard-answer">
      <Stack gap="sm">
        <Title order={2} size="h4" id="standard-title">
          {t('standard.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('standard.help')}
        </Text>
        <Text fw={600}>{answer.subject}</Text>
        <Text size="xs">{t('standard.team', { team: t(`team.${answer.team}`) })}</Text>
        {/* It scrolls: focusable so that keyboard users can scroll it too. */}
        <Paper withBorder p="xs" mah={280} style={{ overflow: 'auto' }} tabIndex={0} role="region" aria-label={answer.subject}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {answer.body}
          </Text>
        </Paper>
        {answer.links.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('standard.docs')}
            </Text>
            <List size="sm" data-testid="standard-answer-links">
              {answer.links.map((link) => (
                <List.Item key={link.url}>
                  <Anchor href={link.url} target="_blank" rel="noreferrer">
                    {link.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <Button variant="light" onClick={() => props.onInsert(answer.body)} disabled={props.disabled} data-testid="standard-answer-insert">
          {t('standard.insert')}
        </Button>
      </Stack>
    </Card>
  );
}
