import { Badge, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { useCurrentSession, type Environment } from '../../app/session';
import type { Locale } from '../../i18n';
import { useAccounts, type ActivationBody, type Connector, type NotificationCatalog as Catalog } from './api';
import './messages';

type Entry = Catalog['entries'][number];

function timingText(entry: Entry, t: (key: string, options?: Record<string, unknown>) => string): string {
  const timing = entry.defaultTiming;
  if ('delaySeconds' in timing) return timing.delaySeconds === 0 ? '—' : t('connectors.delay', { count: timing.delaySeconds });
  if ('daysFromDueDate' in timing) {
    const days = timing.daysFromDueDate;
    const key = days < 0 ? 'connectors.beforeDue' : days > 0 ? 'connectors.afterDue' : 'connectors.onDue';
    return t(key, { count: Math.abs(days), at: timing.at });
  }
  return t('connectors.daily', { at: timing.dailyAt });
}

function triggerText(entry: Entry, t: (key: string, options?: Record<string, unknown>) => string): string {
  const trigger = entry.trigger;
  if (trigger.kind === 'event') return trigger.eventType;
  if (trigger.kind === 'due_date') return t('connectors.dueDateTrigger');
  return t('connectors.dailyTrigger', { groupBy: trigger.groupBy });
}

/** A connector's catalog of ready-made notifications, and (admins only) turning it on for an account. */
export function NotificationCatalog(props: { connector: Connector }) {
  const { t, i18n } = useTranslation('ops');
  const session = useCurrentSession();
  const [activating, setActivating] = useState(false);
  const locale = (i18n.language === 'en' ? 'en' : 'pt-BR') as Locale;
  const query = useQuery({
    queryKey: ['connector-notifications', props.connector.key],
    queryFn: () => unwrap(api.GET('/v1/connectors/{key}/notifications', { params: { path: { key: props.connector.key } } })),
  });
  return (
    <Stack gap="sm" data-testid={`catalog-${props.connector.key}`}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('connectors.catalog')}
        </Title>
        {session.role === 'admin' ? (
          <Button size="xs" onClick={() => setActivating(true)}>
            {t('connectors.activate')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('connectors.adminOnly')}
          </Text>
        )}
      </Group>
      <QueryState query={query} isEmpty={(catalog) => catalog.entries.length === 0}>
        {(catalog) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('connectors.entry')}</Table.Th>
                    <Table.Th>{t('connectors.trigger')}</Table.Th>
                    <Table.Th>{t('connectors.timing')}</Table.Th>
                    <Table.Th>{t('connectors.audience')}</Table.Th>
                    <Table.Th>{t('connectors.channels')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {catalog.entries.map((entry) => (
                    <Table.Tr key={entry.key} data-entry={entry.key}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {entry.name[locale]}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {entry.key} — {entry.recognisedBy[locale]}
                        </Text>
                      </Table.Td>
                      <Table.Td>{triggerText(entry, t)}</Table.Td>
                      <Table.Td>{timingText(entry, t)}</Table.Td>
                      <Table.Td>{t(`connectors.audiences.${entry.audience}`)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge variant="light">{t('connectors.email')}</Badge>
                          {entry.defaultTemplates.whatsapp ? <Badge variant="light" color="green">{t('connectors.whatsapp')}</Badge> : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('connectors.variables')}: {catalog.variables.map((variable) => `{{ ${variable.name} }}`).join(', ')}
            </Text>
            {session.role === 'admin' ? (
              <ActivateModal connector={props.connector} entries={catalog.entries} opened={activating} onClose={() => setActivating(false)} defaultEnvironment={session.environment} />
            ) : null}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function ActivateModal(props: { connector: Connector; entries: Entry[]; opened: boolean; onClose: () => void; defaultEnvironment: Environment }) {
  const { t, i18n } = useTranslation('ops');
  const accounts = useAccounts();
  const client = useQueryClient();
  const locale = (i18n.language === 'en' ? 'en' : 'pt-BR') as Locale;
  const form = useForm({
    initialValues: { accountId: '', environment: props.defaultEnvironment as string, entries: [] as string[], channels: [] as string[] },
    validate: { accountId: (value) => (value ? null : t('connectors.account')) },
  });
  const activate = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body: ActivationBody = {
        accountId: values.accountId,
        environment: values.environment as Environment,
        // Absent lists mean "all entries" and "the default channels" to the server; an empty list is refused.
        ...(values.entries.length ? { entries: values.entries } : {}),
        ...(values.channels.length ? { channels: values.channels as ('email' | 'whatsapp')[] } : {}),
      };
      return unwrap(api.POST('/v1/connectors/{key}/notifications/activate', { params: { path: { key: props.connector.key } }, body }));
    },
    onSuccess: (result) => {
      const skipped = result.skipped.length ? ` ${t('connectors.skipped', { count: result.skipped.length, reasons: [...new Set(result.skipped.map((skip) => skip.reason))].join(', ') })}` : '';
      notifications.show({ color: 'green', message: `${t('connectors.activated', { count: result.rules.length })}${skipped}` });
      void client.invalidateQueries({ queryKey: ['notifications'] });
      form.reset();
      props.onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('connectors.activateTitle', { connector: props.connector.name })} size="lg">
      <form onSubmit={form.onSubmit((values) => activate.mutate(values))} data-testid="activate-form">
        <Stack>
          <Select
            label={t('connectors.account')}
            required
            searchable
            data={(accounts.data ?? []).map((account) => ({ value: account.id, label: account.name }))}
            {...form.getInputProps('accountId')}
          />
          <Select
            label={t('connectors.environment')}
            allowDeselect={false}
            data={(['production', 'sandbox'] as const).map((value) => ({ value, label: t(`environment.${value}`) }))}
            {...form.getInputProps('environment')}
          />
          <MultiSelect
            label={t('connectors.entries')}
            description={t('connectors.entriesHelp')}
            clearable
            data={props.entries.map((entry) => ({ value: entry.key, label: `${entry.name[locale]} (${entry.key})` }))}
            {...form.getInputProps('entries')}
          />
          <Checkbox.Group label={t('connectors.channels')} description={t('connectors.channelsHelp')} {...form.getInputProps('channels')}>
            <Group mt="xs">
              <Checkbox value="email" label={t('connectors.email')} />
              <Checkbox value="whatsapp" label={t('connectors.whatsapp')} />
            </Group>
          </Checkbox.Group>
          {activate.isError ? <ProblemAlert error={activate.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={activate.isPending}>
              {t('connectors.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
