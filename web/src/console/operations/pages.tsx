import type { AreaPage } from '../../app/areas';
import { ConnectorsPage } from './ConnectorsPage';
import { IntegrationDetailPage } from './IntegrationDetailPage';
import { IntegrationsPage } from './IntegrationsPage';
import { OnboardingPage } from './OnboardingPage';
import './messages';

/** The console's operations: integrations (its home), their onboarding queues, and the connectors' reference. */
export const operationsPages: AreaPage[] = [
  { path: '', element: <IntegrationsPage />, nav: { label: 'ops:nav.integrations' } },
  { path: 'integracoes/:integrationId', element: <IntegrationDetailPage /> },
  { path: 'onboarding', element: <OnboardingPage />, nav: { label: 'ops:nav.onboarding' } },
  { path: 'conectores', element: <ConnectorsPage />, nav: { label: 'ops:nav.connectors' } },
];
