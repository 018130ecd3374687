import { describe, expect, it } from 'vitest';
import { CONNECTORS } from '../../src/connectors/catalog.ts';
import { connectStepsOf } from '../../src/flows/onboarding/connect-copy.ts';
import { checkConnectValues, connectFieldsOf } from '../../src/flows/onboarding/connect-fields.ts';
import { CSRF_FIELD, renderConnectOutcome, renderConnectPage, type ConnectOutcomeView, type ConnectPageView } from '../../src/flows/onboarding/connect-page.ts';
import { CONNECT_CONTENT_SECURITY_POLICY, CONNECT_STYLESHEET, CONNECT_STYLESHEET_PATH } from '../../src/flows/onboarding/connect-stylesheet.ts';

const LOCALES = ['pt-BR', 'en'] as const;
const LANGUAGE_LINKS = { 'pt-BR': '/connect/tok_abc?lang=pt-BR', en: '/connect/tok_abc?lang=en' };
const EVIL = 'Frota <script>alert(1)</script> & "Cia"';

function pageView(connectorKey: string, overrides: Partial<ConnectPageView> = {}): ConnectPageView {
  const manifest = CONNECTORS[connectorKey]!;
  const connector = { key: manifest.key, name: manifest.name };
  const locale = overrides.locale ?? 'pt-BR';
  return {
    locale,
    connector,
    accountName: 'Transportes Andrade',
    integrationId: 'int_01TEST',
    actionPath: '/connect/tok_abc',
    csrfToken: 'csrf-123',
    fields: connectFieldsOf(connectorKey),
    steps: connectStepsOf(connector, locale),
    languageLinks: LANGUAGE_LINKS,
    ...overrides,
  };
}

const inputs = (html: string) => [...html.matchAll(/<input\b[^>]*>/g)].map((match) => match[0]);
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

/** What every /connect page owes its CSP, its reader and its phone. */
function expectSafePage(html: string, locale: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/<style/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).toContain(`<html lang="${locale}">`);
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).toContain(`<link rel="stylesheet" href="${CONNECT_STYLESHEET_PATH}">`);
}

describe('connectFieldsOf', () => {
  it('draws each connector credential field from its manifest: secrets, bounds, labels and help in both languages', () => {
    expect(connectFieldsOf('maxi-frota')).toEqual([
      {
        name: 'authorizationKey',
        label: { 'pt-BR': 'Chave de autorização', en: 'Authorization key' },
        help: { 'pt-BR': 'Chave de autorização gerada no portal Maxi Frota', en: 'Authorization key generated in the Maxi Frota portal' },
        secret: true,
        required: true,
        minLength: 8,
        maxLength: 500,
        pattern: null,
      },
    ]);
    expect(connectFieldsOf('ticket-log').map(({ name, secret, label }) => ({ name, secret, en: label.en }))).toEqual([
      { name: 'username', secret: false, en: 'Web service user' },
      { name: 'password', secret: true, en: 'Web service password' },
    ]);
    expect(connectFieldsOf('paghiper').map(({ name, secret, pattern, maxLength }) => ({ name, secret, pattern, maxLength }))).toEqual([
      { name: 'apiKey', secret: false, pattern: '^apk_', maxLength: 50 },
      { name: 'token', secret: true, pattern: null, maxLength: 128 },
    ]);
    expect(connectFieldsOf('reclame-aqui').map(({ name, secret, label }) => ({ name, secret, label }))).toEqual([
      { name: 'clientId', secret: false, label: { 'pt-BR': 'Usuário (client id)', en: 'User (client id)' } },
      { name: 'clientSecret', secret: true, label: { 'pt-BR': 'Senha (client secret)', en: 'Password (client secret)' } },
    ]);
  });

  it('has an English label for every credential field of every connector', () => {
    for (const key of Object.keys(CONNECTORS)) {
      for (const field of connectFieldsOf(key)) expect(field.label.en, `${key}.${field.name}`).not.toBe(field.name);
    }
  });

  it('refuses an unknown connector', () => {
    expect(() => connectFieldsOf('nope')).toThrow(/Known connectors/);
  });
});

