import type { AreaPage } from '../app/areas';
import { CatalogPage } from './CatalogPage';
import { HomePage } from './HomePage';
import { IntegrationPage } from './IntegrationPage';
import './messages';
import { NotificationsPage } from './NotificationsPage';
import { RequestPage } from './RequestPage';
import { TicketPage } from './TicketPage';
import { NewTicketPage, TicketsPage } from './TicketsPage';

/** The customer portal's screens (catalog, request, integration, connect, validation, notifications, tickets). */
export const portalPages: AreaPage[] = [
  { path: '', element: <HomePage />, nav: { label: 'portal:nav.home' } },
  { path: 'catalogo', element: <CatalogPage />, nav: { label: 'portal:nav.catalog' } },
  { path: 'catalogo/:connectorKey', element: <RequestPage /> },
  { path: 'integracoes/:integrationId', element: <IntegrationPage /> },
  { path: 'notificacoes', element: <NotificationsPage />, nav: { label: 'portal:nav.notifications' } },
  { path: 'chamados', element: <TicketsPage />, nav: { label: 'portal:nav.tickets' } },
  { path: 'chamados/novo', element: <NewTicketPage /> },
  { path: 'chamados/:ticketId', element: <TicketPage /> },
];
