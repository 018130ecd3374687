import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, watchPage, type TestBrowser } from '../support/browser.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let address: string;
let browser: TestBrowser;

describe.runIf(browserAvailable)('the API reference page in a browser', () => {
  beforeAll(async () => {
    ponte = await startTestPonte({ workers: false });
    address = await ponte.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ponte?.dispose();
  });

  it('renders every API group under its strict Content-Security-Policy, with nothing blocked', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);

    const response = await page.goto(`${address}/docs`);
    expect(response?.status()).toBe(200);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');

    await page.locator('.opblock-summary-path', { hasText: '/v1/auth/token' }).first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.opblock-tag').count()).toBeGreaterThan(3);
    // Open one operation: its schemas render too.
    await page.locator('.opblock-summary', { hasText: '/v1/auth/token' }).first().click();
    await page.locator('.opblock-body').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('shows a guide section its link points to, styled by its stylesheet, with nothing blocked', async () => {
    const page = await browser.context.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${address}/docs/guides/environments?lang=en#key-environment`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The stylesheet applied: the page's background and the targeted section's highlight.
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(244, 246, 248)');
    expect(await page.evaluate("document.querySelector(':target')?.id")).toBe('key-environment');
    await page.getByRole('link', { name: 'Português' }).click();
    await page.waitForURL(`${address}/docs/guides/environments`);
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(problems).toEqual([]);
  });
});
