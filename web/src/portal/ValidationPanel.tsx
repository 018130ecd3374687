import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../app/format';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert, QueryState } from '../app/QueryState';
import { useRecords } from './api';
import { RecordsTable } from './RecordsPanel';
import './messages';

const ANSWERS = ['integration.data_confirmed', 'integration.data_divergence'] as const;

/** The customer's last answer about the first data, from the account's events (null: not answered yet). */
function useLastAnswer(integrationId: string) {
  return useQuery({
    queryKey: ['integrations', integrationId, 'validation-answer'],
    queryFn: async () => {
      const pages = await Promise.all(ANSWERS.map((type) => unwrap(api.GET('/v1/events', { params: { query: { type, integrationId, limit: 500 } } }))));
      const answers = pages.flatMap((page) => page.data).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
      return answers.at(-1) ?? null;
    },
  });
}

/** "Os dados estão corretos?": the first fuel transactions, and Sim / Não (Não asks what is wrong). */
export function ValidationPanel(props: { integrationId: string }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const records = useRecords(props.integrationId, 1);
  const last = useLastAnswer(props.integrationId);
  const [saying, setSaying] = useState(false);
  const form = useForm({ initialValues: { divergence: '' }, validate: { divergence: (value) => (value.trim() ? null : t('validation.divergenceRequired')) } });
  const answer = useMutation({
    mutationFn: (body: { confirmed: boolean; divergence?: string }) => unwrap(api.POST('/v1/integrations/{integrationId}/validation', { params: { path: { integrationId: props.integrationId } }, body })),
    onSuccess: (result) => {
      setSaying(false);
      form.reset();
      notifications.show({ color: 'green', message: result.confirmed ? t('validation.thanksConfirmed') : t('validation.thanksDivergence') });
      void client.invalidateQueries({ queryKey: ['integrations', props.integrationId] });
      void client.invalidateQueries({ queryKey: ['tickets'] });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const previous = last.data;
  return (
    <Card withBorder data-testid="validation">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('validation.title')}
        </Title>
        <Text size="sm">{t('validation.intro')}</Text>
        {previous ? (
          <Alert color={previous.type === 'integration.data_confirmed' ? 'green' : 'orange'} variant="light" data-testid="validation-answer" data-answer={previous.type}>
            {previous.type === 'integration.data_confirmed'
              ? t('validation.answeredConfirmed', { at: formatDateTime(previous.occurredAt) })
              : t('validation.answeredDivergence', { at: formatDateTime(previous.occurredAt), divergence: String(previous.data.divergence ?? '') })}
          </Alert>
        ) : null}
        <QueryState query={records} isEmpty={(data) => data.records.length === 0} empty={t('validation.noData')}>
          {(data) => (
            <Stack gap="sm">
              <RecordsTable records={data.records.slice(0, 5)} />
              <Group>
                <Button color="green" onClick={() => answer.mutate({ confirmed: true })} loading={answer.isPending && answer.variables.confirmed} data-testid="validation-yes">
                  {t('validation.yes')}
                </Button>
                <Button color="orange" variant="light" onClick={() => setSaying(true)} aria-expanded={saying} data-testid="validation-no">
                  {t('validation.no')}
                </Button>
              </Group>
              {saying ? (
                <form onSubmit={form.onSubmit((values) => answer.mutate({ confirmed: false, divergence: values.divergence.trim() }))} data-testid="divergence-form" noValidate>
                  <Stack gap="xs">
                    <Textarea label={t('validation.divergence')} description={t('validation.divergenceHelp')} autosize minRows={3} maxLength={4000} withAsterisk {...form.getInputProps('divergence')} data-testid="field-divergence" />
                    <Button type="submit" w="fit-content" loading={answer.isPending} data-testid="divergence-submit">
                      {t('validation.sendDivergence')}
                    </Button>
                  </Stack>
                </form>
              ) : null}
              {answer.isError ? <ProblemAlert error={answer.error} /> : null}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
