import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { browserAvailable, launchBrowser, watchPage, type TestBrowser } from '../support/browser.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/*
 * The console's support desk in a browser, against a real Ponte and the HugMe sandbox over HTTP: an agent answers a
 * Reclame Aqui complaint from its ticket (the answer lands in the sandbox; a refusal shows HugMe's words), and an
 * escalation without evidence lists what is missing and leaves the ticket where it was.
 */

const AGENT = { email: 'atendente@operadora.example', password: 'senha-do-atendente-123' };
// The browser logs the API's expected refusals (401 before sign-in, 422 from HugMe's or the gate's no).
const EXPECTED_HTTP_ERRORS = /Failed to load resource/;
const LONG = { timeout: 60_000 };

let ponte: TestPonte;
let address: string;
let browser: TestBrowser;
let admin: string;
let agentId: string;
let agent: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

/** The HugMe sandbox's own control API (its origin: HugMe's base URL ends in /api). */
async function control<T = Record<string, unknown>>(method: string, path: string, body?: object): Promise<T> {
  const origin = new URL(ponte.sandboxes['reclame-aqui']!.baseUrl).origin;
  const response = await fetch(`${origin}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

interface HugmeTicket {
  interactions: { ticket_interaction_type_id: number; message: string; privacy: boolean }[];
}

/** An account converting its Reclame Aqui complaints, with one complaint synced into its ticket. */
async function complaintTicket(title: string) {
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Loja Reclamada' });
  const client = await control<{ client_id: string; client_secret: string; company: { id: number } }>('POST', '/_control/credentials', { history_days: 0, complaints_per_day: 0 });
  const created = await call('POST', '/v1/integrations', admin, {
    accountId: account.id,
    connector: 'reclame-aqui',
    environment: 'sandbox',
    config: { companyEmail: 'sac@loja.example', retroactiveMonths: 0, companyId: client.company.id },
    credentials: { clientId: client.client_id, clientSecret: client.client_secret },
  });
  expect(created.json()).toMatchObject({ state: 'active' });
  const integrationId = created.json().id as string;
  const conversion = await call('PUT', `/v1/integrations/${integrationId}/complaint-conversion`, agent, {
    enabled: true,
    customerType: 'Consumidor final',
    region: 'Sudeste',
    creatorUserId: agentId,
    sector: 'SAC',
    occurrenceType: 'Reclamação',
    occurrence: 'Reclame Aqui',
    solutions: ['Estorno realizado'],
  });
  expect(conversion.statusCode).toBe(200);
  const complaint = await control<{ id: number }>('POST', '/_control/complaints', {
    client_id: client.client_id,
    complaint_title: title,
    complaint_content: 'Fui cobrada duas vezes pelo mesmo plano em março.',
    customer: { name: 'Carla Dias', email: ['carla@example.com.br'] },
  });
  // A poll of the integration, then the reactions that turn its events into the ticket.
  expect(await ponte.sync.engine.poll(integrationId)).toMatchObject({ status: 'succeeded' });
  await ponte.eventsReadable();
  await ponte.eventReactions.runAll();
  const tickets = (await call('GET', `/v1/tickets?integrationId=${integrationId}&kind=complaint`, admin)).json().data as { id: string }[];
  expect(tickets).toHaveLength(1);
  return { complaintId: complaint.id, ticketId: tickets[0]!.id };
}

/** Signs the agent in through the console's form (the session is an HttpOnly cookie the browser context keeps). */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${address}/console`);
  await page.getByLabel('E-mail').fill(AGENT.email);
  await page.getByLabel('Senha').fill(AGENT.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('link', { name: 'Atendimento' }).first().waitFor(LONG);
}

describe.runIf(browserAvailable)('the console’s support desk in a browser', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    ponte = await startTestPonte({ sandboxes: true, workers: false });
    address = await ponte.listen();
    admin = await ponte.adminToken();
    const user = await ponte.accounts.createUser(cliActor, { email: AGENT.email, name: 'Atendente', role: 'agent', password: AGENT.password });
    agentId = user.id;
    agent = await ponte.tokenFor(agentId);
    // A reaction sees the events after its first run: this is that run.
    await ponte.eventReactions.runAll();
    browser = await launchBrowser({ locale: 'pt-BR' });
    const page = await browser.context.newPage();
    const problems = await watchPage(page, { ignoreConsole: EXPECTED_HTTP_ERRORS });
    await signIn(page);
    await page.close();
    expect(problems).toEqual([]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ponte?.dispose();
  });

  it('sends an agent’s answer to Reclame Aqui from the ticket, and shows HugMe’s refusal in its words', async () => {
    const title = `Cobrança em dobro ${Date.now()}`;
    const { complaintId, ticketId } = await complaintTicket(title);
    const page = await browser.context.newPage();
    const problems = await watchPage(page, { ignoreConsole: EXPECTED_HTTP_ERRORS });

    await page.goto(`${address}/console/chamados`);
    await page.getByRole('heading', { level: 1, name: 'Atendimento' }).waitFor(LONG);
    const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`);
    await row.waitFor(LONG);
    expect(await row.getAttribute('data-kind')).toBe('complaint');
    // The list may still shift as each row's SLA arrives: a click that met a moving row is tried again.
    const ticketUrl = `${address}/console/chamados/${ticketId}`;
    for (let attempt = 0; page.url() !== ticketUrl && attempt < 5; attempt++) {
      await row.getByRole('link', { name: title }).click();
      await page.waitForURL(ticketUrl, { timeout: 10_000 }).catch(() => {});
    }
    await page.waitForURL(ticketUrl);
    // The ticket's subject is the complaint's title, marked as Reclame Aqui's.
    expect(await page.getByTestId('ticket-subject').textContent()).toBe(`Reclame Aqui: ${title}`);
    // A complaint ticket opens on its Reclame Aqui tab.
    const panel = page.getByTestId('complaint-panel');
    await panel.waitFor(LONG);

    const message = `Olá, Carla! O estorno foi feito hoje (protocolo ${Date.now()}).`;
    await panel.getByRole('textbox', { name: 'Mensagem' }).fill(message);
    await panel.getByTestId('complaint-answer-send').click();
    await expect.poll(() => panel.getByTestId('complaint-answer-result').textContent(), LONG).toContain('Enviada ao Reclame Aqui.');
    // The sandbox's own record of the complaint holds the answer, public.
    const hugme = await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`);
    expect(hugme.interactions).toContainEqual(expect.objectContaining({ message, privacy: false }));

    // HugMe says no to the next call: the page shows its words, and nothing reaches the sandbox.
    await control('POST', '/_control/faults/next', { faults: [{ kind: 'status', status: 400, body: { message: 'O ticket não permite esta ação no momento', code: 4091, success: false } }] });
    const refused = `Resposta que não vai chegar ${Date.now()}.`;
    await panel.getByRole('textbox', { name: 'Mensagem' }).fill(refused);
    await panel.getByTestId('complaint-answer-send').click();
    await expect.poll(() => panel.getByTestId('complaint-answer-error').textContent(), LONG).toContain('O ticket não permite esta ação no momento');
    const after = await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`);
    expect(after.interactions.some((interaction) => interaction.message === refused)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('lists the missing evidence when an agent escalates without it, and leaves the ticket’s stage as it was', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'dev@rioclaro.example', name: 'Dev Rio Claro', role: 'customer', accountId: account.id });
    const opened = await call('POST', '/v1/support/tickets', await ponte.tokenFor(customer.id), { subject: 'Erro de madrugada', description: 'Nossa rotina falha de madrugada com erro 500' });
    expect(opened.statusCode).toBe(201);
    const ticket = opened.json() as { id: string; stage: string; team: string };
    const page = await browser.context.newPage();
    const problems = await watchPage(page, { ignoreConsole: EXPECTED_HTTP_ERRORS });

    await page.goto(`${address}/console/chamados/${ticket.id}`);
    await page.getByTestId('ticket-subject').waitFor(LONG);
    expect(await page.getByTestId('ticket-subject').textContent()).toBe('Erro de madrugada');
    await page.getByTestId('tab-escalate').click();
    await page.getByTestId('escalate-submit').click();
    const missing = page.getByTestId('missing-evidence');
    await missing.waitFor(LONG);
    expect(await missing.textContent()).toContain('Não foi possível escalar: faltam evidências obrigatórias');
    const items = missing.locator('li[data-item]');
    expect(await items.evaluateAll((each) => each.map((item) => item.getAttribute('data-item')))).toEqual(['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage', 'diagnostics']);
    const words = await items.allTextContents();
    expect(words).toContain('Chave de API');
    expect(words).toContain('Diagnóstico automático');

    const after = await call('GET', `/v1/support/tickets/${ticket.id}`, agent);
    expect(after.json()).toMatchObject({ stage: ticket.stage, team: 'support' });
    expect(problems).toEqual([]);
  });
});
