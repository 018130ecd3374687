import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An unknown address, or a resource of another account (the API answers 404 for both, and so does the page). */
export function NotFound(props: { home: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1} size="h3">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body')}</Text>
      <Button component={Link} to={props.home}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
