import { Badge, Button, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf } from '../../app/problems';
import { ProblemAlert, QueryState } from '../../app/QueryState';
import { useCurrentSession } from '../../app/session';
import { CATEGORIES, localized, type Category, type SlaPolicies } from './api';
import './messages';

const SLA_KEY = ['desk-sla-policies'];

/** SLA targets per category: agents read them, admins change them one category at a time. */
export function SlaPage() {
  const { t } = useTranslation('desk');
  const session = useCurrentSession();
  const admin = session.role === 'admin';
  const policies = useQuery({ queryKey: SLA_KEY, queryFn: () => unwrap(api.GET('/v1/support/sla-policies')) });
  return (
    <Stack>
      <Title order={1}>{t('sla.title')}</Title>
      <Text c="dimmed">{t('sla.help')}</Text>
      {!admin ? (
        <Text size="sm" data-testid="sla-read-only">
          {t('sla.readOnly')}
        </Text>
      ) : null}
      <QueryState query={policies} isEmpty={() => false}>
        {(data) => (
          <Table.ScrollContainer minWidth={admin ? 720 : 480}>
            <Table data-testid="sla-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sla.category')}</Table.Th>
                  <Table.Th>{t('sla.firstAnswer')}</Table.Th>
                  <Table.Th>{t('sla.resolution')}</Table.Th>
                  <Table.Th>{t('sla.kind')}</Table.Th>
                  {admin ? <Table.Th>{t('sla.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {CATEGORIES.map((category) => (
                  <PolicyRow key={category} category={category} policy={data[category as keyof SlaPolicies]} editable={admin} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

function PolicyRow(props: { category: Category; policy: SlaPolicies[keyof SlaPolicies] | undefined; editable: boolean }) {
  const { t } = useTranslation('desk');
  const client = useQueryClient();
  const { category, policy } = props;
  const form = useForm<{ firstAnswerHours: number | string; resolutionHours: number | string }>({
    initialValues: { firstAnswerHours: policy?.firstAnswerHours ?? '', resolutionHours: policy?.resolutionHours ?? '' },
  });
  const save = useMutation({
    mutationFn: (body: { firstAnswerHours: number; resolutionHours: number }) => unwrap(api.PUT('/v1/support/sla-policies/{category}', { params: { path: { category } }, body })),
    onSuccess: (all) => {
      client.setQueryData(SLA_KEY, all);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('sla.saved', { category: t(`category.${category}`) }) });
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const label = t(`category.${category}`);
  const kind = (
    <Badge variant="light" color={policy?.custom ? 'teal' : 'gray'}>
      {policy?.custom ? t('sla.custom') : t('sla.default')}
    </Badge>
  );
  if (!props.editable) {
    return (
      <Table.Tr data-testid="sla-row" data-category={category}>
        <Table.Td>{label}</Table.Td>
        <Table.Td>{policy?.firstAnswerHours ?? '—'}</Table.Td>
        <Table.Td>{policy?.resolutionHours ?? '—'}</Table.Td>
        <Table.Td>{kind}</Table.Td>
      </Table.Tr>
    );
  }
  const submit = form.onSubmit((values) => save.mutate({ firstAnswerHours: Number(values.firstAnswerHours), resolutionHours: Number(values.resolutionHours) }));
  return (
    <Table.Tr data-testid="sla-row" data-category={category}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${t('sla.firstAnswer')}: ${label}`} min={0} max={2600} decimalScale={2} w={120} {...form.getInputProps('firstAnswerHours')} />
      </Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${t('sla.resolution')}: ${label}`} min={0} max={2600} decimalScale={2} w={120} {...form.getInputProps('resolutionHours')} />
      </Table.Td>
      <Table.Td>{kind}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <form onSubmit={submit}>
            <Button type="submit" size="xs" loading={save.isPending} disabled={!form.isDirty()} aria-label={`${t('sla.save')}: ${label}`} data-testid="sla-save">
              {t('sla.save')}
            </Button>
          </form>
          {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? <ProblemAlert error={localized(save.error, t)} /> : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
