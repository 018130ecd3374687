import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cliActor } from '../../src/platform/actor.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { browserAvailable, launchBrowser, screenshot, seriousAccessibilityViolations, watchPage, type TestBrowser } from '../support/browser.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

type Locale = 'pt-BR' | 'en';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const LABELS: Record<Locale, { language: string; email: string; password: string; submit: string }> = {
  'pt-BR': { language: 'Português', email: 'E-mail', password: 'Senha', submit: 'Entrar' },
  en: { language: 'English', email: 'E-mail', password: 'Password', submit: 'Sign in' },
};
const CUSTOMER = { email: 'marina@rioclaro.example', password: 'senha da marina 123' };
const ADMIN = { email: 'ops@ponte.example', password: 'senha do admin 123' };
const SUBJECT = 'Quero integrar o PagHiper';

let mailbox: LocalMailbox;
let ponte: TestPonte;
let address: string;
let browser: TestBrowser;
let page: Page;
let problems: string[];
let accountId: string;
let integrationId: string;
let ticketId: string;
/** Every page checked, by screenshot name: the test asserts each got both locales. */
const checked: string[] = [];
const defects: string[] = [];

/** What the page shows once loaded: its h1 (and a text of the test's data, when given) with no loader left. */
async function settled(target: string, text?: string) {
  await page.goto(`${address}${target}`);
  await page.locator('h1').first().waitFor({ timeout: 60_000 });
  if (text) await page.getByText(text, { exact: false }).first().waitFor({ timeout: 60_000 });
  // Loaders in hidden tabs (queries not started) do not count.
  const loading = () =>
    page.evaluate("[...document.querySelectorAll('main .mantine-Loader-root, main .mantine-Skeleton-root')].filter((e) => e.getClientRects().length > 0).length");
  await expect.poll(loading, { timeout: 60_000 }).toBe(0);
}

/**
 * Serious axe violations and sideways scrolling of the whole document on a phone, collected into `defects` (each test
 * asserts none at its end, so one run lists every page's defects), and a screenshot.
 */
async function check(name: string) {
  for (const violation of await seriousAccessibilityViolations(page)) defects.push(`${name}: ${violation}`);
  await screenshot(page, name);
  await page.setViewportSize(PHONE);
  // The menu slides away over a transition, so the width settles a moment after the resize; a real overflow stays.
  const overflow = () => page.evaluate('document.documentElement.scrollWidth - innerWidth') as Promise<number>;
  try {
    await expect.poll(overflow, { timeout: 30_000 }).toBeLessThanOrEqual(1);
  } catch {
    defects.push(`${name}: the document is ${await overflow()}px wider than a 390px phone`);
  }
  await page.setViewportSize(DESKTOP);
  checked.push(name);
}

async function noDefects() {
  const found = defects.splice(0);
  expect(found).toEqual([]);
}

async function switchLocale(locale: Locale) {
  await page.getByText(LABELS[locale].language, { exact: true }).first().click();
  await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
}

async function signIn(app: 'portal' | 'console', locale: Locale, user: { email: string; password: string }) {
  await page.goto(`${address}/${app}`);
  await page.getByLabel(LABELS[locale].email).fill(user.email);
  await page.getByLabel(LABELS[locale].password, { exact: false }).first().fill(user.password);
  await page.getByRole('button', { name: LABELS[locale].submit }).click();
  await page.getByRole('button', { name: locale === 'en' ? 'Sign out' : 'Sair' }).first().waitFor({ timeout: 60_000 });
  await useSandbox(locale);
}

/** The test's integration and ticket live in the sandbox; a session starts in production. */
async function useSandbox(locale: Locale) {
  await page.getByRole('combobox', { name: locale === 'en' ? 'Environment' : 'Ambiente' }).click();
  await page.getByRole('option', { name: locale === 'en' ? 'Sandbox' : 'Homologação' }).click();
  await expect.poll(() => page.getByRole('combobox', { name: locale === 'en' ? 'Environment' : 'Ambiente' }).inputValue(), { timeout: 60_000 }).toMatch(/Sandbox|Homologação/);
}

const isFocused = (label: string, role?: 'button') =>
  (role ? page.getByRole(role, { name: label }) : page.getByLabel(label).first()).evaluate((element) => element === element.ownerDocument.activeElement);

async function portalPages(locale: Locale) {
  const pages: [string, string, string?][] = [
    ['home', '/portal', 'PagHiper'],
    ['catalog', '/portal/catalogo', 'PagHiper'],
    ['request', '/portal/catalogo/paghiper'],
    ['integration', `/portal/integracoes/${integrationId}`],
    ['notifications', '/portal/notificacoes'],
    ['tickets', '/portal/chamados', SUBJECT],
  ];
  for (const [name, target, text] of pages) {
    await settled(target, text);
    await check(`portal-${name}-${locale}`);
  }
}

