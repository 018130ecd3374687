import type { AreaPage } from '../../app/areas';
import './messages';
import { SlaPage } from './SlaPage';
import { TicketPage } from './TicketPage';
import { TicketsPage } from './TicketsPage';

/** The support desk: tickets by stage, one ticket (with its Reclame Aqui complaint), and the SLA targets. */
export const deskPages: AreaPage[] = [
  { path: 'chamados', element: <TicketsPage />, nav: { label: 'desk:nav.tickets', roles: ['admin', 'agent'] } },
  { path: 'chamados/:ticketId', element: <TicketPage /> },
  { path: 'sla', element: <SlaPage />, nav: { label: 'desk:nav.sla', roles: ['admin', 'agent'] } },
];
