import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { QueryState } from '../app/QueryState';
import { IntegrationStateBadge, type Integration } from '../shared/integration';
import { useConnectors } from './api';
import './messages';

/** The account's integrations, each with its state and what the customer has to do now. */
export function HomePage() {
  const { t } = useTranslation('portal');
  const integrations = useQuery({
    queryKey: ['integrations', 'list'],
    queryFn: async () => (await unwrap(api.GET('/v1/integrations', { params: { query: { limit: 500 } } }))).data,
  });
  const connectors = useConnectors();
  const nameOf = (key: string) => connectors.data?.find((connector) => connector.key === key)?.name ?? key;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <Button component={Link} to="/portal/catalogo" data-testid="connect-provider">
          {t('home.connect')}
        </Button>
      </Group>
      <QueryState
        query={integrations}
        empty={
          <Stack align="center" gap="sm" data-testid="integrations-empty">
            <Text>{t('home.empty')}</Text>
            <Button component={Link} to="/portal/catalogo" variant="light">
              {t('home.emptyAction')}
            </Button>
          </Stack>
        }
      >
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {list.map((integration) => (
              <IntegrationCard key={integration.id} integration={integration} name={nameOf(integration.connector)} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}

function IntegrationCard(props: { integration: Integration; name: string }) {
  const { t } = useTranslation('portal');
  const { integration } = props;
  return (
    <Card withBorder data-testid={`integration-${integration.id}`} data-connector={integration.connector}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">
            {props.name}
          </Title>
          <IntegrationStateBadge state={integration.state} />
        </Group>
        <Text size="xs" c="dimmed">
          {t(`common:environment.${integration.environment}`)}
        </Text>
        <Text size="sm" style={{ flexGrow: 1 }}>
          {t(`expected.${integration.state}`)}
        </Text>
        <Button component={Link} to={`/portal/integracoes/${integration.id}`} variant="light" w="fit-content" aria-label={t('home.openNamed', { name: props.name })}>
          {t('home.open')}
        </Button>
      </Stack>
    </Card>
  );
}
