import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { ANSWER_TYPES, localized, MODERATION_REASONS, type AnswerType, type Complaint, type ComplaintAnswer, type ComplaintAnswerBody, type TicketDetail } from './api';
import { Messages } from './Conversation';
import './messages';

/** The Reclame Aqui complaint behind a ticket: its state, the conversation with the consumer, answering and closing. */
export function ComplaintPanel(props: { ticket: TicketDetail }) {
  const { t } = useTranslation('desk');
  const { ticket } = props;
  const complaint = useQuery({
    queryKey: ['tickets', ticket.id, 'complaint'],
    queryFn: () => unwrap(api.GET('/v1/complaints/{ticketId}', { params: { path: { ticketId: ticket.id } } })),
  });
  // The consumer's side is what reached them: public messages (the moderation text is an internal note).
  const conversation = ticket.messages.filter((message) => message.visibility === 'public');
  return (
    <QueryState query={complaint} isEmpty={() => false}>
      {(data) => (
        <Stack data-testid="complaint-panel">
          <Title order={2} size="h4">
            {t('complaint.title')}
          </Title>
          <ComplaintFacts complaint={data} />
          <Title order={3} size="h5">
            {t('complaint.conversation')}
          </Title>
          <Messages messages={conversation} requester={data.consumer.name ?? data.consumer.email ?? ''} inboundLabel={t('complaint.consumerSays')} outboundLabel={t('complaint.companySays')} />
          <AnswersHistory answers={data.answers} />
          {ticket.status === 'closed' ? (
            <Alert color="gray">{t('complaint.alreadyClosed', { solution: ticket.solution ?? '—' })}</Alert>
          ) : (
            <>
              <AnswerForm complaint={data} />
              <CloseForm complaint={data} />
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function ComplaintFacts(props: { complaint: Complaint }) {
  const { t } = useTranslation('desk');
  const { complaint } = props;
  const fact = (label: string, value: string) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
  return (
    <Card withBorder data-testid="complaint-facts">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {fact(t('complaint.consumer'), [complaint.consumer.name, complaint.consumer.email].filter(Boolean).join(' · ') || '—')}
        {fact(t('complaint.raStatus'), complaint.raStatus?.name ?? '—')}
        {fact(t('complaint.hugmeStatus'), complaint.hugmeStatus?.name ?? '—')}
        {fact(t('complaint.answered'), complaint.answered ? t('complaint.answered') : t('complaint.notAnswered'))}
        {fact(t('complaint.rating'), complaint.rating === null ? '—' : String(complaint.rating))}
        {fact(t('complaint.syncGroup'), complaint.syncGroup ?? '—')}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t('complaint.ids', { hugme: complaint.complaintId, ra: complaint.reclameAquiId ?? '—' })}
        {complaint.closedAtProvider ? ` · ${t('complaint.closedAtProvider', { date: formatDateTime(complaint.closedAtProvider) })}` : ''}
      </Text>
    </Card>
  );
}

function AnswersHistory(props: { answers: Complaint['answers'] }) {
  const { t } = useTranslation('desk');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('complaint.answers')}
      </Title>
      {props.answers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('complaint.noAnswers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="complaint-answers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('complaint.type')}</Table.Th>
                <Table.Th>{t('evidence.state')}</Table.Th>
                <Table.Th>{t('complaint.providerColumn')}</Table.Th>
                <Table.Th>{t('complaint.at')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...props.answers].reverse().map((answer) => (
                <Table.Tr key={answer.id} data-testid="complaint-answer" data-outcome={answer.outcome} data-type={answer.type}>
                  <Table.Td>{t(`complaint.types.${answer.type}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={answer.outcome === 'sent' ? 'green' : 'red'} variant="light">
                      {t(`complaint.outcome.${answer.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{answer.providerMessage ?? answer.error ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(answer.at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

interface AnswerValues {
  type: AnswerType;
  message: string;
  email: string;
  reason: string;
  migrateTo: string;
}

/** Sent to Reclame Aqui inside the request: the provider's yes or no shows here at once. */
function AnswerForm(props: { complaint: Complaint }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { complaint } = props;
  const form = useForm<AnswerValues>({ initialValues: { type: 'public_answer', message: '', email: '', reason: '', migrateTo: '' } });
  const answer = useMutation({
    mutationFn: (body: ComplaintAnswerBody) => unwrap(api.POST('/v1/complaints/{ticketId}/answers', { params: { path: { ticketId: complaint.ticketId } }, body })),
    onSuccess: (sent: ComplaintAnswer) => {
      notifications.show({ color: 'green', message: t('complaint.sent') });
      form.setValues({ message: '', email: '', reason: '', migrateTo: '' });
      void client.invalidateQueries({ queryKey: ['tickets', complaint.ticketId] });
      return sent;
    },
    onError: (error) => {
      // The answer's fields other than `type` are checked against the action's schema: `message`, `email`, … .
      form.setErrors(fieldErrorsOf(error));
      void client.invalidateQueries({ queryKey: ['tickets', complaint.ticketId] });
    },
  });
  const type = form.values.type;
  const needsMessage = type === 'public_answer' || type === 'private_message' || type === 'request_moderation';
  const submit = (values: AnswerValues) => {
    const body: ComplaintAnswerBody = { type: values.type };
    if (needsMessage) body.message = values.message.trim();
    if (values.type === 'private_message' && values.email.trim()) body.email = values.email.trim();
    if (values.type === 'request_moderation') {
      if (values.reason) body.reason = values.reason;
      if (values.reason === '1' && values.migrateTo.trim()) body.migrateTo = values.migrateTo.trim();
    }
    answer.mutate(body);
  };
  return (
    <Card withBorder component="form" onSubmit={form.onSubmit(submit)} data-testid="complaint-answer-form">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('complaint.answerTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('complaint.answerHelp')}
        </Text>
        <Select
          label={t('complaint.type')}
          allowDeselect={false}
          data={ANSWER_TYPES.map((value) => ({ value, label: t(`complaint.types.${value}`) }))}
          {...form.getInputProps('type')}
          onChange={(value) => {
            form.setFieldValue('type', (value ?? 'public_answer') as AnswerType);
            answer.reset();
          }}
        />
        {type === 'private_message' ? (
          <TextInput label={t('complaint.email')} type="email" description={t('complaint.emailHelp')} placeholder={complaint.consumer.email ?? ''} {...form.getInputProps('email')} />
        ) : null}
        {type === 'request_moderation' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('complaint.reasonLabel')} required data={MODERATION_REASONS.map((value) => ({ value, label: `${value} · ${t(`complaint.reasons.${value}`)}` }))} {...form.getInputProps('reason')} />
            {form.values.reason === '1' ? <TextInput label={t('complaint.migrateTo')} {...form.getInputProps('migrateTo')} /> : null}
          </SimpleGrid>
        ) : null}
        {needsMessage ? <Textarea label={t('complaint.message')} required autosize minRows={4} maxRows={14} maxLength={10_000} {...form.getInputProps('message')} /> : null}
        {type === 'request_evaluation' ? (
          <Text size="sm" c="dimmed">
            {t('complaint.evaluationHelp')}
          </Text>
        ) : null}
        {answer.isSuccess ? (
          <Alert color="green" title={t('complaint.sent')} data-testid="complaint-answer-result">
            {answer.data.providerMessage ? t('complaint.providerSaid', { message: answer.data.providerMessage }) : null}
          </Alert>
        ) : null}
        {answer.isError ? (
          <div data-testid="complaint-answer-error">
            <ProblemAlert error={localized(answer.error, t)} />
          </div>
        ) : null}
        <Group>
          <Button type="submit" loading={answer.isPending} disabled={needsMessage && !form.values.message.trim()} data-testid="complaint-answer-send">
            {t('complaint.send')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function CloseForm(props: { complaint: Complaint }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { complaint } = props;
  const form = useForm({ initialValues: { solution: '', reason: '' } });
  const close = useMutation({
    mutationFn: (values: { solution: string; reason: string }) =>
      unwrap(
        api.POST('/v1/complaints/{ticketId}/close', {
          params: { path: { ticketId: complaint.ticketId } },
          body: { solution: values.solution, ...(values.reason.trim() ? { reason: values.reason.trim() } : {}) },
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData(['tickets', complaint.ticketId, 'complaint'], updated);
      void client.invalidateQueries({ queryKey: ['tickets'] });
      notifications.show({ color: 'green', message: t('complaint.closed') });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Card withBorder component="form" onSubmit={form.onSubmit((values) => close.mutate(values))} data-testid="complaint-close-form">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('complaint.closeTitle')}
        </Title>
        <Select label={t('complaint.solution')} required data={complaint.allowedSolutions} {...form.getInputProps('solution')} />
        <TextInput label={t('complaint.closeReason')} {...form.getInputProps('reason')} />
        {close.isError ? <ProblemAlert error={localized(close.error, t)} /> : null}
        <Group>
          <Button type="submit" color="gray" loading={close.isPending} disabled={!form.values.solution} data-testid="complaint-close">
            {t('complaint.close')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
