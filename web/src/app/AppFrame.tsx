import { AppShell, Burger, Button, Center, Group, Loader, NavLink, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import type { AreaPage } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { useLiveUpdates } from './live';
import { ProblemAlert } from './QueryState';
import { useSession, useSignOut, useSwitchEnvironment, type Environment, type Role, type Session } from './session';
import { SignIn } from './SignIn';

const APP_ROLES: Record<'portal' | 'console', Role[]> = { portal: ['customer'], console: ['admin', 'agent'] };

/**
 * The frame of an app: sign-in when nobody is signed in, the other app when the role belongs there, else the header,
 * the menu (a drawer on a phone) and the page.
 */
export function AppFrame(props: { app: 'portal' | 'console'; pages: AreaPage[] }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (!session.data) return <SignIn app={props.app} />;
  if (!APP_ROLES[props.app].includes(session.data.role)) return <WrongApp app={props.app} />;
  return <SignedIn app={props.app} pages={props.pages} session={session.data} />;
}

function WrongApp(props: { app: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const other = props.app === 'portal' ? 'console' : 'portal';
  const signOut = useSignOut();
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack align="center">
        <Text>{t('forbidden')}</Text>
        <Group>
          <Button component="a" href={`/${other}`}>
            {t(other)}
          </Button>
          <Button variant="default" onClick={() => signOut.mutate()}>
            {t('signOut')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

function SignedIn(props: { app: 'portal' | 'console'; pages: AreaPage[]; session: Session }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const signOut = useSignOut();
  const switchEnvironment = useSwitchEnvironment();
  useLiveUpdates(true);
  const menu = props.pages.filter((page) => page.nav && (!page.nav.roles || page.nav.roles.includes(props.session.role)));
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={2} size="h4">
              <Link to={`/${props.app}`} style={{ color: 'inherit', textDecoration: 'none' }}>
                Ponte · {t(props.app)}
              </Link>
            </Title>
          </Group>
          <Group wrap="nowrap" gap="xs" visibleFrom="xs">
            <Select
              size="xs"
              w={140}
              aria-label={t('environment.label')}
              value={props.session.environment}
              allowDeselect={false}
              data={(['production', 'sandbox'] as Environment[]).map((value) => ({ value, label: t(`environment.${value}`) }))}
              onChange={(value) => value && value !== props.session.environment && switchEnvironment.mutate(value as Environment)}
            />
            <LanguageSwitch />
            <Text size="sm" visibleFrom="md">
              {props.session.name}
            </Text>
            <Button size="xs" variant="default" onClick={() => signOut.mutate()}>
              {t('signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Menu">
        <ScrollArea>
          {menu.map((page) => {
            const to = page.path ? `/${props.app}/${page.path}` : `/${props.app}`;
            return (
              <NavLink
                key={page.path}
                component={RouterNavLink}
                to={to}
                end={page.path === ''}
                label={t(page.nav!.label)}
                active={page.path === '' ? location.pathname === to : location.pathname.startsWith(to)}
                onClick={close}
              />
            );
          })}
          <Stack hiddenFrom="xs" mt="md" gap="xs">
            <LanguageSwitch />
            <Button size="xs" variant="default" onClick={() => signOut.mutate()}>
              {t('signOut')}
            </Button>
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet context={props.session} />
      </AppShell.Main>
    </AppShell>
  );
}
