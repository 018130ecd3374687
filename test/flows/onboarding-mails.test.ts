import { describe, expect, it } from 'vitest';
import { renderOnboardingMail, type OnboardingMailKind, type OnboardingMailVariables } from '../../src/flows/onboarding/messages.ts';

const LOCALES = ['pt-BR', 'en'] as const;
const customer = { contactName: 'Marina', accountName: 'Transportes Andrade', connectorName: 'Maxi Frota', ticketNumber: 'TKT-1042' };
const link = { connectUrl: 'https://ponte.example/connect/tok_abc?x=1&y=2', linkExpiresAt: new Date('2026-03-18T21:00:00Z') };
const records = [
  { occurredAt: '2026-03-17T13:22:33Z', plate: 'ABC1D23', driver: 'JOAO SILVA', fuel: 'DIESEL S10', litres: 120.5, amount: 1234.56 },
  { occurredAt: '2026-03-17T18:05:00Z', plate: 'XYZ9K88', driver: null, fuel: 'GASOLINA', litres: 40, amount: 239.6 },
];

/** One set of variables per kind (three for the instructions, one per flow). */
const CASES: { [Kind in OnboardingMailKind]: OnboardingMailVariables[Kind][] } = {
  instructions: [
    { ...customer, ...link, flow: 'key_exchange' },
    { ...customer, ...link, connectorName: 'Ticket Log', flow: 'provider_approval' },
    { ...customer, ...link, connectorName: 'PagHiper', flow: 'self_service' },
  ],
  reminder: [{ ...customer, ...link, flow: 'key_exchange', businessDays: 2 }],
  key_expired: [
    { ...customer, ...link, reason: 'expired', providerMessage: null },
    { ...customer, ...link, reason: 'refused', providerMessage: 'Chave inválida' },
  ],
  credentials_refused: [{ ...customer, ...link, connectorName: 'PagHiper', providerMessage: 'apiKey inválida' }],
  pending_approval: [{ ...customer, connectorName: 'Ticket Log', approvalDeadline: '2026-04-01T15:00:00Z' }],
  needs_revision: [{ ...customer, ...link, connectorName: 'Ticket Log', reason: 'Usuário sem permissão de consulta' }],
  activated: [customer],
  validation_request: [{ ...customer, records, totalRecords: 2, portalUrl: 'https://ponte.example/portal/int_1' }],
  agent_alert: [{ subject: 'SLA a 2 dias do fim', body: 'Ticket Log ainda não aprovou.\nPrazo: 01/04.', ticketNumber: 'TKT-1042', link: 'https://ponte.example/console/tkt_1' }],
};
const ALL = (Object.entries(CASES) as [OnboardingMailKind, object[]][]).flatMap(([kind, list]) =>
  list.flatMap((variables, index) => LOCALES.map((locale) => ({ name: `${kind}#${index}`, kind, locale, variables }))),
);
const render = (kind: OnboardingMailKind, locale: 'pt-BR' | 'en', variables: object) => renderOnboardingMail(kind, locale, variables as never);

