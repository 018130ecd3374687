import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { connectLinkIn } from '../flows/onboarding-support.ts';
import { browserAvailable, launchBrowser, screenshot, watchPage, type TestBrowser } from '../support/browser.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PASSWORD = 'senha-do-portal-123';
// The page expects some API answers to be errors (401 before sign-in, 404 for another account's resources).
const EXPECTED_HTTP_ERRORS = /Failed to load resource/;

/**
 * The customer portal in a real browser against a whole Ponte (provider sandboxes over HTTP, real SMTP to a local
 * mailbox): a fuel card requested, connected through the e-mailed /connect link and validated; and one account never
 * seeing another's integration, ticket or the console through a typed URL.
 */
describe.runIf(browserAvailable)('the customer portal: a fuel card from request to validation, and tenancy by URL', () => {
  let ponte: TestPonte;
  let mailbox: LocalMailbox;
  let address: string;
  let admin: string;
  let browser: TestBrowser;

  const call = async (method: string, path: string, body?: unknown, token = admin) => {
    const response = await fetch(`${address}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (response.status === 204 ? null : await response.json()) as Json };
  };
  const sandbox = async (key: 'maxi-frota' | 'paghiper', path: string, body: unknown = {}) => {
    const response = await fetch(`${new URL(ponte.sandboxes[key]!.baseUrl).origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as Json;
  };
  /** An account with a contact and a customer user who signs in with a password. */
  const customerAccount = async (name: string, domain: string) => {
    const account = await ponte.accounts.createAccount(cliActor, { name, contactEmail: `contato@${domain}`, contactName: 'Marina Souza' });
    const user = await ponte.accounts.createUser(cliActor, { email: `gestor@${domain}`, name: 'Gestor', role: 'customer', accountId: account.id, password: PASSWORD });
    return { account, user, contactEmail: `contato@${domain}` };
  };
  const signIn = async (page: Page, email: string) => {
    // One browser profile serves both tests: the previous customer's session cookie goes first.
    await browser.context.clearCookies();
    await page.goto(`${address}/portal`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Senha/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Suas integrações' }).waitFor({ timeout: 60_000 });
  };

  beforeAll(async () => {
    mailbox = await startLocalMailbox();
    ponte = await startTestPonte({ sandboxes: true, smtpUrl: mailbox.url, env: { PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>' } });
    address = await ponte.listen();
    admin = await ponte.adminToken();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await ponte?.dispose();
    await mailbox?.close();
  });

  it('a customer requests Maxi Frota, sends the key through the e-mailed /connect link, sees it active and confirms the first fuel data', async () => {
    const { user, contactEmail } = await customerAccount('Transportes Rio Claro', 'rioclaro.example');
    // The sandbox customer has a history of fuelings, which the backfill brings in once the key is exchanged.
    const { clientId } = await sandbox('maxi-frota', '/_control/credentials');
    await sandbox('maxi-frota', '/_control/transactions', { clientId, count: 3 });
    const { chaveAutorizacao } = (await sandbox('maxi-frota', '/_control/authorization-keys', { clientId })) as { chaveAutorizacao: string };

    const page = await browser.context.newPage();
    const problems = await watchPage(page, { ignoreConsole: EXPECTED_HTTP_ERRORS });
    await signIn(page, user.email);

    await page.getByTestId('connect-provider').click();
    await page.getByRole('heading', { level: 1, name: 'Catálogo de provedores' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('connector-maxi-frota').getByRole('link', { name: 'Solicitar integração com Maxi Frota' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solicitar integração: Maxi Frota' }).waitFor({ timeout: 60_000 });
    // The session acts in production; this request is for the provider's test environment.
    await page.getByTestId('field-environment').getByText('Homologação').click();
    // The key is not at hand now: it goes through the /connect link the contact gets by e-mail.
    await page.getByRole('switch', { name: 'Informar as credenciais agora' }).uncheck();
    await expect.poll(() => page.getByTestId('field-credentials.authorizationKey').count()).toBe(0);
    await page.getByTestId('request-submit').click();

    await page.waitForURL(/\/portal\/integracoes\/int_[A-Za-z0-9]+$/, { timeout: 60_000 });
    const integrationId = /\/portal\/integracoes\/(int_[A-Za-z0-9]+)$/.exec(page.url())![1]!;
    await page.locator('[data-testid="next-step"][data-state="awaiting_customer"]').waitFor({ timeout: 60_000 });
    const integration = (await call('GET', `/v1/integrations/${integrationId}`)).body;
    expect(integration).toMatchObject({ connector: 'maxi-frota', environment: 'sandbox', state: 'awaiting_customer' });

    // The contact gets the one-time link and the customer opens it in the browser.
    const instructions = await mailbox.waitFor((mail) => mail.to.includes(contactEmail) && mail.subject.includes('envie a chave de autorização'), 60_000);
    await page.goto(connectLinkIn(instructions));
    await page.getByRole('heading', { level: 1, name: 'Conectar Maxi Frota' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Chave de autorização').fill(chaveAutorizacao);
    await page.getByRole('button', { name: 'Enviar com segurança' }).click();
    await page.getByRole('heading', { level: 1, name: 'Integração ativa' }).waitFor({ timeout: 60_000 });
    expect(await page.content()).not.toContain(chaveAutorizacao);

    // Back in the portal: active, the first fuel transactions listed, and the question about them.
    await page.goto(`${address}/portal/integracoes/${integrationId}`);
    await page.locator('[data-testid="integration-page"] [data-state="active"]').first().waitFor({ timeout: 60_000 });
    await page.getByText('Ativa', { exact: true }).first().waitFor();
    const validation = page.getByTestId('validation');
    await validation.getByText('Os dados estão corretos?').waitFor({ timeout: 60_000 });
    await validation.getByTestId('record-row').first().waitFor({ timeout: 60_000 });
    expect(await validation.getByTestId('validation-answer').count()).toBe(0);

    await validation.getByTestId('validation-yes').click();
    const answer = validation.locator('[data-testid="validation-answer"][data-answer="integration.data_confirmed"]');
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.textContent()).toBeTruthy();
    await screenshot(page, 'portal-fuel-card-validated');

    // The server recorded the customer's answer.
    await ponte.eventsReadable();
    const confirmed = (await call('GET', `/v1/events?type=integration.data_confirmed&integrationId=${integrationId}`)).body.data as Json[];
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]).toMatchObject({ integrationId, environment: 'sandbox', data: { connector: 'maxi-frota' } });
    expect((await call('GET', `/v1/integrations/${integrationId}`)).body.state).toBe('active');
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows a customer nothing of another account by URL: integration and ticket not found, no console', async () => {
    const alfa = await customerAccount('Frota Alfa Transportes', 'alfa.example');
    const beta = await customerAccount('Loja Beta Cobranças', 'beta.example');
    // A's own integration waits for its key; B's is a working PagHiper one.
    const mine = await call('POST', '/v1/integrations', { accountId: alfa.account.id, connector: 'maxi-frota', environment: 'sandbox', config: { retroactiveMonths: 0 } });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const { apiKey, token } = await sandbox('paghiper', '/_control/credentials');
    const theirs = await call('POST', '/v1/integrations', { accountId: beta.account.id, connector: 'paghiper', environment: 'sandbox', credentials: { apiKey, token } });
    expect(theirs).toMatchObject({ status: 201, body: { state: 'active' } });
    const betaToken = await ponte.tokenFor(beta.user.id);
    const ticket = await call('POST', '/v1/tickets', { subject: 'Boletos duplicados na Loja Beta', message: { body: 'Os boletos da PagHiper aparecem duas vezes.' } }, betaToken);
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
    const betaSecrets = [beta.account.name, 'Loja Beta', 'PagHiper', 'Boletos duplicados', apiKey as string, theirs.body.id as string, ticket.body.id as string];

    const page = await browser.context.newPage();
    const problems = await watchPage(page, { ignoreConsole: EXPECTED_HTTP_ERRORS });
    await signIn(page, alfa.user.email);
    // The home lists A's integration only.
    await page.getByTestId(`integration-${mine.body.id}`).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId(`integration-${theirs.body.id}`).count()).toBe(0);

    for (const path of [`/portal/integracoes/${theirs.body.id}`, `/portal/chamados/${ticket.body.id}`]) {
      await page.goto(`${address}${path}`);
      await page.getByRole('heading', { name: 'Página não encontrada' }).waitFor({ timeout: 60_000 });
      const text = await page.locator('body').innerText();
      for (const secret of betaSecrets) expect(text, `${path} shows ${secret}`).not.toContain(secret);
      expect(await page.getByTestId('integration-page').count()).toBe(0);
      expect(await page.getByTestId('ticket-page').count()).toBe(0);
    }

    // A's own integration page, opened the same way, shows normally.
    await page.goto(`${address}/portal/integracoes/${mine.body.id}`);
    await page.locator(`[data-testid="integration-page"][data-integration-id="${mine.body.id}"]`).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: 'Maxi Frota' }).waitFor();
    await page.locator('[data-testid="next-step"][data-state="awaiting_customer"]').waitFor({ timeout: 60_000 });
    expect(await page.getByText('Página não encontrada').count()).toBe(0);

    // The console is for staff: a customer gets the no-access message, not its data.
    await page.goto(`${address}/console`);
    await page.getByText('Sua conta não tem acesso a esta área.').waitFor({ timeout: 60_000 });
    const consoleText = await page.locator('body').innerText();
    for (const secret of betaSecrets) expect(consoleText, `/console shows ${secret}`).not.toContain(secret);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 300_000);
});
