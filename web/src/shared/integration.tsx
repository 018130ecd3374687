import { Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../app/format';
import type { paths } from '../api/openapi';
import { QueryState } from '../app/QueryState';
import './messages';

export type Integration = paths['/v1/integrations/{integrationId}']['get']['responses'][200]['content']['application/json'];
export type IntegrationState = Integration['state'];
type Light = 'green' | 'yellow' | 'red';

const STATE_COLORS: Record<IntegrationState, string> = {
  requested: 'gray',
  awaiting_customer: 'yellow',
  credentials_received: 'blue',
  connecting: 'blue',
  pending_provider_approval: 'yellow',
  needs_revision: 'orange',
  active: 'green',
  reconnect_required: 'red',
  key_expired: 'red',
  failed: 'red',
  paused: 'gray',
  cancelled: 'gray',
};

/** An integration's state in words and colour; the colour is never the only sign (the text says it). */
export function IntegrationStateBadge(props: { state: IntegrationState }) {
  const { t } = useTranslation('shared');
  return (
    <Badge color={STATE_COLORS[props.state]} variant="light" data-state={props.state}>
      {t(`state.${props.state}`)}
    </Badge>
  );
}

/**
 * The server's reason in the reader's language where the app knows the item's wording (with its moment in São Paulo
 * time and its count); otherwise as the server wrote it, since it carries the provider's or the sync's own words.
 */
function reasonText(item: { key: string; status: Light; reason: string }, t: TFunction<'shared'>): string {
  const at = /\d{4}-\d{2}-\d{2}T[\d:.]+Z/.exec(item.reason)?.[0];
  const count = /^(\d+) /.exec(item.reason)?.[1];
  return t(`checklist.reasons.${item.key}.${item.status}`, { defaultValue: item.reason, at: at ? formatDateTime(at) : '', count });
}

const LIGHT_COLORS: Record<Light, string> = { green: 'green', yellow: 'yellow', red: 'red' };
const LIGHT_SIGNS: Record<Light, string> = { green: '✓', yellow: '!', red: '✕' };

/** The health checklist of an integration: each item green, yellow or red with its reason; refreshed live. */
export function IntegrationChecklist(props: { integrationId: string }) {
  const { t } = useTranslation('shared');
  const query = useQuery({
    queryKey: ['integrations', props.integrationId, 'checklist'],
    queryFn: () => unwrap(api.GET('/v1/integrations/{integrationId}/checklist', { params: { path: { integrationId: props.integrationId } } })),
  });
  return (
    <Card withBorder>
      <QueryState query={query} isEmpty={() => false}>
        {(checklist) => (
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t('checklist.title')}
              </Title>
              <Badge color={LIGHT_COLORS[checklist.status]} data-checklist-status={checklist.status}>
                {t(`checklist.${checklist.status}`)}
              </Badge>
            </Group>
            <List spacing="xs" listStyleType="none">
              {checklist.items.map((item) => (
                <List.Item
                  key={item.key}
                  data-item={item.key}
                  data-status={item.status}
                  icon={
                    <ThemeIcon color={LIGHT_COLORS[item.status]} size={22} radius="xl" aria-label={t(`checklist.${item.status}`)}>
                      {LIGHT_SIGNS[item.status]}
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" fw={600}>
                    {t(`checklist.items.${item.key}`, { defaultValue: item.key })}
                  </Text>
                  {/* A reason may carry the callback URL: it wraps anywhere rather than widening a phone's page. */}
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {reasonText(item, t)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
