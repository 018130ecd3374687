import { Anchor, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from './QueryState';
import { fieldErrorsOf } from './problems';
import { useSignIn } from './session';
import { LanguageSwitch } from './LanguageSwitch';

/** The sign-in form of both apps: `app` decides the title and where "forgot my password" leads. */
export function SignIn(props: { app: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : t('signIn.email')),
      password: (value) => (value.length > 0 ? null : t('signIn.password')),
    },
  });
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form
          onSubmit={form.onSubmit((values) =>
            signIn.mutate(values, { onError: (error) => form.setErrors(fieldErrorsOf(error)) }),
          )}
        >
          <Stack>
            <Title order={1} size="h3">
              {t('signIn.title')}
            </Title>
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
            <PasswordInput label={t('signIn.password')} autoComplete="current-password" required key={form.key('password')} {...form.getInputProps('password')} />
            {signIn.isError ? <ProblemAlert error={signIn.error} /> : null}
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
            <Anchor component={Link} to={`/${props.app}/esqueci-a-senha`} size="sm">
              {t('signIn.forgot')}
            </Anchor>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
