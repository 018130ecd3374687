import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { fieldErrorsOf } from './problems';
import { ProblemAlert } from './QueryState';

function Frame(props: { title: string; children: React.ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack>
          <Title order={1} size="h3">
            {props.title}
          </Title>
          {props.children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** Asks for a reset link by e-mail; says the same whether or not the address has a user (nothing to guess from). */
export function ForgotPassword(props: { app: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const request = useMutation({ mutationFn: (email: string) => unwrap(api.POST('/v1/auth/password-resets', { body: { email } })) });
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' } });
  return (
    <Frame title={t('password.forgotTitle')}>
      {request.isSuccess ? (
        <Alert color="green" role="status">
          {t('password.sent')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values.email, { onError: (error) => form.setErrors(fieldErrorsOf(error)) }))}>
          <Stack>
            <Text size="sm">{t('password.forgotHelp')}</Text>
            <TextInput label={t('signIn.email')} type="email" required autoComplete="username" key={form.key('email')} {...form.getInputProps('email')} />
            {request.isError ? <ProblemAlert error={request.error} /> : null}
            <Button type="submit" loading={request.isPending}>
              {t('password.send')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={`/${props.app}`} size="sm">
        {t('back')}
      </Anchor>
    </Frame>
  );
}

/** Sets a password from an e-mailed link: a reset, or the first password of an invited person. */
export function ResetPassword(props: { app: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invited = params.get('convite') === '1';
  const confirm = useMutation({ mutationFn: (password: string) => unwrap(api.POST('/v1/auth/password-resets/confirm', { body: { token, password } })) });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) => (value.length >= 12 ? null : t('password.tooShort')),
      repeat: (value, values) => (value === values.password ? null : t('password.mismatch')),
    },
  });
  return (
    <Frame title={invited ? t('password.inviteTitle') : t('password.resetTitle')}>
      {confirm.isSuccess ? (
        <>
          <Alert color="green" role="status">
            {t('password.done')}
          </Alert>
          <Button component={Link} to={`/${props.app}`}>
            {t('signIn.submit')}
          </Button>
        </>
      ) : (
        <form onSubmit={form.onSubmit((values) => confirm.mutate(values.password, { onError: (error) => form.setErrors(fieldErrorsOf(error)) }))}>
          <Stack>
            <PasswordInput label={t('password.new')} description={t('password.rule')} autoComplete="new-password" required key={form.key('password')} {...form.getInputProps('password')} />
            <PasswordInput label={t('password.repeat')} autoComplete="new-password" required key={form.key('repeat')} {...form.getInputProps('repeat')} />
            {confirm.isError ? <ProblemAlert error={confirm.error} /> : null}
            <Button type="submit" loading={confirm.isPending}>
              {t('save')}
            </Button>
          </Stack>
        </form>
      )}
    </Frame>
  );
}
