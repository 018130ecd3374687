import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { browserAvailable, launchBrowser, screenshot, watchPage, type TestBrowser } from '../support/browser.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// The Done-when, in a browser and through screens only: an operator invites a store's owner, who sets a
// password from the e-mail, picks PagHiper in the catalog, pastes a test store's apiKey and token from the sandbox's
// panel, gives PagHiper the callback URL, sees a paid charge arrive and the checklist turn green; the console shows
// the same integration green.
const ADMIN = { email: 'operacao@ponte.example', password: 'senha-da-operacao-123' };
const OWNER = { email: 'dona@lojadabia.example', name: 'Bia Lima', password: 'senha-da-loja-da-bia-123' };
// Server work (a backfill, a callback confirmed with the provider) on a busy 2-core machine: a bound, not a measure.
const SERVER_WORK = { timeout: 90_000 };
// HTTP answers the pages expect and handle (401 before sign-in): the browser logs them as failed resources.
const EXPECTED_HTTP = /Failed to load resource/;

let ponte: TestPonte;
let mailbox: LocalMailbox;
let address: string;
let operator: TestBrowser;
let owner: TestBrowser;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Senha/).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

describe.runIf(browserAvailable)('a store owner connects PagHiper through the portal', () => {
  beforeAll(async () => {
    mailbox = await startLocalMailbox();
    ponte = await startTestPonte({ sandboxes: true, smtpUrl: mailbox.url });
    address = await ponte.listen();
    await ponte.accounts.createUser(cliActor, { email: ADMIN.email, name: 'Operação', role: 'admin', password: ADMIN.password });
    operator = await launchBrowser();
    owner = await launchBrowser();
  });
  afterAll(async () => {
    await owner?.close();
    await operator?.close();
    await ponte?.dispose();
    await mailbox?.close();
  });

  it('goes from an invitation to an active integration with a paid charge and a green checklist, on screens only', async () => {
    // The operator creates the store's account and invites its owner.
    const consolePage = await operator.context.newPage();
    const consoleProblems = await watchPage(consolePage, { ignoreConsole: EXPECTED_HTTP });
    await consolePage.goto(`${address}/console/contas`);
    await signIn(consolePage, ADMIN.email, ADMIN.password);
    await consolePage.getByRole('heading', { level: 1, name: 'Contas e usuários' }).waitFor(SERVER_WORK);
    await consolePage.getByTestId('create-account').click();
    const accountForm = consolePage.getByTestId('create-account-form');
    await accountForm.getByLabel(/^Nome(?! do)/).fill('Loja da Bia');
    await accountForm.getByLabel('E-mail de contato').fill(OWNER.email);
    await accountForm.getByRole('button', { name: 'Criar conta' }).click();
    await consolePage.getByRole('link', { name: 'Loja da Bia' }).click();
    await consolePage.getByRole('heading', { level: 1, name: 'Loja da Bia' }).waitFor(SERVER_WORK);
    await consolePage.getByTestId('invite-user').click();
    const inviteForm = consolePage.getByTestId('invite-form');
    await inviteForm.getByLabel('E-mail').fill(OWNER.email);
    await inviteForm.getByLabel('Nome').fill(OWNER.name);
    await inviteForm.getByRole('button', { name: 'Enviar convite' }).click();
    await consolePage.getByTestId('account-users').getByText(OWNER.email).waitFor(SERVER_WORK);

    // The owner follows the invitation, sets a password and signs in to the portal.
    const invitation = await mailbox.waitFor((mail) => mail.to.includes(OWNER.email), 60_000);
    const link = /https?:\/\/\S+?\/portal\/redefinir-senha\?token=[\w%-]+&convite=1/.exec(invitation.text ?? '')?.[0];
    expect(link, 'the invitation carries a link to set a password').toBeTruthy();
    const portal = await owner.context.newPage();
    const portalProblems = await watchPage(portal, { ignoreConsole: EXPECTED_HTTP });
    const { pathname, search } = new URL(link!);
    await portal.goto(`${address}${pathname}${search}`);
    await portal.getByLabel(/^Nova senha/).fill(OWNER.password);
    await portal.getByLabel('Repita a nova senha').fill(OWNER.password);
    await portal.getByRole('button', { name: 'Salvar' }).click();
    await portal.getByRole('link', { name: 'Entrar' }).click();
    await signIn(portal, OWNER.email, OWNER.password);
    await portal.getByRole('heading', { level: 1, name: 'Suas integrações' }).waitFor(SERVER_WORK);

    // From the catalog to PagHiper's request form, in the sandbox environment.
    await portal.getByTestId('connect-provider').click();
    await portal.getByRole('heading', { level: 1, name: 'Catálogo de provedores' }).waitFor();
    await screenshot(portal, 'done-when-portal-catalog');
    await portal.getByTestId('connector-paghiper').getByRole('link', { name: 'Solicitar integração com PagHiper' }).click();
    await portal.getByTestId('field-environment').getByText('Homologação').click();

    // A test store's credentials, read from the sandbox's panel as a store owner reads them from PagHiper's.
    const panel = await owner.context.newPage();
    await panel.goto(`${ponte.sandboxes.paghiper!.address}/painel`);
    await panel.getByRole('button', { name: 'Criar loja de teste' }).click();
    const apiKey = (await panel.locator('#api-key').textContent())!.trim();
    const token = (await panel.locator('#token').textContent())!.trim();

    await portal.getByLabel('API Key').fill(apiKey);
    await portal.getByLabel('Token').fill(token);
    await portal.getByTestId('request-submit').click();
    await portal.getByTestId('integration-page').waitFor(SERVER_WORK);
    await portal.getByText('Ativa').first().waitFor(SERVER_WORK);
    const integrationId = await portal.getByTestId('integration-page').getAttribute('data-integration-id');
    expect(integrationId).toMatch(/^int_/);

    // PagHiper is told where to send its notifications: the callback URL the portal shows.
    const callbackUrl = (await portal.getByTestId('callback-url').textContent())!.trim();
    expect(callbackUrl).toContain(`/hooks/${integrationId}/`);
    await panel.getByLabel('URL de notificação').fill(callbackUrl);
    await panel.getByRole('button', { name: 'Salvar URL' }).click();
    // The owner's customer pays a charge: PagHiper sends the callback, Ponte confirms it and records the payment.
    const pendingRow = panel.locator('tr', { hasText: 'Aguardando pagamento' }).first();
    const paidCharge = await pendingRow.getAttribute('data-transaction');
    await pendingRow.getByRole('button', { name: 'Marcar como paga' }).click();
    await panel.locator(`tr[data-transaction="${paidCharge}"]`, { hasText: 'Pago' }).waitFor();

    // The portal's report counts the paid charge and the checklist is green, without a reload (live updates).
    await expect.poll(async () => portal.locator('[data-checklist-status]').getAttribute('data-checklist-status'), SERVER_WORK).toBe('green');
    await expect
      .poll(async () => Number((await portal.getByTestId('report-paid').getAttribute('data-count')) ?? 0), SERVER_WORK)
      .toBeGreaterThan(0);
    const record = await ponte.app.inject({
      method: 'GET',
      url: `/v1/integrations/${integrationId}/records?limit=200`,
      headers: { authorization: `Bearer ${await ponte.adminToken()}` },
    });
    const paidRecord = (record.json().data as { externalId: string; status: string | null }[]).find((row) => row.externalId === paidCharge);
    expect(paidRecord?.status).toBe('paid');
    await screenshot(portal, 'done-when-portal-integration');

    // The operator sees the same integration, green, in the console.
    await consolePage.goto(`${address}/console/integracoes/${integrationId}`);
    await consolePage.getByTestId('integration-detail').waitFor(SERVER_WORK);
    await consolePage.getByTestId('tab-checklist').waitFor();
    await expect.poll(async () => consolePage.locator('[data-checklist-status]').first().getAttribute('data-checklist-status'), SERVER_WORK).toBe('green');
    await screenshot(consolePage, 'done-when-console-integration');

    expect(portalProblems).toEqual([]);
    expect(consoleProblems).toEqual([]);
  }, 600_000);
});
