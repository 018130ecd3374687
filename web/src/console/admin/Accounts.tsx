import { Anchor, Button, Group, Modal, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import './messages';
import { useAccounts } from './queries';
import { UsersSection } from './Users';

/** Customer accounts (admins and agents), account creation (admins), and the operator's own staff. */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  const session = useCurrentSession();
  const [creating, setCreating] = useState(false);
  const accounts = useAccounts();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('accounts.title')}</Title>
        {session.role === 'admin' ? (
          <Button onClick={() => setCreating(true)} data-testid="create-account">
            {t('accounts.create')}
          </Button>
        ) : null}
      </Group>
      <QueryState query={accounts} empty={t('accounts.empty')}>
        {(rows) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover data-testid="accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.name')}</Table.Th>
                  <Table.Th>{t('accounts.contact')}</Table.Th>
                  <Table.Th>{t('accounts.locale')}</Table.Th>
                  <Table.Th>{t('accounts.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((account) => (
                  <Table.Tr key={account.id} data-testid="account-row" data-account-id={account.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/console/contas/${account.id}`}>
                        {account.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{[account.contactName, account.contactEmail].filter(Boolean).join(' · ') || '—'}</Table.Td>
                    <Table.Td>{t(`locale.${account.locale}`)}</Table.Td>
                    <Table.Td>{formatDateTime(account.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <UsersSection accountId={null} />
      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CreateAccountModal(props: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const form = useForm({ initialValues: { name: '', contactEmail: '', contactName: '', locale: 'pt-BR' } });
  const create = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/v1/accounts', {
          body: {
            name: values.name.trim(),
            locale: values.locale === 'en' ? 'en' : 'pt-BR',
            ...(values.contactEmail.trim() ? { contactEmail: values.contactEmail.trim() } : {}),
            ...(values.contactName.trim() ? { contactName: values.contactName.trim() } : {}),
          },
        }),
      ),
    onSuccess: (account) => {
      notifications.show({ color: 'green', message: t('accounts.created', { name: account.name }) });
      void client.invalidateQueries({ queryKey: ['admin-accounts'] });
      form.reset();
      props.onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('accounts.create')}>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} data-testid="create-account-form">
        <Stack>
          <TextInput label={t('accounts.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('accounts.contactEmail')} type="email" {...form.getInputProps('contactEmail')} />
          <TextInput label={t('accounts.contactName')} {...form.getInputProps('contactName')} />
          <Select
            label={t('accounts.locale')}
            allowDeselect={false}
            data={(['pt-BR', 'en'] as const).map((value) => ({ value, label: t(`locale.${value}`) }))}
            {...form.getInputProps('locale')}
          />
          {create.isError ? <ProblemAlert error={create.error} /> : null}
          <Group justify="end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('accounts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
