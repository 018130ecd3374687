import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLinkIn, submitConnectForm } from '../flows/onboarding-support.ts';
import { startOperatorApi } from '../support/operator-api.ts';
import { waitFor } from '../support/wait.ts';
import { reportFigures, scaled } from './support/long-form.ts';
import { answerItems, archiveFinishedJobs, dumpDatabase, providerRequestItems } from './support/secrets-capture.ts';
import { describeFindings, SOURCES, type ScannedItem } from './support/secrets-scanner.ts';
import { startSecretsWorld, uniqueSecret, type Json, type SecretsWorld } from './support/secrets-world.ts';

/*
 * Issue 17, suite 5: known, unique secrets are stored through every path that takes one, real work runs with the
 * logger at trace level, and then the whole database (pg-boss's jobs and archive included), every log line, every
 * answer Ponte wrote (whoever asked), every e-mail, webhook and WhatsApp message, every request to a provider and the
 * CLI's output are searched for each secret, in clear and encoded (URL and form encoding, JSON escaping, hex, base64
 * and base64url at each alignment). A secret may appear only where it must go, each such place named below with its
 * reason; each of those places must be seen holding it (else its capture is broken), and a control word sent
 * everywhere on purpose must be found in every source (else a source was captured empty).
 *
 * The paths (each `plant` names its own):
 * - connector credentials: PagHiper apiKey and token (refused ones through POST /v1/integrations, good ones through
 *   the /connect form), Reclame Aqui's client secret (refused, then good) and the OAuth tokens HugMe issues, Ticket
 *   Log's password (/connect form, provider approval), Maxi Frota's 12-hour authorization key (refused, then
 *   POST /v1/integrations/{id}/credentials) and the access and refresh tokens it is exchanged for;
 * - Ponte's own access: API keys (POST /v1/api-keys, `ponte keys create`) and the tokens exchanged for them, an
 *   unknown and a revoked key, a key used in the wrong environment (then diagnosed and escalated from the request
 *   log), user passwords (POST /v1/users, `ponte admin create --password-stdin`), logins and wrong passwords, cookie
 *   sessions and their switch, password reset and invitation links and the new password set through one, the
 *   operator key's token;
 * - notifications: webhook signing secrets (created, rotated), a WhatsApp sender's access token, app secret and verify
 *   token;
 * - partner APIs: a gateway key (HTTP Basic client secret), a wrong one, a partner's key and token, a secret inside a
 *   failed request's payload that the gateway logs to Ponte;
 * - links: the integration's callback token, the /connect link tokens;
 * - configuration: the SMTP password in SMTP_URL, the escalation webhook secret, the master key and a previous one.
 * Error paths: refused credentials at each provider, a PagHiper poll failing on every retry, a WhatsApp message
 * refused, wrong passwords and keys, a used reset link.
 */

const ROUNDS = scaled(1, 4);
// SECRETS_SCAN_DUMP=/tmp/scan.json writes everything scanned (and the secrets) to a file, to read a finding in context.
const DUMP_FILE = process.env.SECRETS_SCAN_DUMP;

let world: SecretsWorld;

beforeAll(async () => {
  world = await startSecretsWorld();
}, 120_000);
afterAll(async () => world?.close(), 60_000);