async function consolePages(locale: Locale) {
  const pages: [string, string, string?][] = [
    ['integrations', '/console', 'Transportes Rio Claro'],
    ['integration', `/console/integracoes/${integrationId}`],
    ['onboarding', '/console/onboarding'],
    ['connectors', '/console/conectores', 'PagHiper'],
    ['tickets', '/console/chamados', SUBJECT],
    ['ticket', `/console/chamados/${ticketId}`, SUBJECT],
    ['sla', '/console/sla'],
    ['queue', '/console/envios'],
    ['keys', '/console/chaves'],
    ['requests', '/console/requisicoes'],
    ['accounts', '/console/contas', 'Transportes Rio Claro'],
    ['account', `/console/contas/${accountId}`, CUSTOMER.email],
    ['reports', '/console/relatorios'],
  ];
  for (const [name, target, text] of pages) {
    await settled(target, text);
    await check(`console-${name}-${locale}`);
  }
}

describe.runIf(browserAvailable)('the portal and the console: accessible, in both languages, on a phone too', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    mailbox = await startLocalMailbox();
    ponte = await startTestPonte({ sandboxes: true, smtpUrl: mailbox.url });
    address = await ponte.listen();
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro', contactEmail: CUSTOMER.email });
    accountId = account.id;
    const customer = await ponte.accounts.createUser(cliActor, { ...CUSTOMER, name: 'Marina Souza', role: 'customer', accountId });
    await ponte.accounts.createUser(cliActor, { ...ADMIN, name: 'Olga Operações', role: 'admin' });
    await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', password: 'senha da agente 123', name: 'Ana Agente', role: 'agent' });

    const call = async (token: string, url: string, payload: object) => {
      const response = await ponte.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json() as { id: string };
    };
    const origin = new URL(ponte.sandboxes.paghiper!.baseUrl).origin;
    const credentials = (await (await fetch(`${origin}/_control/credentials`, { method: 'POST' })).json()) as { apiKey: string; token: string };
    const integration = await call(await ponte.adminToken(), '/v1/integrations', {
      accountId,
      connector: 'paghiper',
      environment: 'sandbox',
      credentials: { apiKey: credentials.apiKey, token: credentials.token },
    });
    integrationId = integration.id;
    ticketId = (await call(await ponte.tokenFor(customer.id), '/v1/support/tickets', { subject: SUBJECT, description: 'Como ligo a conta do PagHiper?' })).id;

    browser = await launchBrowser({ viewport: DESKTOP });
    page = await browser.context.newPage();
    // 401 before sign-in is what the sign-in page expects.
    problems = await watchPage(page, { ignoreConsole: /Failed to load resource/ });
  });
  afterAll(async () => {
    await browser?.close();
    await ponte?.dispose();
    await mailbox?.close();
  });

  it('shows accessible sign-in pages in both languages, and signs in with the keyboard alone', async () => {
    for (const locale of ['en', 'pt-BR'] as const) {
      for (const app of ['portal', 'console'] as const) {
        await page.goto(`${address}/${app}`);
        await page.getByRole('button', { name: LABELS.en.submit }).or(page.getByRole('button', { name: LABELS['pt-BR'].submit })).waitFor();
        if (app === 'portal') await switchLocale(locale);
        await page.getByRole('button', { name: LABELS[locale].submit }).waitFor();
        await check(`${app}-sign-in-${locale}`);
      }
    }

    // From the top of the page, Tab reaches E-mail, then Senha, then Entrar; Enter there signs in.
    await page.goto(`${address}/portal`);
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    let presses = 0;
    while (!(await isFocused('E-mail')) && presses++ < 10) await page.keyboard.press('Tab');
    expect(await isFocused('E-mail')).toBe(true);
    await page.keyboard.type(CUSTOMER.email);
    await page.keyboard.press('Tab');
    expect(await isFocused('Senha')).toBe(true);
    await page.keyboard.type(CUSTOMER.password);
    await page.keyboard.press('Tab');
    expect(await isFocused('Entrar', 'button')).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sair' }).first().waitFor({ timeout: 60_000 });
    await useSandbox('pt-BR');
    await noDefects();
  });

  it('shows accessible portal pages in pt-BR', async () => {
    await portalPages('pt-BR');
    await noDefects();
  });

  it('shows accessible portal pages in en', async () => {
    await page.goto(`${address}/portal`);
    await switchLocale('en');
    await portalPages('en');
    await noDefects();
  });

  it('shows accessible console pages in en', async () => {
    await browser.context.clearCookies();
    await signIn('console', 'en', ADMIN);
    await consolePages('en');
    await noDefects();
  });

  it('shows accessible console pages in pt-BR, and every page was checked in both languages', async () => {
    await switchLocale('pt-BR');
    await consolePages('pt-BR');
    await noDefects();
    const pages = new Set(checked.map((name) => name.replace(/-(pt-BR|en)$/, '')));
    expect(pages.size).toBe(2 + 6 + 13);
    for (const name of pages) expect([`${name}-pt-BR`, `${name}-en`].every((shot) => checked.includes(shot)), name).toBe(true);
    expect(problems).toEqual([]);
  });
});
