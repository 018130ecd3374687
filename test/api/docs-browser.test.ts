import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// Debian's Chromium (`apt-get install -y chromium`): CI installs it and fails without it; elsewhere the test is skipped
// when it is missing. Nothing is downloaded.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let ponte: TestPonte;
let address: string;
let profile: string;
let browser: BrowserContext;

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('the API reference page in a browser', () => {
  beforeAll(async () => {
    ponte = await startTestPonte({ workers: false });
    address = await ponte.listen();
    profile = await mkdtemp(path.join(os.tmpdir(), 'ponte-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await ponte?.dispose();
  });

  it('renders every API group under its strict Content-Security-Policy, with nothing blocked', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.exposeFunction('reportViolation', (violation: string) => problems.push(`CSP: ${violation}`));
    // Init scripts come from the browser's DevTools, not the page, so the policy under test does not block this one.
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => reportViolation(e.violatedDirective + ' blocked ' + e.blockedURI));",
    });

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
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('reportViolation', (violation: string) => problems.push(`CSP: ${violation}`));
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => reportViolation(e.violatedDirective + ' blocked ' + e.blockedURI));",
    });
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
