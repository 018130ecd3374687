import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

const SUPPORT = 'suporte@ponte.example';
let ponte: TestPonte;
let customer: { accountId: string; keySecret: string };

/** Sends through real SMTP to Ponte's inbound listener, as the customer's mail server would. */
async function send(message: Mail.Options): Promise<void> {
  const transport = nodemailer.createTransport({ url: ponte.inboundMail!.url });
  try {
    await transport.sendMail({ to: SUPPORT, ...message });
  } finally {
    transport.close();
  }
}

const ticketsWithSubject = async (subject: string) =>
  (await ponte.database.pool.query<{ id: string; account_id: string }>('select id, account_id from tickets where subject = $1', [subject])).rows;

const staff = { role: 'admin' as const, userId: null, accountId: null, name: 'test' };

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false, env: { PONTE_INBOUND_SMTP_PORT: '0', PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>', PONTE_SUPPORT_ADDRESS: SUPPORT } });
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Correio', contactEmail: 'frota@correio.example' });
  const user = await ponte.accounts.createUser(cliActor, { email: 'dev@correio.example', name: 'Dev Correio', role: 'customer', accountId: account.id });
  const key = await ponte.apiAccess.keys.create(cliActor, { name: 'produção', environment: 'production', users: [user.id] });
  customer = { accountId: account.id, keySecret: key.key };
});
afterAll(async () => ponte?.dispose());

describe('intake by e-mail', () => {
  it('takes a bare support address in PONTE_SUPPORT_ADDRESS, and names the variable when it is not one', () => {
    expect(loadConfig({ PONTE_SUPPORT_ADDRESS: 'Suporte@Ponte.Example' }).supportAddress).toBe('suporte@ponte.example');
    expect(loadConfig({}).supportAddress).toBeUndefined();
    expect(() => loadConfig({ PONTE_SUPPORT_ADDRESS: 'suporte em ponte' })).toThrow(ConfigError);
    expect(() => loadConfig({ PONTE_SUPPORT_ADDRESS: 'suporte em ponte' })).toThrow(/PONTE_SUPPORT_ADDRESS/);
  });

  it('opens a support ticket for the sender’s account, with the evidence of the request id quoted, once per Message-ID', async () => {
    const requestId = randomUUID();
    const failed = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', headers: { 'x-request-id': requestId }, payload: { apiKey: customer.keySecret, environment: 'sandbox' } });
    expect(failed.statusCode).toBe(403);

    const mail: Mail.Options = {
      from: 'Dev Correio <dev@correio.example>',
      subject: 'Erro 403 ao pedir token',
      text: `Bom dia,\n\ndesde cedo o POST /v1/auth/token responde 403. A requisição: ${requestId}\n\nObrigado`,
      messageId: `<${randomUUID()}@correio.example>`,
      attachments: [{ filename: 'print.txt', content: 'tela do erro', contentType: 'text/plain' }],
    };
    await send(mail);
    const [row] = await ticketsWithSubject('Erro 403 ao pedir token');
    expect(row?.account_id).toBe(customer.accountId);
    const ticket = await ponte.supportDesk.get(staff, row!.id);
    expect(ticket).toMatchObject({ kind: 'support', stage: 'received', category: 'invalid_api_key', requester: { email: 'dev@correio.example' } });
    expect(ticket.evidence.missing).toEqual([]);
    expect(ticket.evidence.items.find((item) => item.item === 'requestId')?.value).toBe(requestId);
    expect(ticket.messages[0]).toMatchObject({ direction: 'inbound', from: 'dev@correio.example', mailMessageId: mail.messageId, attachments: [{ filename: 'print.txt', contentType: 'text/plain', size: 12 }] });
    expect(ticket.messages[0]!.body).toContain('responde 403');
    expect(ticket.sla?.firstAnswer.state).toBe('running');

    // The same message delivered again (a retry of the sending server): no second ticket.
    await send(mail);
    expect(await ticketsWithSubject('Erro 403 ao pedir token')).toHaveLength(1);

    // A reply to the ticket's own address still reaches that ticket, not a new one.
    await send({ from: 'dev@correio.example', to: ponte.replyAddresses.addressFor(row!.id), subject: 'Re: Erro 403 ao pedir token', text: 'Mais um detalhe: acontece só em produção.' });
    const after = await ponte.supportDesk.get(staff, row!.id);
    expect(after.messages.map((message) => message.body)).toContain('Mais um detalhe: acontece só em produção.');
    expect(await ticketsWithSubject('Re: Erro 403 ao pedir token')).toHaveLength(0);
  });

  it('takes the account’s contact e-mail as a sender too', async () => {
    await send({ from: 'frota@correio.example', subject: 'Dúvida sobre versões', text: 'Qual versão da API devemos usar?' });
    const [row] = await ticketsWithSubject('Dúvida sobre versões');
    expect(row?.account_id).toBe(customer.accountId);
  });

  it('sets aside mail from a sender of no account, with the reason, and opens no ticket', async () => {
    const messageId = `<${randomUUID()}@desconhecido.example>`;
    await send({ from: 'alguem@desconhecido.example', subject: 'Quero suporte', text: 'Olá, preciso de ajuda', messageId });
    expect(await ticketsWithSubject('Quero suporte')).toHaveLength(0);
    const aside = await ponte.database.pool.query<{ reason: string }>('select reason from set_aside_mail where mail_message_id = $1', [messageId]);
    expect(aside.rows).toEqual([{ reason: expect.stringContaining('no user or contact of any account') }]);
  });
});
