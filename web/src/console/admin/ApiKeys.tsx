import { Alert, Badge, Button, Code, CopyButton, Group, Modal, MultiSelect, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import type { ApiKey, CreatedApiKey, Environment } from './api-types';
import './messages';
import { useUsers } from './queries';

/** API keys per environment: create one (its secret shown once), revoke with confirmation. Admins only. */
export function ApiKeysPage() {
  const { t } = useTranslation('admin');
  const session = useCurrentSession();
  const [environment, setEnvironment] = useState<Environment>(session.environment);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const users = useUsers();
  const userNames = new Map((users.data ?? []).map((user) => [user.id, `${user.name} <${user.email}>`]));
  const query = useQuery({
    queryKey: ['api-keys', environment],
    queryFn: async () => (await unwrap(api.GET('/v1/api-keys', { params: { query: { environment } } }))).data,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('keys.title')}</Title>
        <Button onClick={() => setCreating(true)} data-testid="create-key">
          {t('keys.create')}
        </Button>
      </Group>
      <Tabs value={environment} onChange={(value) => value && setEnvironment(value as Environment)}>
        <Tabs.List>
          <Tabs.Tab value="sandbox">{t('common:environment.sandbox')}</Tabs.Tab>
          <Tabs.Tab value="production">{t('common:environment.production')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <QueryState query={query} empty={t('keys.empty')}>
        {(keys) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped data-testid="keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('keys.name')}</Table.Th>
                  <Table.Th>{t('keys.prefix')}</Table.Th>
                  <Table.Th>{t('keys.users')}</Table.Th>
                  <Table.Th>{t('keys.status')}</Table.Th>
                  <Table.Th>{t('keys.createdAt')}</Table.Th>
                  <Table.Th>{t('keys.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((key) => (
                  <Table.Tr key={key.id} data-testid="key-row" data-key-id={key.id} data-status={key.status}>
                    <Table.Td>{key.name}</Table.Td>
                    <Table.Td>
                      <Code>{key.displayPrefix}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{key.userIds.length === 0 ? t('keys.operatorKey') : key.userIds.map((id) => userNames.get(id) ?? id).join(', ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={key.status === 'active' ? 'green' : 'gray'} variant="light">
                        {t(`keys.${key.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(key.lastUsedAt)}</Table.Td>
                    <Table.Td>{key.status === 'active' ? <RevokeButton apiKey={key} /> : formatDateTime(key.revokedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <CreateKeyModal
        opened={creating}
        environment={environment}
        users={(users.data ?? []).map((user) => ({ value: user.id, label: `${user.name} <${user.email}>` }))}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
          setEnvironment(key.environment);
        }}
      />
      <Modal opened={created !== null} onClose={() => setCreated(null)} title={t('keys.createdTitle')} closeOnClickOutside={false}>
        {created ? (
          <Stack data-testid="created-key">
            <Alert color="yellow" title={t('keys.onceTitle')}>
              {t('keys.onceBody')}
            </Alert>
            <Code block data-testid="created-key-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {created.key}
            </Code>
            <Group justify="space-between">
              <CopyButton value={created.key}>
                {({ copied, copy }) => (
                  <Button color={copied ? 'green' : 'teal'} onClick={copy}>
                    {copied ? t('keys.copied') : t('keys.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={() => setCreated(null)}>
                {t('keys.done')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}

function CreateKeyModal(props: { opened: boolean; environment: Environment; users: { value: string; label: string }[]; onClose: () => void; onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const form = useForm({ initialValues: { name: '', environment: props.environment as string, users: [] as string[] } });
  const create = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/v1/api-keys', { body: { name: values.name.trim(), environment: values.environment as Environment, users: values.users } })),
    onSuccess: (key) => {
      void client.invalidateQueries({ queryKey: ['api-keys'] });
      form.reset();
      props.onCreated(key);
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('keys.create')}>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} data-testid="create-key-form">
        <Stack>
          <TextInput label={t('keys.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('common:environment.label')}
            allowDeselect={false}
            data={(['sandbox', 'production'] as const).map((value) => ({ value, label: t(`common:environment.${value}`) }))}
            {...form.getInputProps('environment')}
          />
          <MultiSelect label={t('keys.users')} description={t('keys.usersHelp')} searchable data={props.users} {...form.getInputProps('users')} />
          {create.isError ? <ProblemAlert error={create.error} /> : null}
          <Group justify="end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('keys.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RevokeButton(props: { apiKey: ApiKey }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/api-keys/{keyId}/revoke', { params: { path: { keyId: props.apiKey.id } } })),
    onSuccess: () => {
      setConfirming(false);
      notifications.show({ color: 'green', message: t('keys.revokedDone', { name: props.apiKey.name }) });
      void client.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={() => setConfirming(true)}>
        {t('keys.revoke')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('keys.revokeTitle', { name: props.apiKey.name })}>
        <Stack data-testid="revoke-confirm">
          <Text>{t('keys.revokeBody')}</Text>
          {revoke.isError ? <ProblemAlert error={revoke.error} /> : null}
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate()}>
              {t('keys.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
