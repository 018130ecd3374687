import type { AreaPage } from '../../app/areas';
import { AccountDetailPage } from './AccountDetail';
import { AccountsPage } from './Accounts';
import { ApiKeysPage } from './ApiKeys';
import { ReportsPage } from './Reports';
import { RequestLogPage } from './RequestLog';
import { SendQueuePage } from './SendQueue';

/** Administration and reports; each menu entry only for the roles its API routes allow. */
export const adminPages: AreaPage[] = [
  { path: 'envios', element: <SendQueuePage />, nav: { label: 'admin:nav.queue', roles: ['admin', 'agent'] } },
  { path: 'chaves', element: <ApiKeysPage />, nav: { label: 'admin:nav.keys', roles: ['admin'] } },
  { path: 'requisicoes', element: <RequestLogPage />, nav: { label: 'admin:nav.requests', roles: ['admin'] } },
  { path: 'contas', element: <AccountsPage />, nav: { label: 'admin:nav.accounts', roles: ['admin', 'agent'] } },
  { path: 'contas/:accountId', element: <AccountDetailPage /> },
  { path: 'relatorios', element: <ReportsPage />, nav: { label: 'admin:nav.reports', roles: ['admin', 'agent'] } },
];
