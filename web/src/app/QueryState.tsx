import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { problemDetail, problemMessage } from './problems';

/**
 * The three states every screen has: loading, refused (with the reason and a retry), and loaded — with an empty
 * state when the data is an empty list. Children render only with data.
 */
export function QueryState<T>(props: { query: UseQueryResult<T>; empty?: ReactNode; isEmpty?: (data: T) => boolean; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const { query } = props;
  if (query.isPending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={t('loading')} />
      </Center>
    );
  }
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const isEmpty = props.isEmpty ?? ((value: T) => Array.isArray(value) && value.length === 0);
  if (isEmpty(data)) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {props.empty ?? t('empty')}
      </Text>
    );
  }
  return <>{props.children(data)}</>;
}

/** A refused call in words a person can act on, with the request id support asks for. */
export function ProblemAlert(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const requestId = props.error instanceof ApiProblem ? props.error.problem.requestId : undefined;
  const detail = problemDetail(props.error, t);
  return (
    <Alert color="red" role="alert" title={problemMessage(props.error, t)}>
      <Stack gap="xs">
        {detail ? <Text size="sm">{detail}</Text> : null}
        {requestId ? <Text size="xs">{t('requestId', { id: requestId })}</Text> : null}
        {props.onRetry ? (
          <Button size="xs" variant="light" color="red" onClick={props.onRetry} w="fit-content">
            {t('retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
