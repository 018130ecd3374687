import type { TestPonte } from '../../support/test-ponte.ts';
import { waitFor } from '../../support/wait.ts';

/** How a request authenticates: a bearer token (an API key's), or the console's cookie session with its CSRF token. */
export type Credential = { bearer: string } | { session: string; csrf: string };

export interface Answer {
  status: number;
  body: string;
  json(): unknown;
}

/** One request through app.inject() as the credential's holder. */
export async function send(ponte: TestPonte, credential: Credential, method: string, url: string, payload?: unknown): Promise<Answer> {
  const response = await ponte.app.inject({
    method: method as 'GET',
    url,
    ...('bearer' in credential
      ? { headers: { authorization: `Bearer ${credential.bearer}` } }
      : { cookies: { ponte_session: credential.session }, headers: { 'x-csrf-token': credential.csrf } }),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.body, json: () => response.json() };
}

/**
 * One account's objects, each made through the API as its people would make them: what the matrix's requests name.
 * The spare objects are for the routes that end one (a DELETE, a revoke, a block), so the others still find theirs.
 */
export interface Side {
  label: string;
  accountId: string;
  accountName: string;
  /** The account's customer: a user with a password (for the cookie session) and an API key linked to it. */
  customerId: string;
  customerEmail: string;
  spareUserId: string;
  keyId: string;
  spareKeyId: string;
  /** An active PagHiper integration on the sandbox. */
  integrationId: string;
  spareIntegrationId: string;
  /** An active Reclame Aqui integration converting complaints, and the ticket of one complaint it synced. */
  complaintIntegrationId: string;
  complaintTicketId: string;
  ruleId: string;
  spareRuleId: string;
  /** Notifications waiting in the send queue (their rule waits an hour). */
  notificationId: string;
  spareNotificationId: string;
  templateId: string;
  spareTemplateId: string;
  optOutId: string;
  ticketId: string;
  supportTicketId: string;
  /** The account's WhatsApp numbers: sandbox's is checked, production's deleted. */
  whatsappEnvironment: 'sandbox';
  spareWhatsappEnvironment: 'production';
  /** The sandbox WhatsApp number's id, and the sender registered with it (a number of the WhatsApp sandbox). */
  whatsappPhone: string;
  whatsappSender: { phoneNumberId: string; businessAccountId: string; accessToken: string; appSecret: string; verifyToken: string };
  /** The token of the integration's provider callback URL (`/hooks/{integrationId}/{token}`). */
  callbackToken: string;
  /** A request of the account's customer that failed: what its support ticket's diagnostics cite. */
  failedRequestId: string;
  /** The agent complaints are converted for: staff, the same on every side. */
  agentId: string;
  /** The sandbox PagHiper credentials of the account's integrations. */
  paghiperCredentials: { apiKey: string; token: string };
  /** The operator's partner API: no account's, the same on every side. */
  partnerApiId: string;
  /** How this account's customer calls: with its key's token, and with its console session. */
  customer: { bearer: Credential; session: Credential };
}

export interface Operators {
  admin: Credential;
  partnerApiId: string;
  agent: Credential;
  agentId: string;
}

const PASSWORD = 'uma-senha-longa-de-teste-123';

/** Ids of the right shapes that name nothing: what a request about a missing object looks like. */
export function ghostSide(operators: Operators): Side {
  const ghost = (prefix: string) => `${prefix}_tenancyghost00000000`;
  const customer = { bearer: { bearer: 'unused' }, session: { session: 'unused', csrf: 'unused' } };
  return {
    label: 'ghost',
    accountId: ghost('acc'),
    accountName: 'ninguém',
    customerId: ghost('usr'),
    customerEmail: 'ninguem@tenancy.example',
    spareUserId: ghost('usr'),
    keyId: ghost('key'),
    spareKeyId: ghost('key'),
    integrationId: ghost('int'),
    spareIntegrationId: ghost('int'),
    complaintIntegrationId: ghost('int'),
    complaintTicketId: ghost('tkt'),
    ruleId: ghost('nrl'),
    spareRuleId: ghost('nrl'),
    notificationId: ghost('ntf'),
    spareNotificationId: ghost('ntf'),
    templateId: ghost('ntpl'),
    spareTemplateId: ghost('ntpl'),
    optOutId: ghost('nopt'),
    ticketId: ghost('tkt'),
    supportTicketId: ghost('tkt'),
    whatsappEnvironment: 'sandbox',
    spareWhatsappEnvironment: 'production',
    whatsappPhone: '100000000000000',
    whatsappSender: { phoneNumberId: '100000000000000', businessAccountId: '200000000000000', accessToken: 'EAAghost0000000000', appSecret: 'ghost-secret-0000', verifyToken: 'ghost-verify-0000' },
    failedRequestId: 'tenancy-ghost-failed',
    callbackToken: 'tenancyghosttoken',
    agentId: operators.agentId,
    paghiperCredentials: { apiKey: 'apk_tenancyghost', token: 'TENANCYGHOST' },
    partnerApiId: operators.partnerApiId,
    customer,
  };
}

/** The operator's staff: an admin (an operator key) and an agent (a user with a key). */
export async function createOperators(ponte: TestPonte): Promise<Operators> {
  const admin: Credential = { bearer: await ponte.adminToken() };
  const agent = await call(ponte, admin, 'POST', '/v1/users', { email: 'agente@tenancy.example', name: 'Agente', role: 'agent', password: PASSWORD });
  const partnerApi = await call(ponte, admin, 'POST', '/v1/partner-apis', { name: 'API de Crédito', slug: 'credito-tenancy' });
  return { admin, agent: (await keyTokenFor(ponte, admin, agent.id as string)).credential, agentId: agent.id as string, partnerApiId: partnerApi.id as string };
}

/** A fixture request that must work: anything else stops the suite with what was answered. */
async function call(ponte: TestPonte, credential: Credential, method: string, url: string, payload?: unknown): Promise<Record<string, unknown>> {
  const answer = await send(ponte, credential, method, url, payload);
  if (answer.status >= 300) throw new Error(`fixture ${method} ${url} answered ${answer.status}: ${answer.body}`);
  return answer.body ? (answer.json() as Record<string, unknown>) : {};
}

/** A key linked to the user (a partner's key acting for that user), exchanged for a token. */
async function keyTokenFor(ponte: TestPonte, admin: Credential, userId: string): Promise<{ credential: Credential; keyId: string }> {
  const key = await call(ponte, admin, 'POST', '/v1/api-keys', { name: `chave de ${userId}`, environment: 'sandbox', users: [userId] });
  const token = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
  if (token.statusCode !== 200) throw new Error(`token exchange answered ${token.statusCode}: ${token.body}`);
  return { credential: { bearer: (token.json() as { access_token: string }).access_token }, keyId: key.id as string };
}

async function sandboxControl(baseUrl: string, path: string, body?: object): Promise<Record<string, unknown>> {
  const response = await fetch(`${new URL(baseUrl).origin}${path}`, {
    method: 'POST',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  if (response.status >= 300) throw new Error(`sandbox ${path} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** One account with one of every kind of object the routes name, made through the API (and the sandboxes). */
export async function createSide(ponte: TestPonte, operators: Operators, label: string): Promise<Side> {
  const { admin } = operators;
  const accountName = `Conta ${label} Tenancy`;
  const account = await call(ponte, admin, 'POST', '/v1/accounts', { name: accountName, contactEmail: `contato-${label}@tenancy.example` });
  const accountId = account.id as string;
  const customerEmail = `cliente-${label}@tenancy.example`;
  const customer = await call(ponte, admin, 'POST', '/v1/users', { email: customerEmail, name: `Cliente ${label}`, role: 'customer', accountId, password: PASSWORD });
  const customerId = customer.id as string;
  const spareUser = await call(ponte, admin, 'POST', '/v1/users', { email: `outro-${label}@tenancy.example`, name: `Outro ${label}`, role: 'customer', accountId, password: PASSWORD });
  const { credential: bearer, keyId } = await keyTokenFor(ponte, admin, customerId);
  const spareKey = await call(ponte, admin, 'POST', '/v1/api-keys', { name: `reserva ${label}`, environment: 'sandbox', users: [customerId] });
  const signIn = await ponte.app.inject({ method: 'POST', url: '/v1/auth/sessions', payload: { email: customerEmail, password: PASSWORD, environment: 'sandbox' } });
  if (signIn.statusCode !== 200) throw new Error(`sign-in of ${customerEmail} answered ${signIn.statusCode}: ${signIn.body}`);
  const session: Credential = { session: signIn.cookies.find((cookie) => cookie.name === 'ponte_session')!.value, csrf: (signIn.json() as { csrfToken: string }).csrfToken };

  const paghiper = ponte.sandboxes.paghiper!.baseUrl;
  const issued = await sandboxControl(paghiper, '/_control/credentials');
  const paghiperCredentials = { apiKey: issued.apiKey as string, token: issued.token as string };
  const integration = () => call(ponte, admin, 'POST', '/v1/integrations', { accountId, connector: 'paghiper', environment: 'sandbox', credentials: paghiperCredentials });
  const kept = await integration();
  const spareIntegration = await integration();
  const complaints = await complaintTicket(ponte, operators, accountId);

  // Rules that wait an hour: their notifications stay scheduled, so retry and cancel have something to act on.
  const rule = () =>
    call(ponte, admin, 'POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.created', channel: 'webhook', webhookUrl: 'http://127.0.0.1:9/tenancy', delaySeconds: 3_600 });
  const kepRule = await rule();
  const spareRule = await rule();
  await ponte.events.append(
    ponte.database.db,
    [1, 2].map((n) => ({ accountId, integrationId: kept.id as string, environment: 'sandbox' as const, type: 'payment.created', subjectModel: 'payment', subjectId: `TEN-${label}-${n}`, data: {}, origin: 'live' as const })),
  );
  await ponte.eventsReadable();
  await ponte.notificationWorker.dispatch();
  const notifications = ((await call(ponte, admin, 'GET', `/v1/notifications?ruleId=${kepRule.id as string}`)).data as { id: string }[]).map((n) => n.id);
  if (notifications.length !== 2) throw new Error(`fixture notifications of ${label}: expected 2, got ${notifications.length}`);
  // A canceled notification is one a retry sends again.
  await call(ponte, admin, 'POST', `/v1/notifications/${notifications[1]!}/cancel`);

  const template = () =>
    call(ponte, admin, 'POST', '/v1/notification-templates', {
      accountId,
      name: `Boleto gerado ${label} ${Math.random().toString(36).slice(2, 8)}`,
      channel: 'email',
      locale: 'pt-BR',
      catalogEntry: 'paghiper:boleto.created',
      subject: 'Seu boleto de {{ amount }}',
      body: 'Olá, {{ payer.name }}! Seu boleto vence em {{ due_date }}.',
    });
  const keptTemplate = await template();
  const spareTemplate = await template();
  const optOut = await call(ponte, admin, 'POST', '/v1/notification-opt-outs', { accountId, channel: 'email', address: `sair-${label}@tenancy.example` });
  const ticket = await call(ponte, bearer, 'POST', '/v1/tickets', { integrationId: kept.id, kind: 'onboarding', subject: `Ajuda ${label}`, message: { body: 'Bom dia! Preciso de ajuda com a integração.' } });
  const supportTicket = await call(ponte, bearer, 'POST', '/v1/support/tickets', { subject: `Erro na API ${label}`, description: 'O POST /v1/integrations responde 500 desde cedo.' });
  // The sandbox sender is a number of the WhatsApp sandbox (its check asks Meta's Graph API); production's is deleted.
  const number = await sandboxControl(ponte.sandboxes['whatsapp-cloud']!.baseUrl, '/_control/credentials');
  const whatsappSender = {
    phoneNumberId: number.phoneNumberId as string,
    businessAccountId: number.wabaId as string,
    accessToken: number.accessToken as string,
    appSecret: `segredo-${label}-0000`,
    verifyToken: `verificar-${label}-0000`,
  };
  await call(ponte, admin, 'PUT', `/v1/accounts/${accountId}/whatsapp-senders/sandbox`, whatsappSender);
  const productionPhone = `1098765${label.charCodeAt(0)}2${Math.floor(Math.random() * 1e4)}`;
  await call(ponte, admin, 'PUT', `/v1/accounts/${accountId}/whatsapp-senders/production`, {
    ...whatsappSender,
    phoneNumberId: productionPhone,
    businessAccountId: `20${productionPhone}`,
  });
  const failedRequestId = `tenancy-${label}-failed`;
  await ponte.app.inject({ method: 'GET', url: '/v1/integrations/int_naoexiste', headers: { authorization: `Bearer ${(bearer as { bearer: string }).bearer}`, 'x-request-id': failedRequestId } });
  // Escalating needs the diagnostics among the evidence; they read the request log, which is written in batches.
  const diagnostics = `/v1/support/tickets/${supportTicket.id as string}/diagnostics`;
  await waitFor(async () => (await send(ponte, operators.agent, 'POST', diagnostics, { requestId: failedRequestId })).status < 300, 15_000, 100);

  return {
    label,
    accountId,
    accountName,
    customerId,
    customerEmail,
    spareUserId: spareUser.id as string,
    keyId,
    spareKeyId: spareKey.id as string,
    integrationId: kept.id as string,
    spareIntegrationId: spareIntegration.id as string,
    complaintIntegrationId: complaints.integrationId,
    complaintTicketId: complaints.ticketId,
    ruleId: kepRule.id as string,
    spareRuleId: spareRule.id as string,
    notificationId: notifications[0]!,
    spareNotificationId: notifications[1]!,
    templateId: keptTemplate.id as string,
    spareTemplateId: spareTemplate.id as string,
    optOutId: optOut.id as string,
    ticketId: ticket.id as string,
    supportTicketId: supportTicket.id as string,
    whatsappEnvironment: 'sandbox',
    spareWhatsappEnvironment: 'production',
    whatsappPhone: whatsappSender.phoneNumberId,
    whatsappSender,
    failedRequestId,
    callbackToken: new URL(kept.callbackUrl as string).pathname.split('/').at(-1)!,
    agentId: operators.agentId,
    paghiperCredentials,
    partnerApiId: operators.partnerApiId,
    customer: { bearer, session },
  };
}

/** A Reclame Aqui integration converting complaints, with one complaint synced from the HugMe sandbox into a ticket. */
async function complaintTicket(ponte: TestPonte, operators: Operators, accountId: string): Promise<{ integrationId: string; ticketId: string }> {
  const hugme = ponte.sandboxes['reclame-aqui']!.baseUrl;
  const client = await sandboxControl(hugme, '/_control/credentials', { history_days: 0, complaints_per_day: 0 });
  const integration = await call(ponte, operators.admin, 'POST', '/v1/integrations', {
    accountId,
    connector: 'reclame-aqui',
    environment: 'sandbox',
    config: { companyEmail: 'sac@tenancy.example', retroactiveMonths: 0, companyId: (client.company as { id: number }).id },
    credentials: { clientId: client.client_id, clientSecret: client.client_secret },
  });
  const integrationId = integration.id as string;
  await call(ponte, operators.agent, 'PUT', `/v1/integrations/${integrationId}/complaint-conversion`, {
    enabled: true,
    customerType: 'Consumidor final',
    region: 'Sudeste',
    creatorUserId: operators.agentId,
    sector: 'SAC',
    occurrenceType: 'Reclamação',
    occurrence: 'Reclame Aqui',
    solutions: ['Estorno realizado', 'Esclarecimento prestado'],
  });
  await sandboxControl(hugme, '/_control/complaints', {
    client_id: client.client_id,
    complaint_title: 'Cobrança em dobro',
    complaint_content: 'Fui cobrada duas vezes pelo mesmo plano.',
    customer: { name: 'Carla Dias', email: ['carla@example.com.br'] },
  });
  await ponte.sync.engine.poll(integrationId);
  await ponte.eventsReadable();
  await ponte.eventReactions.runAll();
  const tickets = (await call(ponte, operators.admin, 'GET', `/v1/tickets?integrationId=${integrationId}&kind=complaint`)).data as { id: string }[];
  if (tickets.length !== 1) throw new Error(`fixture complaint ticket: expected 1, got ${tickets.length}`);
  return { integrationId, ticketId: tickets[0]!.id };
}