/** The first e-mail to `to` whose subject has `subject`, waited for. */
const mailTo = (to: string, subject: string) => world.mailbox.waitFor((mail) => mail.to.includes(to) && mail.subject.includes(subject), 60_000);
const tokenInLink = (link: string) => decodeURIComponent(/\/connect\/([^/?#\s]+)/.exec(link)![1]!);
/** The answers of the /connect page at this token's own address (its form, and the form posted back). */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const connectPageAt = (token: string) => new RegExp(`^(GET|POST) /connect/${escapeRegExp(token)} → \\d+ body$`);

describe('secrets', () => {
  it('appear nowhere but where they must go: database, logs, answers, mail, webhooks, WhatsApp, provider requests and CLI output', { timeout: scaled(240_000, 900_000) }, async () => {
    const started = performance.now();
    // Seconds spent in each part, for the figures (a slow part on a busy machine is told, never failed).
    const phases: Record<string, number> = {};
    let current: { name: string; at: number } | null = null;
    const phase = (name: string | null) => {
      const now = performance.now();
      if (current) phases[current.name] = Math.round((now - current.at) / 100) / 10;
      current = name ? { name, at: now } : null;
    };
    const { call, control, scanner } = world;
    const plant = scanner.plant.bind(scanner);
    const allow = scanner.allow.bind(scanner);
    const expectStatus = (response: { status: number; text: string }, status: number) => expect(response.status, response.text.slice(0, 1500)).toBe(status);

    // ---- The `ponte` command: an admin's password on standard input, a key printed once. The commands run beside
    // the API work (each is a process of its own) and are checked further down.
    const cliPassword = plant('CLI admin password', uniqueSecret('pw-cli-'), 'ponte admin create --password-stdin');
    const adminByCli = world.cli(['admin', 'create', '--email', 'cli-admin@secrets.example', '--name', 'Admin CLI', '--password-stdin', '--json'], `${cliPassword}\n`);
    const keyByCli = world.cli(['keys', 'create', '--env', 'sandbox', '--name', 'Parceiro CLI', '--json']);
    phase('account');
    // ---- An account with a contact (onboarding e-mails) and no quiet hours (buyers hear at once, whatever the hour).
    const contact = 'frota@secrets.example';
    const account = await call('POST', '/v1/accounts', { name: 'Transportes Sigilo', contactEmail: contact, contactName: 'Ana Sigilo' });
    expectStatus(account, 201);
    const accountId = account.body.id as string;
    expectStatus(await call('PUT', `/v1/accounts/${accountId}/notification-settings`, { quietHours: null }), 200);

    phase('webhookRules');
    // ---- Webhook endpoints: the signing secret is shown once at creation, and once more by a rotation.
    const webhookRule = await call('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'webhook', webhookUrl: world.receiver.url });
    expectStatus(webhookRule, 201);
    plant('webhook signing secret', webhookRule.body.signingSecret, 'POST /v1/notification-rules (webhook)');
    allow('webhook signing secret', 'answer', /^POST \/v1\/notification-rules → 201 body$/, 'shown once, at creation, for the receiver to verify signatures');
    const rotated = await call('POST', `/v1/notification-rules/${webhookRule.body.id}/rotate-secret`, {});
    expectStatus(rotated, 200);
    plant('rotated webhook signing secret', rotated.body.signingSecret, 'POST /v1/notification-rules/{id}/rotate-secret');
    allow('rotated webhook signing secret', 'answer', /^POST \/v1\/notification-rules\/[^/]+\/rotate-secret → 200 body$/, 'shown once, by the rotation that made it');
    expectStatus(await call('POST', `/v1/notification-rules/${webhookRule.body.id}/test`, {}), 200);
    expectStatus(await call('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'email', emailTo: ['financeiro@secrets.example'] }), 201);

    phase('whatsappSender');
    // ---- The account's WhatsApp sender: a token of the sandbox's own number, an app secret and a verify token of ours.
    const number = await control('whatsapp-cloud', 'POST', '/_control/credentials');
    const whatsappToken = plant('WhatsApp access token', number.accessToken, 'PUT /v1/accounts/{id}/whatsapp-senders/{environment} accessToken');
    const appSecret = plant('WhatsApp app secret', uniqueSecret('app-secret-'), 'PUT /v1/accounts/{id}/whatsapp-senders/{environment} appSecret');
    const verifyToken = plant('WhatsApp verify token', uniqueSecret('verify-'), 'PUT /v1/accounts/{id}/whatsapp-senders/{environment} verifyToken');
    allow('WhatsApp access token', 'provider-request', /^whatsapp-cloud: /, 'the Authorization header of every Graph API call of this sender');
    const sender = await call('PUT', `/v1/accounts/${accountId}/whatsapp-senders/sandbox`, {
      phoneNumberId: number.phoneNumberId,
      businessAccountId: number.wabaId,
      accessToken: whatsappToken,
      appSecret,
      verifyToken,
    });
    expectStatus(sender, 200);
    expectStatus(await call('POST', `/v1/accounts/${accountId}/whatsapp-senders/sandbox/check`, {}), 200);
    // The sandbox proves the webhook with the verify token and signs its status webhooks with the app secret.
    await control('whatsapp-cloud', 'PUT', '/_control/webhook', { url: `${world.origin}/v1/whatsapp/webhooks/${sender.body.id}`, appSecret, verifyToken, autoStatuses: ['delivered', 'read'] });

    phase('paghiper');
    // ---- PagHiper: credentials the provider refuses (the error path carries them to the provider), then good ones
    // through the /connect link the refusal e-mails to the contact.
    const refusedApiKey = plant('refused PagHiper apiKey', `apk_${randomBytes(20).toString('hex')}`, 'POST /v1/integrations credentials.apiKey (refused by PagHiper)');
    const refusedToken = plant('refused PagHiper token', uniqueSecret('PH'), 'POST /v1/integrations credentials.token (refused by PagHiper)');
    for (const name of ['refused PagHiper apiKey', 'refused PagHiper token']) allow(name, 'provider-request', /^paghiper: /, 'sent to PagHiper, which refused it');
    const refused = await call('POST', '/v1/integrations', {
      accountId,
      connector: 'paghiper',
      environment: 'sandbox',
      config: { retroactiveMonths: 0 },
      credentials: { apiKey: refusedApiKey, token: refusedToken },
    });
    expectStatus(refused, 422);
    expect(refused.body.code).toBe('provider_refused_credentials');
    const paghiper = await control('paghiper', 'POST', '/_control/credentials', { charges_per_day: 2, history_days: 1 });
    plant('PagHiper apiKey', paghiper.apiKey, '/connect form (PagHiper apiKey)');
    plant('PagHiper token', paghiper.token, '/connect form (PagHiper token)');
    for (const name of ['PagHiper apiKey', 'PagHiper token']) allow(name, 'provider-request', /^paghiper: /, 'the credentials of every PagHiper call, in its body');
    const firstLink = connectLinkIn(await mailTo(contact, 'PagHiper'));
    const firstLinkToken = plant('PagHiper /connect link token', tokenInLink(firstLink), 'the /connect link e-mailed after the refusal');
    allow('PagHiper /connect link token', 'mail', new RegExp(`^mail to ${contact} `), 'the link itself, e-mailed to the account’s contact');
    allow('PagHiper /connect link token', 'answer', connectPageAt(firstLinkToken), 'the page at the link’s own address links to itself in the other language');
    // In the form: a token too long (the form comes back with its errors), then credentials PagHiper refuses (the
    // customer is sent on to a new link, also e-mailed), then the good ones there.
    const typedApiKey = plant('PagHiper apiKey typed with an error', `apk_${randomBytes(20).toString('hex')}`, '/connect form apiKey, sent back with a field error');
    const typedToken = plant('PagHiper token typed with an error', uniqueSecret('PH-too-long-').padEnd(200, 'x'), '/connect form token, too long');
    const withError = await submitConnectForm(firstLink, { apiKey: typedApiKey, token: typedToken });
    expect(withError.status, withError.html.slice(0, 2000)).toBe(422);
    expect(withError.html).not.toContain(typedToken);
    // PagHiper's manifest classes the apiKey as an identifier (like HugMe's client id), not a secret field: the form
    // keeps what the customer typed in it. Only there, in the same no-store answer to the same browser.
    allow('PagHiper apiKey typed with an error', 'answer', new RegExp(`^POST /connect/${escapeRegExp(firstLinkToken)} → 422 body$`), 'the customer’s own entry in a non-secret field, kept in the form sent back with its errors (Cache-Control: no-store)');
    const formRefusedApiKey = plant('PagHiper apiKey refused through the form', `apk_${randomBytes(20).toString('hex')}`, '/connect form apiKey (refused by PagHiper)');
    const formRefusedToken = plant('PagHiper token refused through the form', uniqueSecret('PH'), '/connect form token (refused by PagHiper)');
    for (const name of ['PagHiper apiKey refused through the form', 'PagHiper token refused through the form']) allow(name, 'provider-request', /^paghiper: /, 'sent to PagHiper, which refused it');
    const refusedInForm = await submitConnectForm(firstLink, { apiKey: formRefusedApiKey, token: formRefusedToken });
    expect(refusedInForm.status, refusedInForm.html.slice(0, 2000)).toBe(303);
    const paghiperLink = new URL(refusedInForm.location!, world.origin).toString();
    const nextLinkToken = plant('PagHiper second /connect link token', tokenInLink(paghiperLink), 'the /connect link a refusal in the form leads to');
    allow('PagHiper second /connect link token', 'answer', new RegExp(`^POST /connect/${escapeRegExp(firstLinkToken)} → 303 headers$`), 'the redirect of a refused form to the new link');
    allow('PagHiper second /connect link token', 'answer', connectPageAt(nextLinkToken), 'the page at the link’s own address links to itself in the other language');
    allow('PagHiper second /connect link token', 'mail', new RegExp(`^mail to ${contact} `), 'the new link, e-mailed to the account’s contact');
    await world.mailbox.waitFor((mail) => mail.to.includes(contact) && mail.text.includes(nextLinkToken), 60_000);
    const connected = await submitConnectForm(paghiperLink, { apiKey: paghiper.apiKey, token: paghiper.token });
    expect(connected.status, connected.html.slice(0, 2000)).toBe(200);
    const paghiperIntegration = (await call('GET', `/v1/integrations?accountId=${accountId}&connector=paghiper`)).body.data.find((item: Json) => item.connector === 'paghiper') as Json;
    expect(paghiperIntegration.state).toBe('active');
    const integrationId = paghiperIntegration.id as string;
    const callbackUrl = paghiperIntegration.callbackUrl as string;
    plant('PagHiper callback token', callbackUrl.split('/').pop()!, 'the integration’s callbackUrl (/hooks/{id}/{token})');
    allow('PagHiper callback token', 'answer', /^(GET|POST|PATCH) \/v1\/integrations(\/[^/]+)?(\/(credentials|sync|pause|resume|checklist))? → 20\d body$/, 'the callbackUrl the customer gives PagHiper, shown on the integration');
    allow('PagHiper callback token', 'provider-request', /^paghiper: POST \/transaction\/create/, 'the notification_url PagHiper calls back');

    // The buyers' catalog by e-mail and WhatsApp.
    const catalog = await call('GET', '/v1/connectors/paghiper/notifications');
    const entries = (catalog.body.entries as { key: string }[]).map((entry) => entry.key).filter((key) => key.startsWith('boleto.'));
    expectStatus(await call('POST', '/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox', integrationId, entries }), 201);

    phase('reclameAqui');
    // ---- Reclame Aqui (HugMe): a wrong client secret, then the right one; the OAuth token HugMe issues.
    const hugmeSecret = plant('HugMe client secret', uniqueSecret('hugme-'), 'POST /v1/integrations credentials.clientSecret (Reclame Aqui)');
    const wrongHugmeSecret = plant('wrong HugMe client secret', uniqueSecret('hugme-wrong-'), 'POST /v1/integrations credentials.clientSecret (refused by HugMe)');
    for (const name of ['HugMe client secret', 'wrong HugMe client secret']) allow(name, 'provider-request', /^reclame-aqui: POST \/api\/auth\/oauth\/token/, 'the client credentials of HugMe’s token call');
    const hugme = await control('reclame-aqui', 'POST', '/_control/credentials', { client_id: `sigilo-${randomBytes(4).toString('hex')}`, client_secret: hugmeSecret, history_days: 1, complaints_per_day: 2 });
    const hugmeConfig = { companyEmail: 'sac@secrets.example', retroactiveMonths: 0, companyId: hugme.company.id };
    const wrongHugme = await call('POST', '/v1/integrations', { accountId, connector: 'reclame-aqui', environment: 'sandbox', config: hugmeConfig, credentials: { clientId: hugme.client_id, clientSecret: wrongHugmeSecret } });
    expectStatus(wrongHugme, 422);
    const reclameAqui = await call('POST', '/v1/integrations', { accountId, connector: 'reclame-aqui', environment: 'sandbox', config: hugmeConfig, credentials: { clientId: hugme.client_id, clientSecret: hugmeSecret } });
    expectStatus(reclameAqui, 201);

    phase('ticketLog');
    // ---- Ticket Log: the web service's password through the /connect form, the provider's approval, a sync.
    const ticketLog = await control('ticket-log', 'POST', '/_control/credentials');
    plant('Ticket Log password', ticketLog.password, '/connect form (Ticket Log password)');
    allow('Ticket Log password', 'provider-request', /^ticket-log: /, 'the credentials of every Ticket Log call');
    const ticketLogRequest = await call('POST', '/v1/integrations', { accountId, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: ticketLog.codigoCliente, retroactiveMonths: 0 } });
    expectStatus(ticketLogRequest, 201);
    const ticketLogLink = connectLinkIn(await mailTo(contact, 'web service'));
    const ticketLogLinkToken = plant('Ticket Log /connect link token', tokenInLink(ticketLogLink), 'the /connect link of the Ticket Log onboarding e-mail');
    allow('Ticket Log /connect link token', 'mail', new RegExp(`^mail to ${contact} `), 'the link itself, e-mailed to the account’s contact');
    allow('Ticket Log /connect link token', 'answer', connectPageAt(ticketLogLinkToken), 'the page at the link’s own address links to itself in the other language');
    expect((await submitConnectForm(ticketLogLink, { username: ticketLog.username, password: ticketLog.password })).status).toBe(200);
    expectStatus(await call('POST', `/v1/integrations/${ticketLogRequest.body.id}/approve`, { note: 'Aprovado' }), 200);
    await control('ticket-log', 'POST', '/_control/transactions', { codigoCliente: ticketLog.codigoCliente, count: 2 });

    phase('maxiFrota');
    // ---- Maxi Frota: a key it does not know, then a real 12-hour key through the API, exchanged at once.
    const unknownKey = plant('unknown Maxi Frota key', uniqueSecret('MF-'), 'POST /v1/integrations credentials.authorizationKey (refused by Maxi Frota)');
    allow('unknown Maxi Frota key', 'provider-request', /^maxi-frota: /, 'sent to Maxi Frota, which refused it');
    const maxiFrotaRefused = await call('POST', '/v1/integrations', { accountId, connector: 'maxi-frota', environment: 'sandbox', config: { retroactiveMonths: 0 }, credentials: { authorizationKey: unknownKey } });
    expectStatus(maxiFrotaRefused, 422);
    const maxiFrotaId = ((await call('GET', `/v1/integrations?accountId=${accountId}&connector=maxi-frota`)).body.data as Json[]).find((item) => item.connector === 'maxi-frota')!.id as string;
    const { clientId: maxiFrotaClient } = await control('maxi-frota', 'POST', '/_control/credentials');
    await control('maxi-frota', 'POST', '/_control/transactions', { clientId: maxiFrotaClient, count: 2 });
    const { chaveAutorizacao } = await control('maxi-frota', 'POST', '/_control/authorization-keys', { clientId: maxiFrotaClient });
    plant('Maxi Frota authorization key', chaveAutorizacao, 'POST /v1/integrations/{id}/credentials authorizationKey');
    allow('Maxi Frota authorization key', 'provider-request', /^maxi-frota: /, 'exchanged at Maxi Frota for the long-lived credential');
    const maxiFrota = await call('POST', `/v1/integrations/${maxiFrotaId}/credentials`, { credentials: { authorizationKey: chaveAutorizacao } });
    expectStatus(maxiFrota, 200);
    expect(maxiFrota.body.state).toBe('active');

    phase('partnerApis');
    // ---- Partner APIs: a gateway key (HTTP Basic), a partner's key and token, a failed call whose payload held a secret.
    const partnerUser = await call('POST', '/v1/users', { email: 'parceiro@secrets.example', name: 'Parceiro', role: 'customer', accountId, password: plant('partner user password', uniqueSecret('pw-'), 'POST /v1/users password (partner user)') });
    expectStatus(partnerUser, 201);
    const partnerApi = await call('POST', '/v1/partner-apis', { name: 'Crédito Sigilo', slug: `credito-${randomBytes(3).toString('hex')}` });
    expectStatus(partnerApi, 201);
    const gatewayKey = await call('POST', '/v1/api-keys', { name: 'gateway', environment: 'sandbox', purpose: 'gateway', partnerApiId: partnerApi.body.id });
    expectStatus(gatewayKey, 201);
    plant('gateway key', gatewayKey.body.key, 'POST /v1/api-keys purpose gateway (HTTP Basic client_secret)');
    const partnerKey = await call('POST', '/v1/api-keys', { name: 'parceiro', environment: 'sandbox', users: [partnerUser.body.id], partnerApiId: partnerApi.body.id });
    expectStatus(partnerKey, 201);
    plant('partner API key', partnerKey.body.key, 'POST /v1/api-keys (partner API)');
    const partnerToken = await call('POST', '/v1/auth/token', { apiKey: partnerKey.body.key }, null);
    expectStatus(partnerToken, 200);
    plant('partner access token', partnerToken.body.access_token, 'POST /v1/auth/token (partner API key)');
    const operator = await startOperatorApi({ ponteUrl: world.origin, gateway: { id: gatewayKey.body.id, key: gatewayKey.body.key }, environment: 'sandbox' });
    const payloadSecret = plant('secret in a failed partner request', uniqueSecret('senha-'), 'a partner’s failed request payload, logged by the gateway at POST /v1/api-requests/batch');
    const partnerCall = (body: unknown) =>
      fetch(`${operator.baseUrl}/v2/proposals`, { method: 'POST', headers: { authorization: `Bearer ${partnerToken.body.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await partnerCall({ cpf: '12345678901', amount: 1000, installments: 12 })).status).toBe(201);
    expect((await partnerCall({ cpf: 'x', amount: 1000, installments: 12, senha: payloadSecret, credentials: { password: payloadSecret } })).status).toBe(422);
    await operator.close();
    const wrongGatewaySecret = plant('wrong gateway secret', uniqueSecret('gw-wrong-'), 'Authorization: Basic of POST /v1/auth/introspect (refused)');
    const introspectRefused = await fetch(`${world.origin}/v1/auth/introspect`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${gatewayKey.body.id}:${wrongGatewaySecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: partnerToken.body.access_token }).toString(),
    });
    expect(introspectRefused.status).toBe(401);

    phase('support');
    // ---- Support: a customer's failed token exchange (its key in the payload) diagnosed from the request log, then
    // escalated to the operator's tracker by a signed webhook.
    const agentEmail = 'agente@secrets.example';
    const agentPassword = plant('agent password', uniqueSecret('pw-'), 'POST /v1/users password (agent)');
    expectStatus(await call('POST', '/v1/users', { email: agentEmail, name: 'Agente', role: 'agent', password: agentPassword }), 201);
    const agentLogin = await call('POST', '/v1/auth/login', { email: agentEmail, password: agentPassword, environment: 'sandbox' }, null);
    expectStatus(agentLogin, 200);
    const agentToken = plant('agent login token', agentLogin.body.access_token, 'POST /v1/auth/login (agent)');
    allow('agent login token', 'answer', /^POST \/v1\/auth\/login → 200 body$/, 'the token the login issues');
    const customerKey = await call('POST', '/v1/api-keys', { name: 'homologação', environment: 'sandbox', users: [partnerUser.body.id] });
    expectStatus(customerKey, 201);
    plant('customer API key', customerKey.body.key, 'POST /v1/api-keys (customer user)');
    allow('customer API key', 'answer', /^POST \/v1\/api-keys → 201 body$/, 'the key, shown once at its creation');
    const requestId = `sigilo-${randomBytes(6).toString('hex')}`;
    expectStatus(await call('POST', '/v1/auth/token', { apiKey: customerKey.body.key, environment: 'production' }, null, { 'x-request-id': requestId }), 403);
    await world.ponte.apiAccess.requestLog.flush();
    const ticket = await call('POST', '/v1/support/tickets', { accountId, subject: 'Erro 403 na troca da chave', description: 'Veja a requisição', requestId }, agentToken);
    expectStatus(ticket, 201);
    expectStatus(await call('PATCH', `/v1/support/tickets/${ticket.body.id}`, { stage: 'initial_analysis' }, agentToken), 200);
    expectStatus(await call('POST', `/v1/support/tickets/${ticket.body.id}/escalate`, { reason: 'Precisa da engenharia' }, agentToken), 200);
    await waitFor(async () => world.receiver.received.some((delivery) => String(delivery.headers['user-agent']).includes('escalations')), 60_000);

    phase('people');
    // ---- People: passwords, logins, wrong passwords, cookie sessions, invitations and resets; API keys and tokens.
    for (let round = 1; round <= ROUNDS; round++) {
      const email = `operadora${round}@secrets.example`;
      const password = plant(`password ${round}`, uniqueSecret('pw-'), 'POST /v1/users password');
      expectStatus(await call('POST', '/v1/users', { email, name: `Operadora ${round}`, role: 'admin', password }), 201);
      const login = await call('POST', '/v1/auth/login', { email, password, environment: 'sandbox' }, null);
      expectStatus(login, 200);
      plant(`login token ${round}`, login.body.access_token, 'POST /v1/auth/login');
      allow(`login token ${round}`, 'answer', /^POST \/v1\/auth\/login → 200 body$/, 'the token the login issues');
      const wrongPassword = plant(`wrong password ${round}`, uniqueSecret('pw-wrong-'), 'POST /v1/auth/login and /v1/auth/sessions (refused)');
      expectStatus(await call('POST', '/v1/auth/login', { email, password: wrongPassword }, null), 401);
      expectStatus(await call('POST', '/v1/auth/sessions', { email, password: wrongPassword }, null), 401);

      const signIn = await call('POST', '/v1/auth/sessions', { email, password, environment: 'sandbox' }, null);
      expectStatus(signIn, 200);
      const sessionToken = /ponte_session=([^;]+)/.exec(signIn.headers.getSetCookie().join('\n'))![1]!;
      plant(`session cookie ${round}`, decodeURIComponent(sessionToken), 'POST /v1/auth/sessions (ponte_session cookie)');
      allow(`session cookie ${round}`, 'answer', /^POST \/v1\/auth\/sessions → 200 headers$/, 'the Set-Cookie that starts the session');
      const session = { cookie: `ponte_session=${sessionToken}; ponte_csrf=${signIn.body.csrfToken}`, csrf: signIn.body.csrfToken as string };
      expectStatus(await call('GET', '/v1/auth/sessions/current', undefined, session), 200);
      expectStatus(await call('GET', `/v1/integrations?accountId=${accountId}`, undefined, session), 200);
      const switched = await call('PUT', '/v1/auth/sessions/current/environment', { environment: 'production' }, session);
      expectStatus(switched, 200);
      const switchedToken = /ponte_session=([^;]+)/.exec(switched.headers.getSetCookie().join('\n'))![1]!;
      plant(`switched session cookie ${round}`, decodeURIComponent(switchedToken), 'PUT /v1/auth/sessions/current/environment (new ponte_session cookie)');
      allow(`switched session cookie ${round}`, 'answer', /^PUT \/v1\/auth\/sessions\/current\/environment → 200 headers$/, 'the Set-Cookie of the new session');
      expectStatus(await call('DELETE', '/v1/auth/sessions/current', undefined, { cookie: `ponte_session=${switchedToken}; ponte_csrf=${switched.body.csrfToken}`, csrf: switched.body.csrfToken }), 204);

      // A reset link by e-mail, used to set a new password, which then logs in.
      expectStatus(await call('POST', '/v1/auth/password-resets', { email }, null), 202);
      const resetMail = await mailTo(email, 'senha');
      const resetToken = decodeURIComponent(/token=([^&\s"]+)/.exec(resetMail.text)![1]!);
      plant(`reset link token ${round}`, resetToken, 'POST /v1/auth/password-resets (e-mailed link)');
      allow(`reset link token ${round}`, 'mail', new RegExp(`^mail to ${email} `), 'the link itself, e-mailed to the person who asked');
      const newPassword = plant(`new password ${round}`, uniqueSecret('pw-new-'), 'POST /v1/auth/password-resets/confirm password');
      expectStatus(await call('POST', '/v1/auth/password-resets/confirm', { token: resetToken, password: newPassword }, null), 204);
      expectStatus(await call('POST', '/v1/auth/password-resets/confirm', { token: resetToken, password: newPassword }, null), 400);
      const relogin = await call('POST', '/v1/auth/login', { email, password: newPassword }, null);
      expectStatus(relogin, 200);
      plant(`login token after reset ${round}`, relogin.body.access_token, 'POST /v1/auth/login (new password)');
      allow(`login token after reset ${round}`, 'answer', /^POST \/v1\/auth\/login → 200 body$/, 'the token the login issues');

      // An invitation: a user without a password gets a link.
      const invitedEmail = `convidada${round}@secrets.example`;
      expectStatus(await call('POST', '/v1/users', { email: invitedEmail, name: `Convidada ${round}`, role: 'customer', accountId }), 201);
      const invitation = await mailTo(invitedEmail, 'convidado');
      plant(`invitation link token ${round}`, decodeURIComponent(/token=([^&\s"]+)/.exec(invitation.text)![1]!), 'POST /v1/users without a password (e-mailed invitation)');
      allow(`invitation link token ${round}`, 'mail', new RegExp(`^mail to ${invitedEmail} `), 'the link itself, e-mailed to the person invited');

      // An API key, shown once, exchanged for a token; a wrong key; the key revoked, then tried again.
      const key = await call('POST', '/v1/api-keys', { name: `integração ${round}`, environment: 'sandbox' });
      expectStatus(key, 201);
      plant(`API key ${round}`, key.body.key, 'POST /v1/api-keys');
      const token = await call('POST', '/v1/auth/token', { apiKey: key.body.key, environment: 'sandbox' }, null);
      expectStatus(token, 200);
      plant(`access token ${round}`, token.body.access_token, 'POST /v1/auth/token');
      allow(`access token ${round}`, 'answer', /^POST \/v1\/auth\/token → 200 body$/, 'the token the exchange issues');
      expectStatus(await call('GET', '/v1/auth/me', undefined, token.body.access_token), 200);
      const wrongKey = plant(`unknown API key ${round}`, `pk_sandbox_${randomBytes(24).toString('base64url')}`, 'POST /v1/auth/token apiKey (unknown)');
      expectStatus(await call('POST', '/v1/auth/token', { apiKey: wrongKey }, null), 401);
      expectStatus(await call('POST', `/v1/api-keys/${key.body.id}/revoke`, {}), 200);
      expectStatus(await call('POST', '/v1/auth/token', { apiKey: key.body.key }, null), 401);
      expectStatus(await call('GET', '/v1/auth/me', undefined, `${token.body.access_token}x`), 401);
    }
    phase('cli');
    const admin = await adminByCli;
    expect(admin.code, admin.stderr).toBe(0);
    expectStatus(await call('POST', '/v1/auth/login', { email: 'cli-admin@secrets.example', password: cliPassword, environment: 'sandbox' }, null), 200);
    const cliKey = await keyByCli;
    expect(cliKey.code, cliKey.stderr).toBe(0);
    plant('CLI API key', (JSON.parse(cliKey.stdout) as Json).key, 'ponte keys create');
    allow('CLI API key', 'cli', /^ponte keys create stdout$/, 'the key, printed once by the command that made it');

    for (const name of ['gateway key', 'partner API key']) allow(name, 'answer', /^POST \/v1\/api-keys → 201 body$/, 'the key, shown once at its creation');
    for (let round = 1; round <= ROUNDS; round++) allow(`API key ${round}`, 'answer', /^POST \/v1\/api-keys → 201 body$/, 'the key, shown once at its creation');
    allow('partner access token', 'answer', /^POST \/v1\/auth\/token → 200 body$/, 'the token the exchange issues');

    phase('work');
    // ---- Real work: charges made, synced, paid (PagHiper calls back), buyers told by e-mail and WhatsApp, the
    // store's system by webhook; a sync that fails at the provider with the credentials in its requests.
    // The WhatsApp sandbox refuses the next message: a failed send with the sender's token in its request.
    await control('whatsapp-cloud', 'POST', '/_control/errors/next', { code: 131000 });
    expectStatus(await call('POST', '/v1/notification-rules', { accountId, environment: 'sandbox', eventType: 'payment.paid', channel: 'whatsapp', phoneTo: ['+55 11 97777-0000'] }), 201);
    const buyerName = `Maria ${randomLetters(14)}`;
    for (let round = 1; round <= ROUNDS; round++) {
      const orderId = `pedido-sigilo-${round}`;
      const charge = await call('POST', `/v1/integrations/${integrationId}/actions/create_charge`, {
        method: 'boleto',
        orderId,
        payer: { name: buyerName, email: `comprador${round}@secrets.example`, document: '11144477735', phone: `(11) 98765-43${String(20 + round)}` },
        items: [{ id: 'kit-1', description: 'Kit', quantity: 1, priceCents: 4990 + round }],
        daysDueDate: 3,
        notificationUrl: callbackUrl,
      });
      expectStatus(charge, 200);
      const transactionId = (charge.body.result ?? charge.body).externalId as string;
      expectStatus(await call('POST', `/v1/integrations/${integrationId}/sync`, {}), 202);
      await mailTo(`comprador${round}@secrets.example`, 'Transportes Sigilo');
      expect(await control('paghiper', 'POST', `/_control/transactions/${transactionId}/status`, { status: 'paid' })).toMatchObject({ changed: true });
      await mailTo(`comprador${round}@secrets.example`, orderId);
      await waitFor(async () => world.receiver.received.filter((delivery) => delivery.body.includes('"payment.paid"')).length >= round, 60_000);
    }
    for (const id of [reclameAqui.body.id, ticketLogRequest.body.id, maxiFrotaId]) expectStatus(await call('POST', `/v1/integrations/${id}/sync`, {}), 202);
    // PagHiper down for a whole poll (every retry in place), its credentials in each refused request.
    const failedRuns = async () => ((await call('GET', `/v1/integrations/${integrationId}/sync-runs`)).body.data as Json[]).filter((run) => run.status === 'failed').length;
    const failedBefore = await failedRuns();
    await control('paghiper', 'POST', '/_control/faults/next', { faults: Array.from({ length: 8 }, () => ({ kind: 'status', status: 503 })) });
    expectStatus(await call('POST', `/v1/integrations/${integrationId}/sync`, {}), 202);
    await waitFor(async () => (await failedRuns()) > failedBefore, 60_000);
    await control('paghiper', 'DELETE', '/_control/faults');
    await waitFor(async () => ((await call('GET', `/v1/integrations/${maxiFrotaId}/records`)).body.data as Json[]).length > 0, 60_000);
    await waitFor(async () => ((await call('GET', `/v1/integrations/${ticketLogRequest.body.id}/records`)).body.data as Json[]).length > 0, 60_000);

    phase('providerTokens');
    // ---- Tokens providers issued, learnt from their answers: each may go only back to its provider.
    const exchangesOf = (provider: string) => world.proxies.flatMap((proxy) => proxy.exchanges).filter((exchange) => exchange.provider === provider);
    const hugmeTokens = new Set(
      exchangesOf('reclame-aqui')
        .filter((exchange) => exchange.url.includes('/oauth/token') && exchange.status === 200)
        .map((exchange) => (JSON.parse(exchange.responseBody) as Json).access_token as string),
    );
    expect(hugmeTokens.size, 'HugMe issued an access token').toBeGreaterThan(0);
    for (const [index, hugmeToken] of [...hugmeTokens].entries()) {
      plant(`HugMe access token ${index + 1}`, hugmeToken, 'HugMe’s token answer (kept in the vault)');
      allow(`HugMe access token ${index + 1}`, 'provider-request', /^reclame-aqui: /, 'the Authorization header of HugMe calls');
    }
    const exchanged = exchangesOf('maxi-frota').find((exchange) => exchange.status < 300 && exchange.requestBody.includes(chaveAutorizacao));
    const maxiFrotaTokens = JSON.parse(exchanged!.responseBody) as { access_token: string; refresh_token: string };
    plant('Maxi Frota access token', maxiFrotaTokens.access_token, 'Maxi Frota’s answer to the key exchange (kept in the vault)');
    allow('Maxi Frota access token', 'provider-request', /^maxi-frota: /, 'the Authorization header of Maxi Frota calls');
    plant('Maxi Frota refresh token', maxiFrotaTokens.refresh_token, 'Maxi Frota’s answer to the key exchange (kept in the vault)');
    allow('Maxi Frota refresh token', 'provider-request', /^maxi-frota: POST \/auth\/token/, 'renews the pair at Maxi Frota, when a run lasts that long', { optional: true });

    phase('lists');
    // ---- Lists that show the stored objects, read at the end so they show everything made above.
    for (const path of [
      `/v1/integrations?accountId=${accountId}`,
      ...[integrationId, reclameAqui.body.id, ticketLogRequest.body.id, maxiFrotaId].flatMap((id) => [`/v1/integrations/${id}`, `/v1/integrations/${id}/checklist`, `/v1/integrations/${id}/timeline`, `/v1/integrations/${id}/sync-runs`, `/v1/integrations/${id}/records`]),
      `/v1/notification-rules?accountId=${accountId}`,
      `/v1/notifications?accountId=${accountId}&limit=500`,
      `/v1/accounts/${accountId}/whatsapp-senders`,
      '/v1/api-keys',
      '/v1/api-requests?limit=500',
      `/v1/api-requests?limit=500&partnerApiId=${partnerApi.body.id}`,
      '/v1/audit-log?limit=500',
      `/v1/events?accountId=${accountId}&limit=500`,
      '/v1/tickets?limit=200',
      '/v1/users',
      '/v1/partner-apis',
      `/v1/accounts/${accountId}`,
    ]) {
      const listed = await call('GET', path);
      expect(listed.status, `${path}: ${listed.text.slice(0, 500)}`).toBeLessThan(300);
    }

    phase('scan');
    // ---- Everything settles, then every source is read.
    await world.ponte.apiAccess.requestLog.flush();
    await world.ponte.eventsReadable();
    const archivedJobs = await archiveFinishedJobs(world.ponte.database.pool);
    expect(archivedJobs, 'finished jobs moved to pg-boss’s archive').toBeGreaterThan(0);
    // The buyers' WhatsApp messages go out on their own time: the scan reads them once they are there.
    const whatsappSent = async () => (await control('whatsapp-cloud', 'GET', '/_control/messages')).messages as Json[];
    await waitFor(async () => JSON.stringify(await whatsappSent()).includes(buyerName), 60_000);
    const whatsappMessages = await whatsappSent();
    const items: ScannedItem[] = [
      ...(await dumpDatabase(world.ponte.database.pool)),
      ...world.logLines.map((line, index) => ({ source: 'log' as const, label: `log line ${index + 1}`, text: line })),
      ...answerItems(world.answers),
      ...world.mailbox.messages().map((mail) => ({ source: 'mail' as const, label: `mail to ${mail.to.join(', ')} "${mail.subject}"`, text: `${JSON.stringify(mail.headers)}\n${mail.text}\n${mail.html ?? ''}` })),
      ...world.receiver.received.map((delivery, index) => ({ source: 'webhook' as const, label: `webhook delivery ${index + 1}`, text: `${JSON.stringify(delivery.headers)}\n${delivery.body}` })),
      ...whatsappMessages.map((message, index) => ({ source: 'whatsapp' as const, label: `WhatsApp message ${index + 1}`, text: JSON.stringify(message) })),
      ...providerRequestItems(world.proxies.flatMap((proxy) => proxy.exchanges)),
      ...world.cliRuns.flatMap((run) => [
        { source: 'cli' as const, label: `ponte ${run.args.slice(0, 2).join(' ')} stdout`, text: run.stdout },
        { source: 'cli' as const, label: `ponte ${run.args.slice(0, 2).join(' ')} stderr`, text: run.stderr },
      ]),
    ];

    // The scan can see: a control word that went everywhere on purpose (the buyer's name; and one log line) is
    // found in every source, so a source captured empty cannot pass for a clean one.
    const controlWord = buyerName.split(' ')[1]!;
    world.ponte.logger.debug({ buyer: buyerName }, 'secrets scan: control line');
    const logItems = world.logLines.map((line, index) => ({ source: 'log' as const, label: `log line ${index + 1}`, text: line }));
    const reached = [...items.filter((item) => item.source !== 'log'), ...logItems].filter((item) => item.text.includes(controlWord)).map((item) => item.source);
    // The commands run before the buyer existed: their capture shows in the key they printed (an allowance, below).
    for (const source of SOURCES.filter((source) => source !== 'cli')) expect(reached, `the control word was captured in ${source}`).toContain(source);

    if (DUMP_FILE) writeFileSync(DUMP_FILE, JSON.stringify({ planted: scanner.planted, items }, null, 1));
    const findings = scanner.scan(items);
    phase(null);
    const seconds = (performance.now() - started) / 1000;
    const unusedAllowances = [...scanner.allowedSeen].filter(([allowance, seen]) => seen === 0 && !allowance.optional).map(([allowance]) => `${allowance.secret} in ${allowance.source} (${allowance.where})`);
    reportFigures('secrets', {
      rounds: ROUNDS,
      archivedJobs,
      secretsPlanted: scanner.planted.length,
      paths: [...new Set(scanner.planted.map((secret) => secret.path))].length,
      allowances: scanner.allowances.length,
      allowedAppearances: [...scanner.allowedSeen.values()].reduce((sum, seen) => sum + seen, 0),
      bytesScanned: scanner.bytes,
      itemsScanned: scanner.items,
      findings: findings.length,
      unusedAllowances,
      seconds,
      phases,
    });
    expect(findings, `secrets found where they do not belong:\n${describeFindings(findings)}`).toEqual([]);
    // Each place a secret must go was seen holding it: the capture of that source works.
    expect(unusedAllowances, 'allowed appearances never seen (a capture that missed what it should have seen)').toEqual([]);
  });
});

function randomLetters(count: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from(randomBytes(count), (byte) => letters[byte % letters.length]).join('').replace(/^./, (first) => first.toUpperCase());
}
