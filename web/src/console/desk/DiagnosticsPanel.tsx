import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert } from '../../app/QueryState';
import { localized, type SupportTicket } from './api';
import './messages';

const OUTCOME_COLORS = { pass: 'green', fail: 'red', unknown: 'gray' } as const;
const OUTCOME_SIGNS = { pass: '✓', fail: '✕', unknown: '?' } as const;

/** Runs the automatic diagnostics (optionally on another cited call) and shows each finding with its guide. */
export function DiagnosticsPanel(props: { ticket: SupportTicket }) {
  const { t, i18n } = useTranslation('desk');
  const client = useQueryClient();
  const { ticket } = props;
  const run = ticket.diagnostics;
  const form = useForm({ initialValues: { requestId: '' } });
  const diagnose = useMutation({
    mutationFn: (requestId: string) =>
      unwrap(api.POST('/v1/support/tickets/{ticketId}/diagnostics', { params: { path: { ticketId: ticket.id } }, body: requestId ? { requestId } : {} })),
    onSuccess: (updated) => {
      client.setQueryData(['tickets', ticket.id, 'support'], updated);
      void client.invalidateQueries({ queryKey: ['tickets', ticket.id] });
      notifications.show({ color: 'green', message: t('diagnostics.done') });
      form.reset();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const locale = i18n.language === 'en' ? 'en' : 'pt-BR';
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('diagnostics.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('diagnostics.help')}
      </Text>
      {ticket.stage !== 'closed' ? (
        <Card withBorder component="form" onSubmit={form.onSubmit((values) => diagnose.mutate(values.requestId.trim()))} data-testid="diagnostics-form">
          <Stack gap="sm">
            <TextInput label={t('diagnostics.requestId')} description={t('diagnostics.requestIdHelp')} {...form.getInputProps('requestId')} />
            {diagnose.isError ? <ProblemAlert error={localized(diagnose.error, t)} /> : null}
            <Group>
              <Button type="submit" loading={diagnose.isPending} data-testid="diagnostics-run">
                {t('diagnostics.run')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {run ? (
        <Stack gap="xs" data-testid="diagnostics-result">
          <Text size="sm">{t('diagnostics.ranAt', { date: formatDateTime(run.ranAt), requestId: run.requestId })}</Text>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('diagnostics.check')}</Table.Th>
                  <Table.Th>{t('diagnostics.outcome')}</Table.Th>
                  <Table.Th>{t('diagnostics.summary')}</Table.Th>
                  <Table.Th>{t('diagnostics.guide')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {run.findings.map((finding) => (
                  <Table.Tr key={finding.check} data-testid="finding" data-check={finding.check} data-outcome={finding.outcome}>
                    <Table.Td>{t(`diagnostics.checks.${finding.check}`, { defaultValue: finding.check })}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLORS[finding.outcome]} variant="light" leftSection={OUTCOME_SIGNS[finding.outcome]}>
                        {t(`diagnostics.outcomes.${finding.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{finding.summary[locale]}</Text>
                    </Table.Td>
                    <Table.Td>
                      {finding.guide ? (
                        <Anchor href={finding.guide} target="_blank" rel="noreferrer" size="sm">
                          {t('diagnostics.openGuide')}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : (
        <Text c="dimmed" data-testid="diagnostics-none">
          {t('diagnostics.none')}
        </Text>
      )}
    </Stack>
  );
}
