import { Accordion, Badge, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/QueryState';
import type { Locale } from '../../i18n';
import { useConnectors, type Connector } from './api';
import { NotificationCatalog } from './NotificationCatalog';
import { SchemaFields } from './SchemaFields';
import './messages';

/** The connectors as a configuration reference: how each onboards and syncs, what it produces, and its fields' bounds. */
export function ConnectorsPage() {
  const { t } = useTranslation('ops');
  const query = useConnectors();
  return (
    <Stack>
      <Title order={1}>{t('connectors.title')}</Title>
      <QueryState query={query}>
        {(connectors) => (
          <Stack>
            {connectors.map((connector) => (
              <ConnectorCard key={connector.key} connector={connector} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Chips(props: { values: ReactNode[] }) {
  const { t } = useTranslation('ops');
  if (props.values.length === 0) return <Text size="sm">{t('connectors.none')}</Text>;
  return (
    <Group gap={4}>
      {props.values.map((value, index) => (
        <Badge key={index} variant="light" color="gray" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

function Item(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      {props.children}
    </Stack>
  );
}

function ConnectorCard(props: { connector: Connector }) {
  const { t, i18n } = useTranslation('ops');
  const { connector } = props;
  const locale = (i18n.language === 'en' ? 'en' : 'pt-BR') as Locale;
  return (
    <Card withBorder data-testid={`connector-${connector.key}`}>
      <Stack>
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h3">
              {connector.name}
            </Title>
            <Code>{connector.key}</Code>
          </Group>
          <Text size="sm">{connector.description[locale]}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Item label={t('connectors.category')}>
            <Text size="sm">{t(`connectors.categories.${connector.category}`)}</Text>
          </Item>
          <Item label={t('connectors.flow')}>
            <Text size="sm">{t(`connectors.flows.${connector.onboardingFlow}`)}</Text>
          </Item>
          <Item label={t('connectors.interval')}>
            <Text size="sm">{t('detail.minutes', { count: connector.defaultSyncIntervalMinutes })}</Text>
          </Item>
          <Item label={t('connectors.webhooks')}>
            <Text size="sm">{t(connector.webhooks ? 'detail.yes' : 'detail.no')}</Text>
          </Item>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Item label={t('connectors.models')}>
            <Chips values={connector.models.map((model) => t(`records.models.${model}`, { defaultValue: model }))} />
          </Item>
          <Item label={t('connectors.actions')}>
            <Chips values={connector.actions.map((action) => action.name[locale])} />
          </Item>
          <Item label={t('connectors.events')}>
            <Chips values={connector.events} />
          </Item>
          <Item label={t('connectors.checklist')}>
            <Chips values={connector.checklist.map((item) => item.label[locale])} />
          </Item>
        </SimpleGrid>
        <Accordion variant="separated" multiple>
          <Accordion.Item value="credentials">
            <Accordion.Control>{`${t('connectors.credentials')} · ${t('connectors.auth')}: ${connector.authScheme}`}</Accordion.Control>
            <Accordion.Panel>
              <SchemaFields schema={connector.credentialsSchema} testId={`credentials-${connector.key}`} />
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="config">
            <Accordion.Control>{t('connectors.config')}</Accordion.Control>
            <Accordion.Panel>
              <SchemaFields schema={connector.configSchema} testId={`config-${connector.key}`} />
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="catalog">
            <Accordion.Control>{t('connectors.showCatalog')}</Accordion.Control>
            <Accordion.Panel>
              <NotificationCatalog connector={connector} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