describe('checkConnectValues', () => {
  const fields = connectFieldsOf('paghiper');
  it('finds what the bounds forbid, in the page language', () => {
    expect(checkConnectValues(fields, { apiKey: 'xyz', token: '   ' }, 'pt-BR')).toEqual({
      apiKey: 'O formato não confere. Copie o valor de novo, sem espaços extras.',
      token: 'Preencha este campo.',
    });
    expect(checkConnectValues(fields, { apiKey: `apk_${'x'.repeat(60)}` }, 'en')).toEqual({ apiKey: 'Must have at most 50 characters.', token: 'Fill in this field.' });
    expect(checkConnectValues(connectFieldsOf('maxi-frota'), { authorizationKey: 'short' }, 'pt-BR')).toEqual({ authorizationKey: 'Deve ter pelo menos 8 caracteres.' });
  });
  it('passes good values', () => {
    expect(checkConnectValues(fields, { apiKey: 'apk_123', token: 'abc' }, 'pt-BR')).toEqual({});
  });
});

describe('renderConnectPage', () => {
  it.each(Object.keys(CONNECTORS).flatMap((key) => LOCALES.map((locale) => [key, locale] as const)))('%s in %s: a labelled, script-free form', (key, locale) => {
    const view = pageView(key, { locale, steps: connectStepsOf({ key, name: CONNECTORS[key]!.name }, locale) });
    const html = renderConnectPage(view);
    expectSafePage(html, locale);
    expect(html).toContain(`<form method="post" action="/connect/tok_abc" autocomplete="off">`);
    expect(html).toContain(`<input type="hidden" name="${CSRF_FIELD}" value="csrf-123">`);
    for (const step of view.steps) expect(html).toContain(`<li>${step.replace(/&/g, '&amp;').replace(/>/g, '&gt;')}</li>`);
    const present = ids(html);
    for (const field of view.fields) {
      const input = inputs(html).find((tag) => attribute(tag, 'name') === field.name)!;
      expect(input, field.name).toBeDefined();
      expect(attribute(input, 'type')).toBe(field.secret ? 'password' : 'text');
      expect(attribute(input, 'autocomplete')).toBe('off');
      expect(html).toContain(`<label for="${attribute(input, 'id')}">${field.label[locale]}`);
      for (const described of attribute(input, 'aria-describedby')!.split(' ')) expect(present.has(described), described).toBe(true);
      if (field.required) expect(input).toMatch(/\srequired[\s>]/);
      if (field.maxLength !== null) expect(attribute(input, 'maxlength')).toBe(String(field.maxLength));
    }
  });

  it('offers the other language as a plain link and marks the current one', () => {
    const pt = renderConnectPage(pageView('paghiper'));
    expect(pt).toContain('<span aria-current="true" lang="pt-BR">Português</span>');
    expect(pt).toContain('<a href="/connect/tok_abc?lang=en" hreflang="en" lang="en">English</a>');
    const en = renderConnectPage(pageView('paghiper', { locale: 'en' }));
    expect(en).toContain('<a href="/connect/tok_abc?lang=pt-BR" hreflang="pt-BR" lang="pt-BR">Português</a>');
    expect(en).toContain('<h1>Connect PagHiper</h1>');
    expect(pt).toContain('<h1>Conectar PagHiper</h1>');
  });

  it('escapes everything it is given', () => {
    const html = renderConnectPage(
      pageView('ticket-log', { accountName: EVIL, formError: '<b>recusado</b>', csrfToken: '"><script>', values: { username: '"><img src=x onerror=alert(1)>' } }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Frota &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Cia&#34;');
    expect(html).toContain('value="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('shows errors beside their fields and at the top, refills plain values and never a secret', () => {
    const html = renderConnectPage(
      pageView('ticket-log', {
        values: { username: '[OperadorWeb]app123', password: 'hunter2-secret' },
        errors: { password: 'Preencha este campo.' },
        formError: 'A Ticket Log recusou o usuário ou a senha.',
        deadline: { expiresAt: '2026-03-20T21:00:00Z' },
      }),
    );
    expect(html).not.toContain('hunter2-secret');
    const username = inputs(html).find((tag) => attribute(tag, 'name') === 'username')!;
    const password = inputs(html).find((tag) => attribute(tag, 'name') === 'password')!;
    expect(attribute(username, 'value')).toBe('[OperadorWeb]app123');
    expect(attribute(username, 'aria-invalid')).toBeUndefined();
    expect(attribute(password, 'value')).toBeUndefined();
    expect(attribute(password, 'aria-invalid')).toBe('true');
    expect(attribute(password, 'aria-describedby')).toBe('field-password-help field-password-error');
    expect(password).toMatch(/\sautofocus>/);
    expect(html).toContain('<span class="error" id="field-password-error">Preencha este campo.</span>');
    expect(html).toContain('<li><a href="#field-password">Senha do web service: Preencha este campo.</a></li>');
    expect(html).toContain('<p>A Ticket Log recusou o usuário ou a senha.</p>');
    expect(html).toContain('expira em 20 de março de 2026 às 18:00 (horário de Brasília)');
  });

  it('has no error box when nothing went wrong', () => {
    const html = renderConnectPage(pageView('maxi-frota'));
    expect(html).not.toContain('class="notice"');
    expect(html).not.toContain('aria-invalid');
    expect(html).toContain('ela vale só 12 horas');
  });
});

describe('renderConnectOutcome', () => {
  const connector = { key: 'ticket-log', name: 'Ticket Log' };
  const cases: [ConnectOutcomeView, Record<'pt-BR' | 'en', RegExp>][] = [
    [
      { outcome: 'submitted', state: 'active', connector, locale: 'pt-BR', languageLinks: LANGUAGE_LINKS },
      { 'pt-BR': /<h1>Integração ativa<\/h1>[\s\S]*primeiros dados/, en: /<h1>Integration active<\/h1>[\s\S]*first data/ },
    ],
    [
      { outcome: 'submitted', state: 'connecting', connector, locale: 'pt-BR', languageLinks: LANGUAGE_LINKS },
      { 'pt-BR': /estamos conectando com Ticket Log/, en: /connecting to Ticket Log now/ },
    ],
    [
      { outcome: 'submitted', state: 'pending_provider_approval', approvalDeadline: '2026-04-01T15:00:00Z', connector, locale: 'pt-BR', languageLinks: LANGUAGE_LINKS },
      { 'pt-BR': /até 15 dias \(até 1 de abril de 2026\)/, en: /up to 15 days \(by 1 April 2026\)/ },
    ],
    [{ outcome: 'used', locale: 'pt-BR', languageLinks: LANGUAGE_LINKS }, { 'pt-BR': /já foi usado[\s\S]*responda ao e-mail/, en: /already been used[\s\S]*reply to the e-mail/ }],
    [{ outcome: 'expired', locale: 'pt-BR', languageLinks: LANGUAGE_LINKS }, { 'pt-BR': /expirou[\s\S]*link novo/, en: /expired[\s\S]*new link/ }],
    [{ outcome: 'unknown', locale: 'pt-BR', languageLinks: LANGUAGE_LINKS }, { 'pt-BR': /Link não encontrado/, en: /Link not found/ }],
  ];
  it.each(cases.flatMap(([view, expected]) => LOCALES.map((locale) => [`${view.outcome}${'state' in view ? `/${view.state}` : ''}`, locale, view, expected[locale]] as const)))(
    '%s in %s says what happened and what to do',
    (_name, locale, view, expected) => {
      const html = renderConnectOutcome({ ...view, locale, integrationId: 'int_01TEST', ticketNumber: 'TKT-7' });
      expectSafePage(html, locale);
      expect(html).toMatch(expected);
      expect(html).not.toContain('<form');
      expect(html).toContain(locale === 'pt-BR' ? 'Chamado TKT-7 · Integração int_01TEST' : 'Ticket TKT-7 · Integration int_01TEST');
    },
  );
});

describe('the stylesheet and its policy', () => {
  it('allow no inline script or style, and the stylesheet fits a phone', () => {
    expect(CONNECT_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONNECT_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONNECT_CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'/);
    expect(CONNECT_STYLESHEET_PATH).toMatch(/^\/connect\/assets\/[a-z-]+\.css$/);
    expect(CONNECT_STYLESHEET).toMatch(/\.page \{ max-width: 36rem;/);
    expect(CONNECT_STYLESHEET).toMatch(/@media \(min-width: 40rem\)/);
  });
});

