import { Alert, Badge, Button, Card, Code, FileInput, Group, List, NumberInput, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert } from '../../app/QueryState';
import { localized, MANDATORY_EVIDENCE, OPTIONAL_EVIDENCE, type EvidenceBody, type EvidenceItem, type Requirement, type SupportTicket } from './api';
import './messages';

type Entry = SupportTicket['evidence']['items'][number];

function show(item: EvidenceItem, value: unknown): string {
  if (item === 'occurredAt' && typeof value === 'string') return formatDateTime(value);
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** The seven mandatory pieces of evidence, present or missing, the optional ones, and a form to add what an agent found. */
export function EvidencePanel(props: { ticket: SupportTicket }) {
  const { t } = useTranslation('desk');
  const { items, missing } = props.ticket.evidence;
  const byItem = new Map(items.map((entry) => [entry.item, entry]));
  const row = (item: EvidenceItem) => {
    const entry = byItem.get(item);
    return (
      <Table.Tr key={item} data-testid="evidence-item" data-item={item} data-present={entry ? 'true' : 'false'}>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon size={20} radius="xl" color={entry ? 'green' : 'red'} aria-hidden>
              {entry ? '✓' : '✕'}
            </ThemeIcon>
            <Text size="sm" fw={600}>
              {t(`evidence.items.${item}`)}
            </Text>
          </Group>
        </Table.Td>
        <Table.Td>
          <Badge color={entry ? 'green' : 'red'} variant="light">
            {entry ? t('evidence.present') : t('evidence.missing')}
          </Badge>
        </Table.Td>
        <Table.Td>{entry ? <EvidenceValue entry={entry} /> : '—'}</Table.Td>
      </Table.Tr>
    );
  };
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('evidence.item')}</Table.Th>
        <Table.Th>{t('evidence.state')}</Table.Th>
        <Table.Th>{t('evidence.value')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('evidence.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evidence.help')}
      </Text>
      <Alert color={missing.length === 0 ? 'green' : 'yellow'} data-testid="evidence-status">
        {missing.length === 0 ? t('evidence.allPresent') : t('evidence.missingCount', { count: missing.length })}
      </Alert>
      <Table.ScrollContainer minWidth={600}>
        <Table data-testid="evidence-table">
          {head}
          <Table.Tbody>{[...MANDATORY_EVIDENCE, 'diagnostics' as const].map(row)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t('evidence.optional')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table>
          {head}
          <Table.Tbody>{OPTIONAL_EVIDENCE.map(row)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.ticket.stage !== 'closed' ? <AddEvidence ticketId={props.ticket.id} /> : null}
    </Stack>
  );
}

function EvidenceValue(props: { entry: Entry }) {
  const { t } = useTranslation('desk');
  const { entry } = props;
  const text = entry.item === 'diagnostics' ? '' : show(entry.item, entry.value);
  return (
    <Stack gap={2}>
      {text ? (
        entry.item === 'payload' ? (
          <Code block style={{ maxHeight: 200, overflow: 'auto' }}>
            {text}
          </Code>
        ) : (
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {entry.item === 'environment' ? t(`evidence.environments.${text}`, { defaultValue: text }) : text}
          </Text>
        )
      ) : null}
      <Text size="xs" c="dimmed">
        {t('evidence.recorded', { source: t(`evidence.source.${entry.source}`), date: formatDateTime(entry.recordedAt) })}
      </Text>
    </Stack>
  );
}

interface EvidenceValues {
  apiKey: string;
  user: string;
  environment: string;
  endpoint: string;
  payload: string;
  occurredAt: string;
  errorMessage: string;
  status: number | string;
  problemCode: string;
  requestId: string;
}

