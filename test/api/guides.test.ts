import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_LOCALES, GUIDE_PAGES, problemTexts } from '../../src/platform/http/guides.ts';
import { problemTypeUri, registeredProblems } from '../../src/platform/http/problems.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// The contract other parts link to (findings' `guide`, standard answers): page → anchors, the same in both languages.
const ANCHORS: Record<(typeof GUIDE_PAGES)[number], string[]> = {
  authentication: ['keys', 'tokens', 'token-renewal', 'users'],
  environments: ['sandbox-and-production', 'key-environment'],
  versions: ['versions', 'products', 'not-offered'],
  problems: ['token_expired', 'api_key_wrong_environment'],
  'off-hours': ['business-hours', 'maintenance-windows', 'reprocessing'],
};

let ponte: TestPonte;
let address: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  address = await ponte.listen();
});
afterAll(async () => ponte?.dispose());

const withLanguage = (url: string, locale: (typeof GUIDE_LOCALES)[number]) => {
  const parsed = new URL(url);
  if (locale === 'en') parsed.searchParams.set('lang', 'en');
  return parsed.toString();
};

const hasId = (html: string, id: string) => new RegExp(`<[a-z0-9]+ [^>]*id="${id}"`).test(html);

describe('problem types', () => {
  it('point to this Ponte’s problems guide, at the code’s section', async () => {
    const response = await fetch(`${address}/v1/nowhere`);
    const body = (await response.json()) as { type: string; code: string };
    expect(body.code).toBe('route_not_found');
    expect(body.type).toBe(`${address}/docs/guides/problems#route_not_found`);
  });

  it('resolve, for every registered code, to a page with an element of that id, in both languages', async () => {
    const problems = registeredProblems();
    expect(problems.length).toBeGreaterThan(30);
    const pages = new Map<string, string>();
    for (const locale of GUIDE_LOCALES) {
      for (const problem of problems) {
        const url = withLanguage(problemTypeUri(address, problem.code), locale);
        const page = url.split('#')[0]!;
        if (!pages.has(page)) {
          const response = await fetch(page);
          expect(response.status, page).toBe(200);
          expect(response.headers.get('content-type')).toMatch(/^text\/html/);
          pages.set(page, await response.text());
        }
        expect(hasId(pages.get(page)!, problem.code), `${problem.code} (${locale})`).toBe(true);
      }
    }
    expect(pages.get(`${address}/docs/guides/problems`)).toContain('<html lang="pt-BR">');
    expect(pages.get(`${address}/docs/guides/problems?lang=en`)).toContain('<html lang="en">');
  });

  it('start with PUBLIC_URL when one is given, without doubling its slash', () => {
    expect(problemTypeUri('https://ponte.example.com/', 'token_expired')).toBe('https://ponte.example.com/docs/guides/problems#token_expired');
  });

  it('have a cause written for every registered code, in pt-BR and English (docs/support/api-problems.md)', () => {
    const texts = problemTexts(readFileSync('docs/support/api-problems.md', 'utf8'));
    for (const locale of GUIDE_LOCALES) {
      const missing = registeredProblems().filter((problem) => !texts[locale].get(problem.code)?.cause);
      expect(missing.map((problem) => problem.code), locale).toEqual([]);
    }
    expect(texts['pt-BR'].get('token_expired')).toEqual({ cause: expect.stringContaining('12 horas'), fix: expect.stringContaining('expires_at') });
    expect(texts.en.get('token_expired')).toEqual({ cause: expect.stringContaining('12 hours'), fix: expect.stringContaining('new token') });
  });

  it('texts are escaped: markup in the source is shown, never run', () => {
    const texts = problemTexts('| código | HTTP | o que | fazer |\n|---|---|---|---|\n| `x_y` | 400 | <script>alert(1)</script> | [aqui](javascript:alert(1)) |\n');
    expect(texts['pt-BR'].get('x_y')!.cause).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(texts['pt-BR'].get('x_y')!.fix).not.toContain('href="javascript');
  });
});

describe('the guides', () => {
  it('serve every page of the contract with its anchors, in both languages, with a link to the other language', async () => {
    for (const locale of GUIDE_LOCALES) {
      for (const page of GUIDE_PAGES) {
        const response = await ponte.app.inject({ method: 'GET', url: `/docs/guides/${page}${locale === 'en' ? '?lang=en' : ''}` });
        expect(response.statusCode).toBe(200);
        for (const anchor of ANCHORS[page]) expect(hasId(response.body, anchor), `${page}#${anchor} (${locale})`).toBe(true);
        expect(response.body).toContain(`<html lang="${locale}">`);
        expect(response.body).toContain(locale === 'en' ? `href="/docs/guides/${page}" hreflang="pt-BR"` : `href="/docs/guides/${page}?lang=en" hreflang="en"`);
        expect(response.body).not.toMatch(/<script|\son[a-z]+=|\{#/i);
        expect(response.headers['content-security-policy']).toBe(
          "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
        );
      }
    }
  });

  it('keep links between pages absolute and in the page’s language', async () => {
    const pt = await ponte.app.inject({ method: 'GET', url: '/docs/guides' });
    expect(pt.statusCode).toBe(200);
    expect(pt.body).toContain('href="/docs/guides/environments"');
    const en = await ponte.app.inject({ method: 'GET', url: '/docs/guides/off-hours?lang=en' });
    expect(en.body).toContain('href="/docs/guides/authentication?lang=en#token-renewal"');
    const css = await ponte.app.inject({ method: 'GET', url: '/docs/guides/assets/guides.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('live beside the API reference at /docs, and refuse what is not a page or a language', async () => {
    const reference = await ponte.app.inject({ method: 'GET', url: '/docs/' });
    expect(reference.statusCode).toBe(200);
    expect(reference.body).toContain('swagger');
    expect((await ponte.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' })).statusCode).toBe(200);
    const unknown = await ponte.app.inject({ method: 'GET', url: '/docs/guides/nowhere' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
    const language = await ponte.app.inject({ method: 'GET', url: '/docs/guides/problems?lang=fr' });
    expect(language.statusCode).toBe(400);
    expect(language.json().field).toBe('query.lang');
  });
});
