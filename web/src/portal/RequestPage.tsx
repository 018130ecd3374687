import { Alert, Anchor, Button, Card, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';
import { NotFound } from '../app/NotFound';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert, QueryState } from '../app/QueryState';
import { useCurrentSession, type Environment } from '../app/session';
import { useConnectors, type Connector } from './api';
import { checkGroup, cleanValues, initialValues, SchemaFields } from './SchemaFields';
import './messages';

export function RequestPage() {
  const { connectorKey = '' } = useParams();
  const connectors = useConnectors();
  return (
    <QueryState query={connectors} isEmpty={() => false}>
      {(list) => {
        const connector = list.find((item) => item.key === connectorKey);
        return connector ? <RequestForm key={connector.key} connector={connector} /> : <NotFound home="/portal/catalogo" />;
      }}
    </QueryState>
  );
}

interface Values {
  environment: Environment;
  withCredentials: boolean;
  config: Record<string, unknown>;
  credentials: Record<string, unknown>;
}

function RequestForm(props: { connector: Connector }) {
  const { connector } = props;
  const { t, i18n } = useTranslation('portal');
  const session = useCurrentSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  // The integration a refusal of the provider left waiting for corrected credentials, if the server made one.
  const [waitingId, setWaitingId] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      environment: session.environment,
      withCredentials: true,
      config: initialValues(connector.configSchema),
      credentials: initialValues(connector.credentialsSchema),
    },
    validate: (values) => ({
      ...checkGroup(t, 'config', connector.configSchema, values.config),
      ...(values.withCredentials ? checkGroup(t, 'credentials', connector.credentialsSchema, values.credentials) : {}),
    }),
  });
  const request = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/v1/integrations', {
          body: {
            accountId: session.accountId ?? '',
            connector: connector.key,
            environment: values.environment,
            config: cleanValues(connector.configSchema, values.config),
            ...(values.withCredentials ? { credentials: cleanValues(connector.credentialsSchema, values.credentials) } : {}),
          },
        }),
      ),
    onSuccess: (integration) => {
      void client.invalidateQueries({ queryKey: ['integrations'] });
      notifications.show({ color: 'green', message: t('request.done', { name: connector.name }) });
      void navigate(`/portal/integracoes/${integration.id}`);
    },
    onError: (error) => {
      form.setErrors(fieldErrorsOf(error));
      if (error instanceof ApiProblem && error.code === 'provider_refused_credentials') {
        const id = error.problem.integrationId;
        setWaitingId(typeof id === 'string' ? id : null);
        if (typeof id === 'string') void client.invalidateQueries({ queryKey: ['integrations'] });
      }
    },
  });
  const refused = request.error instanceof ApiProblem && request.error.code === 'provider_refused_credentials' ? request.error : null;
  const locale = i18n.language === 'en' ? 'en' : 'pt-BR';

  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/portal/catalogo" size="sm">
        ← {t('catalog.title')}
      </Anchor>
      <Title order={1}>{t('request.title', { name: connector.name })}</Title>
      <Text c="dimmed">{connector.description[locale]}</Text>
      <Alert color="blue" variant="light" title={t(`flow.${connector.onboardingFlow}.title`)}>
        {t(`flow.${connector.onboardingFlow}.request`)}
      </Alert>
      <form onSubmit={form.onSubmit((values) => request.mutate(values))} data-testid="request-form" noValidate>
        <Stack>
          <Card withBorder>
            <Stack gap="xs">
              <Text fw={600} id="environment-label">
                {t('request.environment')}
              </Text>
              <SegmentedControl
                aria-labelledby="environment-label"
                data-testid="field-environment"
                data={[
                  { value: 'sandbox', label: t('common:environment.sandbox') },
                  { value: 'production', label: t('common:environment.production') },
                ]}
                {...form.getInputProps('environment')}
              />
              <Text size="xs" c="dimmed">
                {t('request.environmentHelp')}
              </Text>
            </Stack>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('request.config')}
            </Title>
            <SchemaFields form={form} group="config" schema={connector.configSchema} />
          </Card>
          <Card withBorder data-testid="credentials-section">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('request.credentials')}
              </Title>
              <Switch label={t('request.withCredentials')} description={t(`flow.${connector.onboardingFlow}.later`)} {...form.getInputProps('withCredentials', { type: 'checkbox' })} data-testid="field-withCredentials" />
              {form.values.withCredentials ? <SchemaFields form={form} group="credentials" schema={connector.credentialsSchema} /> : null}
              {refused ? (
                <Alert color="red" role="alert" title={t('request.refused')} data-testid="provider-refused">
                  <Stack gap="xs">
                    <Text size="sm">{refused.problem.detail ?? refused.problem.title}</Text>
                    {waitingId ? (
                      <Text size="sm">
                        {t('request.refusedWaiting')}{' '}
                        <Anchor component={Link} to={`/portal/integracoes/${waitingId}`}>
                          {t('request.openWaiting')}
                        </Anchor>
                      </Text>
                    ) : null}
                  </Stack>
                </Alert>
              ) : null}
            </Stack>
          </Card>
          {request.isError && !refused ? <ProblemAlert error={request.error} /> : null}
          <Group>
            <Button type="submit" loading={request.isPending} data-testid="request-submit">
              {t('request.submit')}
            </Button>
            <Button component={Link} to="/portal/catalogo" variant="default">
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
