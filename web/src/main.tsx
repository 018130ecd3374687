import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, createTheme, darken, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ApiProblem } from './api/client';
import { AppFrame } from './app/AppFrame';
import { NotFound } from './app/NotFound';
import { ForgotPassword, ResetPassword } from './app/PasswordPages';
import { consolePages } from './console/pages';
import './i18n';
import { portalPages } from './portal/pages';

// Colours readable at WCAG AA (4.5:1): filled buttons and badges use the darkest shade, with dark text where that shade
// is still light (yellow, orange); light variants darken their text; dimmed text is one gray darker than Mantine's.
const theme = createTheme({ primaryColor: 'teal', primaryShade: 9, autoContrast: true, luminanceThreshold: 0.18, defaultRadius: 'md' });
const readableColors: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    ...Object.fromEntries(Object.entries(resolved.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.35)])),
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused call is not retried (a 404 stays a 404); a dropped connection is, twice.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status > 0) && failures < 2,
      staleTime: 10_000,
    },
  },
});

function appRoutes(app: 'portal' | 'console', pages: typeof portalPages) {
  return [
    { path: `/${app}/esqueci-a-senha`, element: <ForgotPassword app={app} /> },
    { path: `/${app}/redefinir-senha`, element: <ResetPassword app={app} /> },
    {
      path: `/${app}`,
      element: <AppFrame app={app} pages={pages} />,
      children: [
        ...pages.map((page) => (page.path === '' ? { index: true, element: page.element } : { path: page.path, element: page.element })),
        { path: '*', element: <NotFound home={`/${app}`} /> },
      ],
    },
  ];
}

const router = createBrowserRouter([
  ...appRoutes('portal', portalPages),
  ...appRoutes('console', consolePages),
  { path: '*', element: <Navigate to="/portal" replace /> },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={readableColors}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
