import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useConnectors, type Connector, type ConnectorCategory } from './api';
import './messages';

const CATEGORY_ORDER: ConnectorCategory[] = ['fuel_card', 'payment_gateway', 'complaint_channel'];

/** The connectors a customer may ask for, by category, each with how its onboarding goes. */
export function CatalogPage() {
  const { t } = useTranslation('portal');
  const connectors = useConnectors();
  return (
    <Stack>
      <Title order={1}>{t('catalog.title')}</Title>
      <Text c="dimmed">{t('catalog.intro')}</Text>
      <QueryState query={connectors}>
        {(list) =>
          CATEGORY_ORDER.filter((category) => list.some((connector) => connector.category === category)).map((category) => (
            <Stack key={category} gap="sm" data-testid={`category-${category}`}>
              <Title order={2} size="h3">
                {t(`category.${category}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {list
                  .filter((connector) => connector.category === category)
                  .map((connector) => (
                    <ConnectorCard key={connector.key} connector={connector} />
                  ))}
              </SimpleGrid>
            </Stack>
          ))
        }
      </QueryState>
    </Stack>
  );
}

function ConnectorCard(props: { connector: Connector }) {
  const { t, i18n } = useTranslation('portal');
  const { connector } = props;
  return (
    <Card withBorder data-testid={`connector-${connector.key}`}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {connector.name}
          </Title>
          <Badge variant="light" color={connector.onboardingFlow === 'provider_approval' ? 'yellow' : 'teal'}>
            {t(`flow.${connector.onboardingFlow}.title`)}
          </Badge>
        </Group>
        <Text size="sm">{connector.description[i18n.language === 'en' ? 'en' : 'pt-BR']}</Text>
        <Text size="sm" c="dimmed" style={{ flexGrow: 1 }}>
          {t(`flow.${connector.onboardingFlow}.summary`)}
        </Text>
        <Button component={Link} to={`/portal/catalogo/${connector.key}`} w="fit-content" aria-label={t('catalog.requestNamed', { name: connector.name })}>
          {t('catalog.request')}
        </Button>
      </Stack>
    </Card>
  );
}
