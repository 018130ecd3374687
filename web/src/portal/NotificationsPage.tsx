import { Badge, Button, Card, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../app/format';
import { fieldErrorsOf } from '../app/problems';
import { ProblemAlert, QueryState } from '../app/QueryState';
import { useCurrentSession } from '../app/session';
import type { NotificationSettings } from './api';
import { NotificationCatalogs } from './NotificationCatalogs';
import './messages';

const CHANNELS = ['email', 'whatsapp', 'webhook'] as const;
const TIME_ZONES = ['America/Sao_Paulo', 'America/Manaus', 'America/Cuiaba', 'America/Belem', 'America/Fortaleza', 'America/Recife', 'America/Bahia', 'America/Rio_Branco', 'America/Noronha'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The account's quiet hours and daily caps for messages to its buyers, and the notifications its connectors offer. */
export function NotificationsPage() {
  const { t } = useTranslation('portal');
  const session = useCurrentSession();
  const accountId = session.accountId ?? '';
  const settings = useQuery({
    queryKey: ['notification-settings', accountId],
    queryFn: () => unwrap(api.GET('/v1/accounts/{accountId}/notification-settings', { params: { path: { accountId } } })),
  });
  return (
    <Stack maw={960}>
      <Title order={1}>{t('notifications.title')}</Title>
      <Text c="dimmed">{t('notifications.intro')}</Text>
      <QueryState query={settings} isEmpty={() => false}>
        {(current) => <SettingsForm key={current.updatedAt ?? 'defaults'} settings={current} />}
      </QueryState>
      <NotificationCatalogs />
    </Stack>
  );
}

interface Values {
  quiet: boolean;
  start: string;
  end: string;
  timeZone: string;
  quietChannels: string[];
  whatsappCap: number | string;
  emailCap: number | string;
}

function SettingsForm(props: { settings: NotificationSettings }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const { settings } = props;
  const capCheck = (value: number | string) => (value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 100) ? null : t('form.between', { min: 1, max: 100 }));
  const form = useForm<Values>({
    initialValues: {
      quiet: settings.quietHours !== null,
      start: settings.quietHours?.start ?? '21:00',
      end: settings.quietHours?.end ?? '08:00',
      timeZone: settings.timeZone,
      quietChannels: settings.quietChannels,
      whatsappCap: settings.dailyCaps.whatsapp ?? '',
      emailCap: settings.dailyCaps.email ?? '',
    },
    validate: {
      start: (value, values) => (values.quiet && !CLOCK.test(value) ? t('notifications.clock') : null),
      end: (value, values) => (values.quiet && !CLOCK.test(value) ? t('notifications.clock') : null),
      whatsappCap: capCheck,
      emailCap: capCheck,
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.PUT('/v1/accounts/{accountId}/notification-settings', {
          params: { path: { accountId: settings.accountId } },
          body: {
            quietHours: values.quiet ? { start: values.start, end: values.end } : null,
            timeZone: values.timeZone,
            quietChannels: values.quietChannels as (typeof CHANNELS)[number][],
            dailyCaps: { whatsapp: values.whatsappCap === '' ? null : Number(values.whatsappCap), email: values.emailCap === '' ? null : Number(values.emailCap) },
          },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(['notification-settings', settings.accountId], saved);
      notifications.show({ color: 'green', message: t('notifications.saved') });
    },
    onError: (error) => {
      // The server names body.quietHours.start, body.dailyCaps.whatsapp…: mapped onto this form's flat fields.
      const errors = fieldErrorsOf(error);
      const flat: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        const field = { 'quietHours.start': 'start', 'quietHours.end': 'end', 'dailyCaps.whatsapp': 'whatsappCap', 'dailyCaps.email': 'emailCap' }[path] ?? path;
        flat[field] = message;
      }
      form.setErrors(flat);
    },
  });
  const zones = TIME_ZONES.includes(settings.timeZone) ? TIME_ZONES : [settings.timeZone, ...TIME_ZONES];
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} data-testid="notification-settings-form" noValidate>
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('notifications.settings')}
            </Title>
            <Badge variant="light" color={settings.updatedAt ? 'teal' : 'gray'}>
              {settings.updatedAt ? t('notifications.updatedAt', { at: formatDateTime(settings.updatedAt) }) : t('notifications.defaults')}
            </Badge>
          </Group>
          <Switch label={t('notifications.quiet')} description={t('notifications.quietHelp')} {...form.getInputProps('quiet', { type: 'checkbox' })} data-testid="field-quiet" />
          {form.values.quiet ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput type="time" label={t('notifications.start')} {...form.getInputProps('start')} data-testid="field-start" />
              <TextInput type="time" label={t('notifications.end')} {...form.getInputProps('end')} data-testid="field-end" />
            </SimpleGrid>
          ) : null}
          <Checkbox.Group label={t('notifications.quietChannels')} description={t('notifications.quietChannelsHelp')} {...form.getInputProps('quietChannels')}>
            <Group mt="xs">
              {CHANNELS.map((channel) => (
                <Checkbox key={channel} value={channel} label={t(`channel.${channel}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select label={t('notifications.timeZone')} description={t('notifications.timeZoneHelp')} data={zones} allowDeselect={false} searchable {...form.getInputProps('timeZone')} data-testid="field-timeZone" />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput label={t('notifications.whatsappCap')} description={t('notifications.capHelp')} min={1} max={100} clampBehavior="none" allowDecimal={false} {...form.getInputProps('whatsappCap')} data-testid="field-whatsappCap" />
            <NumberInput label={t('notifications.emailCap')} description={t('notifications.capHelp')} min={1} max={100} clampBehavior="none" allowDecimal={false} {...form.getInputProps('emailCap')} data-testid="field-emailCap" />
          </SimpleGrid>
          {save.isError ? <ProblemAlert error={save.error} /> : null}
          <Button type="submit" w="fit-content" loading={save.isPending} data-testid="notification-settings-save">
            {t('common:save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

