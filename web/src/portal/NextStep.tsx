import { Alert, Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { formatDateTime, formatRelative } from '../app/format';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert } from '../app/QueryState';
import type { Integration, IntegrationState } from '../shared/integration';
import type { Connector, Timeline } from './api';
import { checkGroup, cleanValues, initialValues, SchemaFields } from './SchemaFields';
import './messages';

/** States in which the customer hands over credentials (a new /connect link may be asked for in these only). */
const CUSTOMER_STATES: IntegrationState[] = ['awaiting_customer', 'key_expired', 'needs_revision', 'reconnect_required'];
const DAY_MS = 86_400_000;

/** "O que falta agora": who must act, what and by when, from the state, the timeline's `waitingFor` and the integration. */
export function NextStep(props: { integration: Integration; connector: Connector | undefined; timeline: Timeline | undefined }) {
  const { t } = useTranslation('portal');
  const { integration, connector } = props;
  const waiting = props.timeline?.waitingFor ?? null;
  const customerActs = CUSTOMER_STATES.includes(integration.state);
  const flow = connector?.onboardingFlow;
  const fuelActive = integration.state === 'active' && connector?.models.includes('fuel_transaction');
  const stateKey = integration.state === 'awaiting_customer' && flow === 'key_exchange' ? 'awaiting_customer_key' : fuelActive ? 'active_fuel' : integration.state;
  return (
    <Card withBorder data-testid="next-step" data-state={integration.state}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('next.title')}
        </Title>
        <Text>{t(`next.${stateKey}`, { defaultValue: t(`expected.${integration.state}`) })}</Text>
        {integration.stateReason && integration.state !== 'active' ? (
          <Alert color={customerActs ? 'orange' : 'gray'} variant="light" title={t('next.reason')} data-testid="state-reason">
            {integration.stateReason}
          </Alert>
        ) : null}
        {waiting?.dueAt ? <Deadline waiting={waiting} /> : null}
        {customerActs && connector ? <CustomerActions integration={integration} connector={connector} /> : null}
        {['paused', 'failed'].includes(integration.state) ? (
          <Button component={Link} to={`/portal/chamados/novo?integracao=${integration.id}`} variant="light" w="fit-content">
            {t('next.askSupport')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

function Deadline(props: { waiting: NonNullable<Timeline['waitingFor']> }) {
  const { t } = useTranslation('portal');
  const { waiting } = props;
  const dueAt = waiting.dueAt!;
  const past = new Date(dueAt).getTime() < Date.now();
  if (waiting.what === 'approval') {
    const daysLeft = Math.max(0, Math.ceil((new Date(dueAt).getTime() - Date.now()) / DAY_MS));
    return (
      <Text fw={600} data-testid="deadline" data-due-at={dueAt}>
        {past ? t('next.approvalLate', { at: formatDateTime(dueAt) }) : t('next.approvalDeadline', { count: daysLeft, at: formatDateTime(dueAt), since: formatDateTime(waiting.since) })}
      </Text>
    );
  }
  return (
    <Text fw={600} data-testid="deadline" data-due-at={dueAt} c={past ? 'red' : undefined}>
      {t(`next.due.${waiting.what}${past ? 'Past' : ''}`, { at: formatDateTime(dueAt), relative: formatRelative(dueAt) })}
    </Text>
  );
}

/** A new /connect link by e-mail, or the credentials right here (the signed-in customer may hand them over). */
function CustomerActions(props: { integration: Integration; connector: Connector }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const { integration, connector } = props;
  const link = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/integrations/{integrationId}/connect-link', { params: { path: { integrationId: integration.id } } })),
    // The alert below says it stays in view (a toast would vanish); the timeline changes too.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['integrations', integration.id] });
    },
  });
  const form = useForm<{ credentials: Record<string, unknown> }>({
    initialValues: { credentials: initialValues(connector.credentialsSchema) },
    validate: (values) => checkGroup(t, 'credentials', connector.credentialsSchema, values.credentials),
  });
  const submit = useMutation({
    mutationFn: (values: { credentials: Record<string, unknown> }) =>
      unwrap(
        api.POST('/v1/integrations/{integrationId}/credentials', {
          params: { path: { integrationId: integration.id } },
          body: { credentials: cleanValues(connector.credentialsSchema, values.credentials) },
        }),
      ),
    onSuccess: (answer) => {
      form.reset();
      setOpen(false);
      notifications.show({ color: 'green', message: t('next.credentialsSent') });
      client.setQueryData(['integrations', integration.id], answer);
      void client.invalidateQueries({ queryKey: ['integrations'] });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => link.mutate()} loading={link.isPending} data-testid="send-connect-link">
          {t('next.sendLink')}
        </Button>
        <Button variant="default" onClick={() => setOpen((value) => !value)} aria-expanded={open} data-testid="toggle-credentials">
          {t('next.enterHere')}
        </Button>
      </Group>
      {link.isSuccess ? (
        <Alert color="green" variant="light" data-testid="link-sent">
          {t('next.linkSent', { at: formatDateTime(link.data.expiresAt) })}
        </Alert>
      ) : null}
      {link.isError ? <ProblemAlert error={link.error} /> : null}
      <Collapse expanded={open}>
        <form onSubmit={form.onSubmit((values) => submit.mutate(values))} data-testid="credentials-form" noValidate>
          <Stack gap="sm">
            <SchemaFields form={form} group="credentials" schema={connector.credentialsSchema} />
            {submit.isError ? <ProblemAlert error={submit.error} /> : null}
            <Button type="submit" loading={submit.isPending} w="fit-content" data-testid="credentials-submit">
              {t('next.sendCredentials')}
            </Button>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}
