import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../app/QueryState';
import './messages';
import { UsersSection } from './Users';

/** One account: its contact and language, and its users. */
export function AccountDetailPage() {
  const { t } = useTranslation('admin');
  const { accountId = '' } = useParams();
  const account = useQuery({
    queryKey: ['admin-accounts', accountId],
    queryFn: () => unwrap(api.GET('/v1/accounts/{accountId}', { params: { path: { accountId } } })),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/console/contas" size="sm">
        ← {t('accounts.back')}
      </Anchor>
      <QueryState query={account} isEmpty={() => false}>
        {(data) => (
          <Stack data-testid="account-detail" data-account-id={data.id}>
            <Title order={1}>{data.name}</Title>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Fact label={t('accounts.contactName')} value={data.contactName ?? '—'} />
                <Fact label={t('accounts.contactEmail')} value={data.contactEmail ?? '—'} />
                <Fact label={t('accounts.locale')} value={t(`locale.${data.locale}`)} />
                <Fact label={t('accounts.createdAt')} value={formatDateTime(data.createdAt)} />
              </SimpleGrid>
            </Card>
            <UsersSection accountId={data.id} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Fact(props: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text>{props.value}</Text>
    </div>
  );
}
