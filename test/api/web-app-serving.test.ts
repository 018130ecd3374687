import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// A build of the browser app as Vite writes it (base '/ui/'), made here: web/dist belongs to the app's own build.
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/ui/assets/app-abc.js"></script></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("ponte app");';

let folder: string;
let ponte: TestPonte;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'ponte-web-dist-'));
  await mkdir(path.join(folder, 'dist/assets'), { recursive: true });
  await writeFile(path.join(folder, 'dist/index.html'), INDEX_HTML);
  await writeFile(path.join(folder, 'dist/assets/app-abc.js'), APP_JS);
  await writeFile(path.join(folder, 'dist/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(folder, 'secret.txt'), 'outside the build');
  ponte = await startTestPonte({ workers: false, env: { PONTE_WEB_DIST: path.join(folder, 'dist') } });
}, 60_000);
afterAll(async () => {
  await ponte?.dispose();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const get = (url: string) => ponte.app.inject({ method: 'GET', url });

/** The directives of a Content-Security-Policy header, by name. */
const directives = (header: unknown) =>
  Object.fromEntries(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  ) as Record<string, string[]>;

describe('the browser app', { timeout: 60_000 }, () => {
  it('answers index.html at /console, /portal and every client-side route under them, revalidated each time', async () => {
    for (const url of ['/console', '/portal', '/portal/', '/portal/integrations/x', '/console/tickets/t_1/messages?tab=2']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toBe(INDEX_HTML);
    }
  });

  it('serves the hashed files at /ui/assets/ for a year, and the others to be revalidated', async () => {
    const script = await get('/ui/assets/app-abc.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe(APP_JS);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/ui/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect((await get('/ui/assets/missing-123.js')).statusCode).toBe(404);
  });

  it('sends the app’s policy with its pages and files: no inline script, never framed; the API keeps its own', async () => {
    for (const url of ['/portal/integrations/x', '/ui/assets/app-abc.js']) {
      const response = await get(url);
      const policy = directives(response.headers['content-security-policy']);
      expect(policy['script-src'], url).toEqual(["'self'"]);
      expect(policy['style-src'], url).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy['frame-ancestors'], url).toEqual(["'none'"]);
      expect(policy['object-src'], url).toEqual(["'none'"]);
      expect(policy['connect-src'], url).toEqual(["'self'"]);
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
    const api = await get('/v1/connectors');
    expect(directives(api.headers['content-security-policy'])['default-src']).toEqual(["'none'"]);
    expect(String(api.headers['content-security-policy'])).not.toContain('unsafe-inline');
  });

  it('serves nothing outside the build folder', async () => {
    for (const url of ['/ui/../secret.txt', '/ui/%2e%2e/secret.txt', '/ui/..%2fsecret.txt', '/ui/assets/..%2f..%2fsecret.txt', '/ui/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const response = await get(url);
      expect([400, 403, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain('outside the build');
      expect(response.body, url).not.toContain('"name": "ponte"');
    }
    // Dot files and the folder itself are not served either.
    await writeFile(path.join(folder, 'dist/.env'), 'TOKEN=x');
    expect((await get('/ui/.env')).statusCode).toBe(404);
  });
});

describe('the browser app before it is built', { timeout: 60_000 }, () => {
  it('answers 503 with a page in pt-BR and English saying to run npm run build:web', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'ponte-web-dist-empty-'));
    const logged: string[] = [];
    const { pino } = await import('pino');
    const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
    const unbuilt = await startTestPonte({ workers: false, env: { PONTE_WEB_DIST: path.join(empty, 'dist') }, logger });
    try {
      for (const url of ['/console', '/portal/integrations/x']) {
        const response = await unbuilt.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['content-type'], url).toMatch(/^text\/html/);
        expect(response.body, url).toContain('npm run build:web');
        expect(response.body, url).toContain('não foi compilado');
        expect(response.body, url).toContain('not built');
      }
      expect(logged.filter((line) => line.includes('web app is not built'))).toHaveLength(1);
    } finally {
      await unbuilt.dispose();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
