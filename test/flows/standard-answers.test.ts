import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardAnswer, type AnswerCategory } from '../../src/flows/support/standard-answers.ts';
import { TICKET_CATEGORIES as ANSWER_CATEGORIES } from '../../src/modules/tickets/schema.ts';
import type { Finding } from '../../src/platform/findings.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let guidesBaseUrl: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  guidesBaseUrl = `${await ponte.listen()}/docs/guides`;
});
afterAll(async () => ponte?.dispose());

const wrongEnvironment: Finding = {
  check: 'key_environment',
  outcome: 'fail',
  summary: { 'pt-BR': 'A chave pk_sandbox_AbCd… é de homologação (sandbox); a chamada foi para produção.', en: 'The key pk_sandbox_AbCd… belongs to sandbox; the call went to production.' },
  data: { keyEnvironment: 'sandbox', requestEnvironment: 'production', key: 'pk_sandbox_AbCd…' },
  guide: 'environments#key-environment',
};
const keyActive: Finding = {
  check: 'key_active',
  outcome: 'pass',
  summary: { 'pt-BR': 'A chave está ativa.', en: 'The key is active.' },
  data: { status: 'active' },
  guide: 'authentication#keys',
};
const insideWindow: Finding = {
  check: 'maintenance_window',
  outcome: 'fail',
  summary: { 'pt-BR': 'A chamada caiu na janela de manutenção das 02:00 (30 minutos).', en: 'The call fell inside the 02:00 maintenance window (30 minutes).' },
  data: { cron: '0 2 * * *', durationMinutes: 30 },
  guide: 'off-hours#maintenance-windows',
};

/** Fetches a guide link as a browser would (the fragment stays on the client) and says whether its section is there. */
async function servesSection(url: string): Promise<boolean> {
  const [page, anchor] = url.split('#') as [string, string];
  const response = await fetch(page);
  expect(response.status, page).toBe(200);
  return new RegExp(`<[a-z0-9]+ [^>]*id="${anchor}"`).test(await response.text());
}

describe('standard answers', () => {
  it('explain a key of the other environment in pt-BR, linking to the section that Ponte serves', async () => {
    const answer = standardAnswer({ category: 'invalid_api_key', locale: 'pt-BR', requesterName: 'Marina', findings: [keyActive, wrongEnvironment], guidesBaseUrl });
    expect(answer.team).toBe('support');
    expect(answer.body).toContain('Olá, Marina!');
    expect(answer.body).toContain(wrongEnvironment.summary['pt-BR']);
    // Only what failed is explained.
    expect(answer.body).not.toContain(keyActive.summary['pt-BR']);
    const link = `${guidesBaseUrl}/environments#key-environment`;
    expect(answer.body).toContain(link);
    expect(answer.links.map((each) => each.url)).toEqual([link, `${guidesBaseUrl}/authentication#keys`]);
    expect(answer.body).toMatch(/homologação/);
    for (const each of answer.links) expect(await servesSection(each.url), each.url).toBe(true);
  });

  it('link the English sections in English', async () => {
    const answer = standardAnswer({ category: 'invalid_api_key', locale: 'en', findings: [wrongEnvironment], guidesBaseUrl });
    expect(answer.body).toContain('Hello,');
    expect(answer.body).toContain(wrongEnvironment.summary.en);
    expect(answer.links[0]).toEqual({ title: 'A key of the wrong environment', url: `${guidesBaseUrl}/environments?lang=en#key-environment` });
    const page = await fetch(answer.links[0]!.url.split('#')[0]!);
    expect(await page.text()).toContain('<html lang="en">');
  });

  it('link each category’s own sections, all of them served', async () => {
    const expected: Partial<Record<AnswerCategory, string[]>> = {
      access_token: ['authentication#token-renewal'],
      off_hours_error: ['off-hours#maintenance-windows', 'off-hours#reprocessing'],
      product_question: ['versions#products', 'versions#not-offered'],
      key_user_confusion: ['authentication#users'],
      api_question: ['problems', 'authentication#tokens'],
    };
    for (const [category, guides] of Object.entries(expected) as [AnswerCategory, string[]][]) {
      const answer = standardAnswer({ category, locale: 'pt-BR', findings: [], guidesBaseUrl });
      const urls = guides.map((guide) => `${guidesBaseUrl}/${guide}`);
      expect(answer.links.map((each) => each.url), category).toEqual(urls);
      for (const url of urls) {
        expect(answer.body).toContain(url);
        if (url.includes('#')) expect(await servesSection(url), url).toBe(true);
      }
    }
  });

  it('explain a call inside a maintenance window and say how to reprocess it', () => {
    const answer = standardAnswer({ category: 'off_hours_error', locale: 'pt-BR', findings: [insideWindow], guidesBaseUrl });
    expect(answer.body).toContain(insideWindow.summary['pt-BR']);
    expect(answer.body).toContain(`${guidesBaseUrl}/off-hours#reprocessing`);
    // The finding's section and the category's are the same link: listed once.
    expect(answer.links.filter((link) => link.url.endsWith('#maintenance-windows'))).toHaveLength(1);
  });

  it('route a key request to the commercial team, with no technical steps, links or findings', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      const answer = standardAnswer({ category: 'key_request', locale, requesterName: 'Marina', findings: [wrongEnvironment, insideWindow], guidesBaseUrl });
      expect(answer.team).toBe('commercial');
      expect(answer.links).toEqual([]);
      expect(answer.body).not.toContain('/docs/guides');
      expect(answer.body).not.toContain('http');
      expect(answer.body).not.toContain(wrongEnvironment.summary[locale]);
      expect(answer.body).not.toMatch(/POST \/v1|pk_|token/i);
    }
  });

  it('say an unexplained error is being investigated, asking nothing the evidence has', () => {
    for (const category of ['unexplained_error', 'bug'] as const) {
      const answer = standardAnswer({ category, locale: 'pt-BR', findings: [], guidesBaseUrl });
      expect(answer.body).toMatch(/investigando/);
      expect(answer.body).not.toMatch(/envie|informe|\?/i);
    }
  });

  it('render every category in both languages with nothing left unfilled', () => {
    for (const category of ANSWER_CATEGORIES) {
      for (const locale of ['pt-BR', 'en'] as const) {
        for (const requesterName of [null, 'Ana <ana@example.com>']) {
          const answer = standardAnswer({ category, locale, requesterName, findings: [wrongEnvironment], guidesBaseUrl });
          expect(answer.subject.length, `${category} ${locale}`).toBeGreaterThan(5);
          expect(`${answer.subject}\n${answer.body}`).not.toMatch(/\{\{|\}\}|\{%|%\}|undefined|null|\n{3}/);
          expect(answer.team).toBe(category === 'key_request' ? 'commercial' : 'support');
          if (requesterName) expect(answer.body).toContain(requesterName);
        }
      }
    }
  });
});