describe('renderOnboardingMail', () => {
  it.each(ALL)('$name renders in $locale with a subject, a text part and an HTML part', ({ kind, locale, variables }) => {
    const mail = render(kind, locale, variables);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.subject).not.toMatch(/\n|\{\{|\{%/);
    for (const part of [mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\{|\{%|undefined|\[object Object\]/);
      if (kind !== 'agent_alert') {
        expect(part).toContain('TKT-1042');
        expect(part).toContain(locale === 'pt-BR' ? 'responder a este e-mail' : 'reply to this e-mail');
      }
    }
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.text).not.toMatch(/<[a-z]/);
    if ('connectUrl' in variables) {
      expect(mail.text).toContain('https://ponte.example/connect/tok_abc?x=1&y=2');
      expect(mail.html).toContain('href="https://ponte.example/connect/tok_abc?x=1&amp;y=2"');
      expect(mail.text).toContain(locale === 'pt-BR' ? '18 de março de 2026 às 18:00 (horário de Brasília)' : '18 March 2026 at 18:00 (Brasília time)');
    }
  });

  it.each(ALL)('$name in $locale throws when any of its variables is missing', ({ kind, locale, variables }) => {
    for (const name of Object.keys(variables)) {
      const { [name]: _left, ...rest } = variables as Record<string, unknown>;
      expect(() => render(kind, locale, rest), name).toThrow();
    }
  });

  it('never asks for a key or password by e-mail, and says how long each step takes', () => {
    const [keyExchange, approval, selfService] = CASES.instructions;
    const pt = render('instructions', 'pt-BR', keyExchange!);
    expect(pt.subject).toBe('Integração Maxi Frota: envie a chave de autorização');
    expect(pt.text).toContain('portal Maxi Frota e gere a chave de autorização');
    expect(pt.text).toContain('expira em até 12 horas');
    expect(pt.text).toContain('nunca envie a chave por e-mail');
    const en = render('instructions', 'en', keyExchange!);
    expect(en.text).toContain('expires within 12 hours');
    expect(en.text).toContain('never send the key by e-mail');
    const ticketLog = render('instructions', 'pt-BR', approval!);
    expect(ticketLog.text).toContain('usuário e a senha do web service');
    expect(ticketLog.text).toContain('valida a integração em até 15 dias e pode pedir mais informações');
    expect(ticketLog.text).toContain('nunca envie usuário e senha por e-mail');
    expect(render('instructions', 'pt-BR', selfService!).text).toContain('Conferimos as credenciais com PagHiper na hora');
  });

  it('states the refusal in the provider words and the approval deadline as a date', () => {
    const [expired, refused] = CASES.key_expired;
    expect(render('key_expired', 'pt-BR', expired!).text).toContain('gerada há mais de 12 horas');
    expect(render('key_expired', 'pt-BR', expired!).text).not.toContain('Mensagem do provedor');
    expect(render('key_expired', 'pt-BR', refused!).text).toContain('Mensagem do provedor: “Chave inválida”');
    expect(render('key_expired', 'en', refused!).text).toContain('The provider said: “Chave inválida”');
    expect(render('needs_revision', 'pt-BR', CASES.needs_revision[0]!).text).toContain('“Usuário sem permissão de consulta”');
    expect(render('pending_approval', 'pt-BR', CASES.pending_approval[0]!).text).toContain('até 1 de abril de 2026');
    expect(render('pending_approval', 'en', CASES.pending_approval[0]!).text).toContain('until 1 April 2026');
  });

  it('shows the first records in a table with Brazilian money, litres and São Paulo times', () => {
    const mail = render('validation_request', 'pt-BR', CASES.validation_request[0]!);
    expect(mail.subject).toBe('Os dados da integração Maxi Frota estão corretos?');
    expect(mail.text).toMatch(/- 17\/03\/2026 10:22 \| ABC1D23, JOAO SILVA \| DIESEL S10, 120,5 L \| R\$\s1\.234,56/);
    expect(mail.text).toMatch(/- 17\/03\/2026 15:05 \| XYZ9K88, — \| GASOLINA, 40 L \| R\$\s239,60/);
    expect(mail.html).toMatch(/<th[^>]*>Placa e motorista<\/th>/);
    expect(mail.html).toContain('<strong>ABC1D23</strong><br>JOAO SILVA');
    expect(mail.text).toContain('Data | Placa e motorista | Combustível | Valor');
    expect(mail.html).toMatch(/<td[^>]*>R\$\s1\.234,56<\/td>/);
    expect(mail.html).toContain('href="https://ponte.example/portal/int_1"');
    expect(mail.text).toContain('Confirmo');
    const withoutPortal = render('validation_request', 'en', { ...CASES.validation_request[0]!, records: records.slice(0, 1), portalUrl: null });
    expect(withoutPortal.text).toContain('These are 1 of the 2 received so far');
    expect(withoutPortal.html).not.toContain('/portal/');
  });

  it('escapes HTML in the HTML part and leaves the text part as written', () => {
    const evil = { ...customer, ...link, accountName: 'Frota <script>alert(1)</script> & Cia', contactName: '<b>Ana</b>', providerMessage: '<img src=x onerror=alert(1)>' };
    const mail = render('credentials_refused', 'pt-BR', evil);
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain('Frota &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cia');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.text).toContain('Frota <script>alert(1)</script> & Cia');
    const alert = render('agent_alert', 'pt-BR', { subject: 'x', body: 'first <line>\nsecond', ticketNumber: null, link: null });
    expect(alert.html).toContain('first &#60;line&#62;<br>\nsecond');
    expect(alert.html).not.toContain('<line>');
    expect(alert.text).toContain('first <line>\nsecond');
  });

  it('writes the staff notice with its subject, body, ticket and link', () => {
    const mail = render('agent_alert', 'pt-BR', CASES.agent_alert[0]!);
    expect(mail.subject).toBe('[Ponte] SLA a 2 dias do fim');
    expect(mail.text).toContain('Ticket Log ainda não aprovou.\nPrazo: 01/04.');
    expect(mail.text).toContain('Chamado TKT-1042.');
    expect(mail.html).toContain('href="https://ponte.example/console/tkt_1"');
    expect(render('agent_alert', 'en', CASES.agent_alert[0]!).text).toContain('Ticket TKT-1042.');
  });
});
