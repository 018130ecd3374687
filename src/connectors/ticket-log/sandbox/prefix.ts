/** Where Ticket Log's services live under its host, as in the provider's base URL. */
export const TICKET_LOG_PREFIX = '/ticketlog-servicos';
