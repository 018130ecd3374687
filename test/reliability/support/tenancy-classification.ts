import type { Side } from './tenancy-fixtures.ts';

/**
 * Who may use a route on an account's objects: `customer` (the account's own customers, and staff), `staff` (admins
 * and agents only) or `admin`.
 */
export type Access = 'customer' | 'staff' | 'admin';

export interface RouteRequest {
  url: string;
  body?: unknown;
}

export interface ClassifiedRoute {
  access: Access;
  /**
   * The request about one account's objects. Built for the owner's account, for another account, and for ids that
   * name nothing: when the three differ, the route names an account's objects and tenancy applies to it.
   */
  request(side: Side, unique: string): RouteRequest;
  /**
   * A list whose query filters by an account's objects. A customer's filter is the project's contract to narrow, never
   * to widen: naming another account's objects answers 404, or the customer's own data as for ids that name nothing.
   */
  list?: true;
  /** What the owner's list must show of its account (its account id by default): a list empty for everyone would pass. */
  ownerShows?(side: Side): string;
  /**
   * The same route in the asking customer's own account, referring to another account's object (a ticket about its
   * integration, a filter by its rule): answered as if the object did not exist.
   */
  crossReference?(other: Side): RouteRequest;
  /** What the owner is answered instead of 2xx, when the fixtures do not bring the object to the state 2xx needs. */
  owner?: { status: number; code: string; why: string };
}

export type Classification = ClassifiedRoute | { exempt: string };

const DOCS = 'API documentation and guides: the same for every caller, names no account';
const HEALTH = 'health and metrics of the process: no account’s data';
const SIGN_IN = 'sign-in: takes credentials, names no account’s object (abuse limits are suite 7’s)';
const OWN_SESSION = 'the caller’s own token or session: names no other object';
const CATALOG = 'the connector catalog: the same for every account';
const WEB_APP = 'the web app’s static files: the console and portal call /v1, which is in this matrix';
const PUBLIC_TOKEN = 'public, with a credential of its own in the path or body (an unguessable token, a signed link, a gateway key)';

/** The fixtures' integration is active, so the owner meets the state check: the route found the owner's object. */
const REACHED_ACTIVE = { status: 409, code: 'integration_state_conflict', why: 'the integration is active; a state check is met only once the object is found' };

const paghiperCharge = {
  method: 'boleto',
  orderId: 'pedido-tenancy',
  payer: { name: 'Maria da Silva', email: 'maria@exemplo.com.br', document: '11144477735' },
  items: [{ id: 'plano', description: 'Plano mensal', quantity: 1, priceCents: 15_990 }],
  daysDueDate: 3,
};

/**
 * Every route of Ponte's app, classified: by `METHOD url` as Fastify registered it. A route missing here fails the
 * suite ("classify this route"), so a new route is either exempt with its reason or in the matrix.
 */