function AddEvidence(props: { ticketId: string }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const form = useForm<EvidenceValues>({
    initialValues: { apiKey: '', user: '', environment: '', endpoint: '', payload: '', occurredAt: '', errorMessage: '', status: '', problemCode: '', requestId: '' },
  });
  const save = useMutation({
    mutationFn: (body: EvidenceBody) => unwrap(api.POST('/v1/support/tickets/{ticketId}/evidence', { params: { path: { ticketId: props.ticketId } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(['tickets', props.ticketId, 'support'], updated);
      void client.invalidateQueries({ queryKey: ['tickets', props.ticketId] });
      notifications.show({ color: 'green', message: t('evidence.saved') });
      form.reset();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const submit = (values: EvidenceValues) => {
    const body: EvidenceBody = {};
    for (const key of ['apiKey', 'user', 'endpoint', 'errorMessage', 'problemCode', 'requestId'] as const) if (values[key].trim()) body[key] = values[key].trim();
    if (values.environment) body.environment = values.environment as 'sandbox' | 'production';
    if (values.payload.trim()) {
      // JSON when it parses (it is then redacted field by field), else the text as it is.
      try {
        body.payload = JSON.parse(values.payload) as unknown;
      } catch {
        body.payload = values.payload.trim();
      }
    }
    // The field is Brasília wall-clock time (UTC−3, no daylight saving since 2019).
    if (values.occurredAt) body.occurredAt = new Date(`${values.occurredAt}:00-03:00`).toISOString();
    if (values.status !== '' && values.status !== undefined) body.status = Number(values.status);
    if (Object.keys(body).length === 0) {
      form.setErrors({ apiKey: t('evidence.empty') });
      return;
    }
    save.mutate(body);
  };
  const label = (item: EvidenceItem) => t(`evidence.items.${item}`);
  return (
    <Card withBorder component="form" onSubmit={form.onSubmit(submit)} data-testid="evidence-form">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('evidence.add')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('evidence.addHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={label('apiKey')} autoComplete="off" {...form.getInputProps('apiKey')} />
          <TextInput label={label('user')} {...form.getInputProps('user')} />
          <Select label={label('environment')} clearable data={(['sandbox', 'production'] as const).map((value) => ({ value, label: t(`evidence.environments.${value}`) }))} {...form.getInputProps('environment')} />
          <TextInput label={label('endpoint')} placeholder="POST /v1/auth/token" {...form.getInputProps('endpoint')} />
          <TextInput label={label('occurredAt')} type="datetime-local" description={t('evidence.occurredAtHelp')} {...form.getInputProps('occurredAt')} />
          <NumberInput label={label('status')} min={100} max={599} allowDecimal={false} {...form.getInputProps('status')} />
          <TextInput label={label('problemCode')} {...form.getInputProps('problemCode')} />
          <TextInput label={label('requestId')} {...form.getInputProps('requestId')} />
        </SimpleGrid>
        <Textarea label={label('errorMessage')} autosize minRows={2} {...form.getInputProps('errorMessage')} />
        <Textarea label={label('payload')} description={t('evidence.payloadHelp')} autosize minRows={3} maxRows={12} styles={{ input: { fontFamily: 'monospace' } }} {...form.getInputProps('payload')} />
        <FileInput
          label={t('evidence.payloadFile')}
          clearable
          accept="application/json,text/plain,.json,.txt,.log"
          onChange={(file) => {
            if (file) void file.text().then((text) => form.setFieldValue('payload', text));
          }}
        />
        {save.isError ? <ProblemAlert error={localized(save.error, t)} /> : null}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="evidence-save">
            {t('evidence.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The escalation gate: a refusal lists, in words, every mandatory item still missing. */
export function EscalatePanel(props: { ticket: SupportTicket }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { ticket } = props;
  const form = useForm({ initialValues: { reason: '' } });
  const escalate = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/v1/support/tickets/{ticketId}/escalate', { params: { path: { ticketId: ticket.id } }, body: reason ? { reason } : {} })),
    onSuccess: (updated) => {
      client.setQueryData(['tickets', ticket.id, 'support'], updated);
      void client.invalidateQueries({ queryKey: ['tickets'] });
      notifications.show({ color: 'green', message: t('escalate.done') });
      form.reset();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const refusedMissing =
    escalate.error instanceof ApiProblem && escalate.error.code === 'support_evidence_missing' && Array.isArray(escalate.error.problem.missing) ? (escalate.error.problem.missing as Requirement[]) : null;
  return (
    <Card withBorder component="form" onSubmit={form.onSubmit((values) => escalate.mutate(values.reason.trim()))} data-testid="escalate-form">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('escalate.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('escalate.help')}
        </Text>
        {ticket.stage === 'escalated' ? <Alert color="orange">{t('escalate.already')}</Alert> : null}
        <Textarea label={t('escalate.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
        {refusedMissing ? (
          <Alert color="red" role="alert" title={t('escalate.missingTitle')} data-testid="missing-evidence">
            <Text size="sm">{t('escalate.missingHelp')}</Text>
            <List size="sm" mt="xs">
              {refusedMissing.map((item) => (
                <List.Item key={item} data-item={item}>
                  {t(`evidence.items.${item}`, { defaultValue: item })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : escalate.isError ? (
          <ProblemAlert error={localized(escalate.error, t)} />
        ) : null}
        <Group>
          <Button type="submit" color="orange" loading={escalate.isPending} disabled={ticket.stage === 'escalated' || ticket.stage === 'closed'} data-testid="escalate-submit">
            {t('escalate.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
