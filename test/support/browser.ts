import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium (`apt-get install -y chromium`): CI installs it and fails without it; elsewhere browser tests are
// skipped when it is missing. Nothing is downloaded.
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

/** Whether browser tests run here: always in CI (where a missing Chromium fails them), elsewhere when it is installed. */
export const browserAvailable = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Screenshots of the main pages, kept as test artefacts (gitignored; CI keeps the folder). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium profile: no cookies or storage shared with another test or person. */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<TestBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ponte-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  // Every wait on a page is a bound for a busy 2-core machine (a page's data may follow seconds of server work), not a
  // measure: a minute before a step is called failed.
  context.setDefaultTimeout(60_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * What went wrong on a page while the test drove it: console errors, uncaught exceptions and Content-Security-Policy
 * violations (reported from the page through an init script, which the policy under test does not block).
 */
export async function watchPage(page: Page, options: { ignoreConsole?: RegExp } = {}): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.ignoreConsole?.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (violation: string) => problems.push(`CSP: ${violation}`));
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => reportViolation(e.violatedDirective + ' blocked ' + e.blockedURI));",
  });
  return problems;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now, one line each (empty when none). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's script-src policy does not apply to axe itself.
  const violations = (await page.evaluate(`${axe.source}; axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