export const CLASSIFICATION: Record<string, Classification> = {
  'GET /docs': { exempt: DOCS },
  'GET /docs/static/index.html': { exempt: DOCS },
  'GET /docs/static/swagger-initializer.js': { exempt: DOCS },
  'GET /docs/json': { exempt: DOCS },
  'GET /docs/yaml': { exempt: DOCS },
  'GET /docs/static/*': { exempt: DOCS },
  'GET /openapi.json': { exempt: DOCS },
  'GET /docs/guides/assets/guides.css': { exempt: DOCS },
  'GET /docs/guides': { exempt: DOCS },
  'GET /docs/guides/:page': { exempt: DOCS },
  'GET /healthz': { exempt: HEALTH },
  'GET /readyz': { exempt: HEALTH },
  'GET /metrics': { exempt: HEALTH },
  'GET /favicon.ico': { exempt: WEB_APP },
  'GET /ui/*': { exempt: WEB_APP },
  'GET /console': { exempt: WEB_APP },
  'GET /console/*': { exempt: WEB_APP },
  'GET /portal': { exempt: WEB_APP },
  'GET /portal/*': { exempt: WEB_APP },
  'GET /': { exempt: WEB_APP },
  'POST /v1/auth/token': { exempt: SIGN_IN },
  'POST /v1/auth/login': { exempt: SIGN_IN },
  'POST /v1/auth/sessions': { exempt: SIGN_IN },
  'POST /v1/auth/password-resets': { exempt: `${SIGN_IN}; answers alike for any address` },
  'POST /v1/auth/password-resets/confirm': { exempt: PUBLIC_TOKEN },
  'GET /v1/auth/me': { exempt: OWN_SESSION },
  'GET /v1/auth/sessions/current': { exempt: OWN_SESSION },
  'DELETE /v1/auth/sessions/current': { exempt: OWN_SESSION },
  'PUT /v1/auth/sessions/current/environment': { exempt: OWN_SESSION },
  'POST /v1/api-requests/batch': { exempt: `${PUBLIC_TOKEN}: partner API gateways’ request log` },
  'POST /v1/auth/introspect': { exempt: `${PUBLIC_TOKEN}: partner API gateways’ token introspection` },
  'GET /v1/connectors': { exempt: CATALOG },
  'GET /v1/connectors/:key': { exempt: CATALOG },
  'GET /v1/connectors/:key/notifications': { exempt: CATALOG },
  'GET /v1/whatsapp/webhooks/:senderId': { exempt: `${PUBLIC_TOKEN}: Meta’s webhook check with the sender’s verify token` },
  'POST /v1/whatsapp/webhooks/:senderId': { exempt: `${PUBLIC_TOKEN}: Meta’s deliveries, signed with the sender’s app secret` },
  'GET /connect/assets/connect.css': { exempt: WEB_APP },
  'GET /connect/:token': { exempt: `${PUBLIC_TOKEN}: a customer’s one-time /connect link` },
  'POST /connect/:token': { exempt: `${PUBLIC_TOKEN}: a customer’s one-time /connect link` },
  'GET /v1/unsubscribe/*': { exempt: `${PUBLIC_TOKEN}: a signed unsubscribe link` },
  'POST /v1/unsubscribe/*': { exempt: `${PUBLIC_TOKEN}: a signed unsubscribe link` },
  'POST /hooks/:integrationId/:token': { exempt: `${PUBLIC_TOKEN}: a provider’s callback with the integration’s token` },
  'GET /v1/live': {
    exempt: 'an event stream that never ends while listened to: a customer never hears of another account’s changes is checked by test/api/live-updates.test.ts',
  },

  // API access: keys and the request log are the operator's (admins).
  'POST /v1/api-keys': { access: 'admin', request: (side) => ({ url: '/v1/api-keys', body: { name: 'chave nova', environment: 'sandbox', users: [side.customerId] } }) },
  'GET /v1/api-keys': { access: 'admin', request: () => ({ url: '/v1/api-keys' }) },
  'GET /v1/api-keys/:keyId': { access: 'admin', request: (side) => ({ url: `/v1/api-keys/${side.keyId}` }) },
  'POST /v1/api-keys/:keyId/revoke': { access: 'admin', request: (side) => ({ url: `/v1/api-keys/${side.spareKeyId}/revoke` }) },
  'GET /v1/api-requests': { access: 'admin', request: (side) => ({ url: `/v1/api-requests?apiKeyId=${side.keyId}&userId=${side.customerId}` }) },
  'GET /v1/audit-log': { access: 'admin', request: (side) => ({ url: `/v1/audit-log?targetId=${side.integrationId}` }) },

  // Accounts and users.
  'POST /v1/accounts': { access: 'admin', request: (_side, unique) => ({ url: '/v1/accounts', body: { name: `Conta nova ${unique}` } }) },
  'GET /v1/accounts': { access: 'customer', request: () => ({ url: '/v1/accounts' }) },
  'GET /v1/accounts/:accountId': { access: 'customer', request: (side) => ({ url: `/v1/accounts/${side.accountId}` }) },
  'PATCH /v1/accounts/:accountId': { access: 'staff', request: (side) => ({ url: `/v1/accounts/${side.accountId}`, body: { contactName: 'Nome trocado' } }) },
  'POST /v1/users': {
    access: 'admin',
    request: (side, unique) => ({ url: '/v1/users', body: { email: `novo-${unique}@tenancy.example`, name: 'Novo', role: 'customer', accountId: side.accountId, password: 'uma-senha-longa-nova-123' } }),
  },
  'GET /v1/users': { access: 'customer', request: () => ({ url: '/v1/users' }) },
  'PATCH /v1/users/:userId': { access: 'admin', request: (side) => ({ url: `/v1/users/${side.spareUserId}`, body: { blocked: true } }) },
  'POST /v1/users/:userId/invitation': { access: 'admin', request: (side) => ({ url: `/v1/users/${side.customerId}/invitation` }) },

  // Events and integrations.
  'GET /v1/events': {
    access: 'customer',
    list: true,
    request: (side) => ({ url: `/v1/events?accountId=${side.accountId}&integrationId=${side.integrationId}` }),
    crossReference: (other) => ({ url: `/v1/events?integrationId=${other.integrationId}` }),
  },
  'GET /v1/integrations': { access: 'customer', list: true, request: (side) => ({ url: `/v1/integrations?accountId=${side.accountId}` }) },
  'POST /v1/integrations': {
    access: 'customer',
    request: (side) => ({ url: '/v1/integrations', body: { accountId: side.accountId, connector: 'paghiper', environment: 'sandbox', credentials: side.paghiperCredentials } }),
  },
  'GET /v1/integrations/:integrationId': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}` }) },
  'PATCH /v1/integrations/:integrationId': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}`, body: { config: { syncIntervalMinutes: 15 } } }) },
  'DELETE /v1/integrations/:integrationId': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.spareIntegrationId}` }) },
  'POST /v1/integrations/:integrationId/pause': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/pause` }) },
  'POST /v1/integrations/:integrationId/resume': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/resume` }) },
  'POST /v1/integrations/:integrationId/sync': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/sync` }) },
  'GET /v1/integrations/:integrationId/records': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/records` }) },
  'GET /v1/integrations/:integrationId/sync-runs': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/sync-runs` }) },
  'POST /v1/integrations/:integrationId/credentials': {
    access: 'customer',
    request: (side) => ({ url: `/v1/integrations/${side.integrationId}/credentials`, body: { credentials: side.paghiperCredentials } }),
    owner: REACHED_ACTIVE,
  },
  'POST /v1/integrations/:integrationId/connect-link': { access: 'customer', owner: REACHED_ACTIVE, request: (side) => ({ url: `/v1/integrations/${side.integrationId}/connect-link` }) },
  'POST /v1/integrations/:integrationId/approve': { access: 'staff', owner: REACHED_ACTIVE, request: (side) => ({ url: `/v1/integrations/${side.integrationId}/approve`, body: { note: 'Aprovado' } }) },
  'POST /v1/integrations/:integrationId/reject': {
    access: 'staff',
    owner: REACHED_ACTIVE,
    request: (side) => ({ url: `/v1/integrations/${side.integrationId}/reject`, body: { reason: 'CNPJ fora do contrato' } }),
  },
  'POST /v1/integrations/:integrationId/validation': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/validation`, body: { confirmed: true } }) },
  'GET /v1/integrations/:integrationId/timeline': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/timeline` }) },
  'GET /v1/integrations/:integrationId/checklist': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/checklist` }) },
  'POST /v1/integrations/:integrationId/actions/:action': { access: 'customer', request: (side) => ({ url: `/v1/integrations/${side.integrationId}/actions/create_charge`, body: paghiperCharge }) },

  // Notification rules and the send queue.
  'POST /v1/notification-rules': {
    access: 'admin',
    request: (side) => ({ url: '/v1/notification-rules', body: { accountId: side.accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'email', emailTo: ['financeiro@tenancy.example'] } }),
  },
  'GET /v1/notification-rules': {
    access: 'customer',
    list: true,
    request: (side) => ({ url: `/v1/notification-rules?accountId=${side.accountId}&eventType=payment.created` }),
    crossReference: (other) => ({ url: `/v1/notification-rules?integrationId=${other.integrationId}` }),
  },
  'GET /v1/notification-rules/:ruleId': { access: 'customer', request: (side) => ({ url: `/v1/notification-rules/${side.ruleId}` }) },
  'PATCH /v1/notification-rules/:ruleId': { access: 'admin', request: (side) => ({ url: `/v1/notification-rules/${side.ruleId}`, body: { delaySeconds: 7_200 } }) },
  'DELETE /v1/notification-rules/:ruleId': { access: 'admin', request: (side) => ({ url: `/v1/notification-rules/${side.spareRuleId}` }) },
  'POST /v1/notification-rules/:ruleId/rotate-secret': { access: 'admin', request: (side) => ({ url: `/v1/notification-rules/${side.ruleId}/rotate-secret`, body: { graceSeconds: 60 } }) },
  'POST /v1/notification-rules/:ruleId/test': { access: 'staff', request: (side) => ({ url: `/v1/notification-rules/${side.ruleId}/test` }) },
  'POST /v1/notification-rules/:ruleId/enable': {
    access: 'admin',
    owner: { status: 409, code: 'notification_rule_conflict', why: 'the rule was never disabled by its endpoint’s failures; the check is met only once the rule is found' }, request: (side) => ({ url: `/v1/notification-rules/${side.ruleId}/enable` }) },
  'GET /v1/notifications': {
    access: 'customer',
    list: true,
    request: (side) => ({ url: `/v1/notifications?accountId=${side.accountId}&ruleId=${side.ruleId}` }),
    crossReference: (other) => ({ url: `/v1/notifications?ruleId=${other.ruleId}&integrationId=${other.integrationId}` }),
  },
  'GET /v1/notifications/:notificationId': { access: 'customer', request: (side) => ({ url: `/v1/notifications/${side.notificationId}` }) },
  // The spare notification was canceled by the fixtures (a retry sends a canceled one again); the kept one waits.
  'POST /v1/notifications/:notificationId/retry': { access: 'staff', request: (side) => ({ url: `/v1/notifications/${side.spareNotificationId}/retry` }) },
  'POST /v1/notifications/:notificationId/cancel': { access: 'staff', request: (side) => ({ url: `/v1/notifications/${side.notificationId}/cancel` }) },
  'GET /v1/accounts/:accountId/notification-settings': { access: 'customer', request: (side) => ({ url: `/v1/accounts/${side.accountId}/notification-settings` }) },
  'PUT /v1/accounts/:accountId/notification-settings': {
    access: 'customer',
    request: (side) => ({ url: `/v1/accounts/${side.accountId}/notification-settings`, body: { quietHours: { start: '21:00', end: '08:00' } } }),
  },
  'PUT /v1/accounts/:accountId/whatsapp-senders/:environment': {
    access: 'admin',
    request: (side) => ({ url: `/v1/accounts/${side.accountId}/whatsapp-senders/${side.whatsappEnvironment}`, body: side.whatsappSender }),
  },
  'GET /v1/accounts/:accountId/whatsapp-senders': { access: 'customer', request: (side) => ({ url: `/v1/accounts/${side.accountId}/whatsapp-senders` }) },
  'DELETE /v1/accounts/:accountId/whatsapp-senders/:environment': {
    access: 'admin',
    request: (side) => ({ url: `/v1/accounts/${side.accountId}/whatsapp-senders/${side.spareWhatsappEnvironment}` }),
  },
  'POST /v1/accounts/:accountId/whatsapp-senders/:environment/check': {
    access: 'staff',
    request: (side) => ({ url: `/v1/accounts/${side.accountId}/whatsapp-senders/${side.whatsappEnvironment}/check` }),
  },
  'GET /v1/notification-opt-outs': { access: 'customer', list: true, request: (side) => ({ url: `/v1/notification-opt-outs?accountId=${side.accountId}` }) },
  'POST /v1/notification-opt-outs': {
    access: 'admin',
    request: (side, unique) => ({ url: '/v1/notification-opt-outs', body: { accountId: side.accountId, channel: 'email', address: `sair-${unique}@tenancy.example` } }),
  },
  'DELETE /v1/notification-opt-outs/:optOutId': { access: 'admin', request: (side) => ({ url: `/v1/notification-opt-outs/${side.optOutId}` }) },
  'GET /v1/notification-reports': {
    access: 'customer',
    list: true,
    request: (side) => ({ url: `/v1/notification-reports?accountId=${side.accountId}&integrationId=${side.integrationId}` }),
    // Counts by day and type, with no ids: the owner's shows its integration's events.
    ownerShows: () => '"count":',
    crossReference: (other) => ({ url: `/v1/notification-reports?integrationId=${other.integrationId}` }),
  },
  'POST /v1/notification-templates': {
    access: 'staff',
    request: (side, unique) => ({
      url: '/v1/notification-templates',
      body: { accountId: side.accountId, name: `Modelo ${unique}`, channel: 'email', locale: 'pt-BR', catalogEntry: 'paghiper:boleto.refunded', subject: 'Estornado', body: 'Recebemos {{ amount }}.' },
    }),
  },
  'GET /v1/notification-templates': { access: 'customer', list: true, request: (side) => ({ url: `/v1/notification-templates?accountId=${side.accountId}` }) },
  'GET /v1/notification-templates/:templateId': { access: 'customer', request: (side) => ({ url: `/v1/notification-templates/${side.templateId}` }) },
  'PATCH /v1/notification-templates/:templateId': { access: 'staff', request: (side) => ({ url: `/v1/notification-templates/${side.templateId}`, body: { subject: 'Assunto trocado' } }) },
  'DELETE /v1/notification-templates/:templateId': { access: 'staff', request: (side) => ({ url: `/v1/notification-templates/${side.spareTemplateId}` }) },
  'POST /v1/notification-templates/:templateId/preview': { access: 'customer', request: (side) => ({ url: `/v1/notification-templates/${side.templateId}/preview`, body: { sample: true } }) },
  'POST /v1/connectors/:key/notifications/activate': {
    access: 'admin',
    request: (side) => ({ url: '/v1/connectors/paghiper/notifications/activate', body: { accountId: side.accountId, environment: 'sandbox', integrationId: side.integrationId, entries: ['boleto.paid'] } }),
  },

  // Tickets, the support desk and complaints.
  'GET /v1/tickets': {
    access: 'customer',
    list: true,
    request: (side) => ({ url: `/v1/tickets?accountId=${side.accountId}&integrationId=${side.integrationId}` }),
    crossReference: (other) => ({ url: `/v1/tickets?integrationId=${other.integrationId}` }),
  },
  'GET /v1/tickets/set-aside-mail': { access: 'staff', request: () => ({ url: '/v1/tickets/set-aside-mail' }) },
  'POST /v1/tickets': {
    access: 'customer',
    request: (side) => ({ url: '/v1/tickets', body: { accountId: side.accountId, subject: 'Dúvida', message: { body: 'Olá!' } } }),
    crossReference: (other) => ({ url: '/v1/tickets', body: { integrationId: other.integrationId, subject: 'Dúvida', message: { body: 'Olá!' } } }),
  },
  'GET /v1/tickets/:ticketId': { access: 'customer', request: (side) => ({ url: `/v1/tickets/${side.ticketId}` }) },
  'POST /v1/tickets/:ticketId/messages': { access: 'customer', request: (side) => ({ url: `/v1/tickets/${side.ticketId}/messages`, body: { body: 'Alguma novidade?' } }) },
  'PATCH /v1/tickets/:ticketId': { access: 'staff', request: (side) => ({ url: `/v1/tickets/${side.ticketId}`, body: { status: 'waiting_provider', reason: 'Enviado ao provedor' } }) },
  'POST /v1/support/tickets': {
    access: 'customer',
    request: (side) => ({ url: '/v1/support/tickets', body: { accountId: side.accountId, subject: 'Erro na API', description: 'Responde 500 desde cedo.' } }),
    crossReference: (other) => ({ url: '/v1/support/tickets', body: { subject: 'Erro na API', description: 'Responde 500 desde cedo.', requestId: other.failedRequestId } }),
  },
  'GET /v1/support/tickets/:ticketId': { access: 'customer', request: (side) => ({ url: `/v1/support/tickets/${side.supportTicketId}` }) },
  'PATCH /v1/support/tickets/:ticketId': { access: 'staff', request: (side) => ({ url: `/v1/support/tickets/${side.supportTicketId}`, body: { stage: 'initial_analysis' } }) },
  'POST /v1/support/tickets/:ticketId/evidence': {
    access: 'staff',
    request: (side) => ({
      url: `/v1/support/tickets/${side.supportTicketId}/evidence`,
      body: {
        apiKey: 'pk_sandbox_Ab3x…',
        user: side.customerEmail,
        environment: 'sandbox',
        endpoint: 'POST /v1/integrations',
        payload: { query: { limit: 50 } },
        occurredAt: '2026-03-02T03:12:00.000Z',
        errorMessage: 'HTTP 500 sem corpo',
      },
    }),
  },
  'POST /v1/support/tickets/:ticketId/escalate': { access: 'staff', request: (side) => ({ url: `/v1/support/tickets/${side.supportTicketId}/escalate`, body: { reason: 'Erro recorrente' } }) },
  'POST /v1/support/tickets/:ticketId/diagnostics': {
    access: 'staff',
    request: (side) => ({ url: `/v1/support/tickets/${side.supportTicketId}/diagnostics`, body: { requestId: side.failedRequestId } }),
  },
  'GET /v1/integrations/:integrationId/complaint-conversion': { access: 'staff', request: (side) => ({ url: `/v1/integrations/${side.complaintIntegrationId}/complaint-conversion` }) },
  'PUT /v1/integrations/:integrationId/complaint-conversion': {
    access: 'staff',
    request: (side) => ({
      url: `/v1/integrations/${side.complaintIntegrationId}/complaint-conversion`,
      body: { enabled: true, customerType: 'Consumidor final', region: 'Sul', creatorUserId: side.agentId, sector: 'SAC', occurrenceType: 'Reclamação', occurrence: 'Reclame Aqui', solutions: ['Estorno realizado'] },
    }),
  },
  'GET /v1/complaints/:ticketId': { access: 'customer', request: (side) => ({ url: `/v1/complaints/${side.complaintTicketId}` }) },
  'POST /v1/complaints/:ticketId/answers': {
    access: 'staff',
    request: (side) => ({ url: `/v1/complaints/${side.complaintTicketId}/answers`, body: { type: 'private_message', message: 'Olá! Já estamos verificando o estorno.' } }),
  },
  'POST /v1/complaints/:ticketId/close': { access: 'staff', request: (side) => ({ url: `/v1/complaints/${side.complaintTicketId}/close`, body: { solution: 'Estorno realizado', reason: 'Resolvido' } }) },
  'GET /v1/support/sla-policies': { access: 'staff', request: () => ({ url: '/v1/support/sla-policies' }) },
  'PUT /v1/support/sla-policies/:category': { access: 'admin', request: () => ({ url: '/v1/support/sla-policies/api_question', body: { firstAnswerHours: 4, resolutionHours: 24 } }) },
  'GET /v1/support/reports': { access: 'staff', request: () => ({ url: '/v1/support/reports' }) },
  'GET /v1/reports/overview': { access: 'staff', request: () => ({ url: '/v1/reports/overview' }) },

  // The operator's partner APIs: no account owns them.
  'POST /v1/partner-apis': { access: 'admin', request: (_side, unique) => ({ url: '/v1/partner-apis', body: { name: `API ${unique}`, slug: `api-${unique}` } }) },
  'GET /v1/partner-apis': { access: 'admin', request: () => ({ url: '/v1/partner-apis' }) },
  'GET /v1/partner-apis/:partnerApiId': { access: 'admin', request: (side) => ({ url: `/v1/partner-apis/${side.partnerApiId}` }) },
  'PUT /v1/partner-apis/:partnerApiId/openapi': {
    access: 'admin',
    request: (side) => ({ url: `/v1/partner-apis/${side.partnerApiId}/openapi`, body: { openapi: '3.1.0', info: { title: 'API de Crédito', version: '2.3.0' }, paths: {} } }),
  },
  'PUT /v1/partner-apis/:partnerApiId/catalog': { access: 'admin', request: (side) => ({ url: `/v1/partner-apis/${side.partnerApiId}/catalog`, body: { products: [] } }) },
  'PUT /v1/partner-apis/:partnerApiId/maintenance-windows': { access: 'admin', request: (side) => ({ url: `/v1/partner-apis/${side.partnerApiId}/maintenance-windows`, body: { windows: [] } }) },
};
