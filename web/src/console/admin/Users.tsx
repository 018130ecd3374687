import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import type { User } from './api-types';
import './messages';
import { useUsers } from './queries';

type Role = User['role'];
const ROLES: Role[] = ['customer', 'agent', 'admin'];

/**
 * The users of one account (accountId set) or the operator's staff (null): invite one (the server e-mails a link to
 * choose a password), send the invitation again, block or unblock. Writes are for admins.
 */
export function UsersSection(props: { accountId: string | null }) {
  const { t } = useTranslation('admin');
  const session = useCurrentSession();
  const [inviting, setInviting] = useState(false);
  const users = useUsers();
  const isAdmin = session.role === 'admin';
  const title = props.accountId ? t('users.accountTitle') : t('users.staffTitle');
  return (
    <Stack data-testid={props.accountId ? 'account-users' : 'staff-users'}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {title}
        </Title>
        {isAdmin ? (
          <Button variant="light" onClick={() => setInviting(true)} data-testid="invite-user">
            {t('users.invite')}
          </Button>
        ) : null}
      </Group>
      <QueryState
        query={users}
        isEmpty={(rows) => !rows.some((user) => user.accountId === props.accountId)}
        empty={t('users.empty')}
      >
        {(rows) => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.name')}</Table.Th>
                  <Table.Th>{t('users.email')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.state')}</Table.Th>
                  <Table.Th>{t('users.createdAt')}</Table.Th>
                  {isAdmin ? <Table.Th>{t('actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows
                  .filter((user) => user.accountId === props.accountId)
                  .map((user) => (
                    <UserRow key={user.id} user={user} isAdmin={isAdmin} />
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <InviteModal opened={inviting} accountId={props.accountId} onClose={() => setInviting(false)} />
    </Stack>
  );
}

function UserRow(props: { user: User; isAdmin: boolean }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const { user } = props;
  const block = useMutation({
    mutationFn: (blocked: boolean) => unwrap(api.PATCH('/v1/users/{userId}', { params: { path: { userId: user.id } }, body: { blocked } })),
    onSuccess: (updated) => {
      notifications.show({ color: 'green', message: t(updated.blockedAt ? 'users.blockedDone' : 'users.unblockedDone', { name: updated.name }) });
      void client.invalidateQueries({ queryKey: ['admin-users'] });
    },
  });
  const invite = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/users/{userId}/invitation', { params: { path: { userId: user.id } } })),
    onSuccess: () => notifications.show({ color: 'green', message: t('users.invitationSent', { email: user.email }) }),
  });
  const error = block.error ?? invite.error;
  return (
    <Table.Tr data-testid="user-row" data-user-id={user.id} data-blocked={user.blockedAt ? 'true' : 'false'}>
      <Table.Td>{user.name}</Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>{t(`role.${user.role}`)}</Table.Td>
      <Table.Td>
        <Badge color={user.blockedAt ? 'red' : 'green'} variant="light">
          {user.blockedAt ? t('users.blocked') : t('users.active')}
        </Badge>
      </Table.Td>
      <Table.Td>{formatDateTime(user.createdAt)}</Table.Td>
      {props.isAdmin ? (
        <Table.Td>
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="light" loading={invite.isPending} onClick={() => invite.mutate()}>
                {t('users.resendInvitation')}
              </Button>
              <Button size="xs" variant="light" color={user.blockedAt ? 'teal' : 'red'} loading={block.isPending} onClick={() => block.mutate(!user.blockedAt)}>
                {user.blockedAt ? t('users.unblock') : t('users.block')}
              </Button>
            </Group>
            {error ? <ProblemAlert error={error} /> : null}
          </Stack>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

function InviteModal(props: { opened: boolean; accountId: string | null; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const form = useForm({ initialValues: { email: '', name: '', role: (props.accountId ? 'customer' : 'agent') as string } });
  const create = useMutation({
    mutationFn: (values: typeof form.values) => {
      const role = values.role as Role;
      // Only customers belong to an account; staff never do.
      return unwrap(api.POST('/v1/users', { body: { email: values.email.trim(), name: values.name.trim(), role, ...(role === 'customer' && props.accountId ? { accountId: props.accountId } : {}) } }));
    },
    onSuccess: (user) => {
      notifications.show({ color: 'green', message: t('users.invited', { email: user.email }) });
      void client.invalidateQueries({ queryKey: ['admin-users'] });
      form.reset();
      props.onClose();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const roles = props.accountId ? ROLES : ROLES.filter((role) => role !== 'customer');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('users.invite')}>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} data-testid="invite-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('users.inviteHelp')}
          </Text>
          <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
          <TextInput label={t('users.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('users.role')}
            allowDeselect={false}
            data={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
            description={form.values.role !== 'customer' && props.accountId ? t('users.staffNote') : undefined}
            {...form.getInputProps('role')}
          />
          {create.isError ? <ProblemAlert error={create.error} /> : null}
          <Group justify="end">
            <Button variant="default" onClick={props.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
