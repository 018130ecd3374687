import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../../src/platform/crypto/keyring.ts';
import {
  ReplyAddresses,
  startInboundMailServer,
  startLocalMailbox,
  type InboundMail,
  type InboundMailServer,
} from '../../src/platform/mail/index.ts';
import { replyTextOf } from '../../src/platform/mail/reply-text.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;
const replies = new ReplyAddresses({ baseAddress: 'suporte@ponte.example', keyring: new Keyring(randomBytes(32)) });
const REPLY_TO = replies.addressFor('tkt_abc123');

const PT_BR_REPLY = [
  'Segue a chave de autorização: MF-1234-ABCD',
  '',
  'Obrigado,',
  'João',
  '',
  'Em qua., 5 de mar. de 2025 às 10:00, Ponte Suporte <',
  `${REPLY_TO}> escreveu:`,
  '',
  '> Olá, João,',
  '> envie a chave de autorização do Maxi Frota.',
].join('\n');

const EN_REPLY = [
  'Here it is.',
  '',
  'On Wed, Mar 5, 2025 at 10:00 AM Ponte Support <suporte@ponte.example> wrote:',
  '> Hello Ana,',
  '> please send the key.',
].join('\n');

let server: InboundMailServer;
const received: InboundMail[] = [];
let failNext: Error | null = null;
const transports: Transporter[] = [];

function sendTo(url: string, message: Mail.Options) {
  const transport = nodemailer.createTransport({ url });
  transports.push(transport);
  return transport.sendMail({ from: 'João da Silva <joao@frota.example>', to: REPLY_TO, subject: 'Re: Chave do Maxi Frota', ...message });
}

async function failureOf(sending: Promise<unknown>): Promise<{ responseCode?: number; response?: string }> {
  const error = await sending.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(Error);
  return error as { responseCode?: number; response?: string };
}

beforeAll(async () => {
  server = await startInboundMailServer({
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: MAX_MESSAGE_BYTES,
    acceptsRecipient: (address) => replies.covers(address),
    async onMessage(mail) {
      const failure = failNext;
      failNext = null;
      if (failure) throw failure;
      received.push(mail);
    },
  });
});
afterAll(async () => server?.close());
afterEach(() => {
  received.length = 0;
  for (const transport of transports.splice(0)) transport.close();
});

describe('the inbound mail listener', () => {
  it('parses a pt-BR reply: envelope, From, threading headers, and the new text without the quoted history', async () => {
    await sendTo(server.url, {
      text: PT_BR_REPLY,
      messageId: '<reply-1@frota.example>',
      inReplyTo: '<ntf_abc@ponte>',
      references: ['<ntf_first@ponte>', '<ntf_abc@ponte>'],
    });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.envelope).toEqual({ from: 'joao@frota.example', to: [REPLY_TO] });
    expect(replies.routingIdOf(mail.envelope.to[0]!)).toBe('tkt_abc123');
    expect(mail.from).toEqual({ address: 'joao@frota.example', name: 'João da Silva' });
    expect(mail.subject).toBe('Re: Chave do Maxi Frota');
    expect(mail.messageId).toBe('<reply-1@frota.example>');
    expect(mail.inReplyTo).toBe('<ntf_abc@ponte>');
    expect(mail.references).toEqual(['<ntf_first@ponte>', '<ntf_abc@ponte>']);
    expect(mail.text).toContain('> envie a chave');
    expect(mail.newText).toBe('Segue a chave de autorização: MF-1234-ABCD\n\nObrigado,\nJoão');
    expect(mail.html).toBeNull();
    expect(mail.attachments).toEqual([]);
    expect(mail.automatic).toBe(false);
    expect(mail.receivedAt).toBeInstanceOf(Date);
  });

  it('cuts an English reply at "On … wrote:", and keeps the metadata of attachments but not their content', async () => {
    await sendTo(server.url, {
      text: EN_REPLY,
      html: '<p>Here it is.</p>',
      attachments: [
        { filename: 'cartão.pdf', content: Buffer.alloc(1500, 1), contentType: 'application/pdf' },
        { filename: 'notes.txt', content: 'uma nota' },
      ],
    });
    const mail = received[0]!;
    expect(mail.newText).toBe('Here it is.');
    expect(mail.html).toBe('<p>Here it is.</p>');
    expect(mail.attachments).toEqual([
      { filename: 'cartão.pdf', contentType: 'application/pdf', size: 1500 },
      { filename: 'notes.txt', contentType: 'text/plain', size: 8 },
    ]);
    expect(JSON.stringify(mail)).not.toContain('uma nota');
  });

  it('marks auto-replies and bounces as automatic', async () => {
    await sendTo(server.url, { text: 'Estou de férias.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await sendTo(server.url, { text: 'Undeliverable', envelope: { from: '', to: REPLY_TO } });
    expect(received.map((mail) => mail.automatic)).toEqual([true, true]);
  });

  it('answers 451 when the handler fails, so the sender keeps the message and tries again', async () => {
    failNext = new Error('database unavailable');
    const failure = await failureOf(sendTo(server.url, { text: 'Primeira tentativa', messageId: '<retry@frota.example>' }));
    expect(failure.responseCode).toBe(451);
    expect(failure.response).not.toContain('database unavailable');
    expect(received).toEqual([]);

    await sendTo(server.url, { text: 'Primeira tentativa', messageId: '<retry@frota.example>' });
    expect(received.map((mail) => mail.messageId)).toEqual(['<retry@frota.example>']);
  });

  it('refuses a message over the size limit with 552 and never hands it on', async () => {
    const failure = await failureOf(sendTo(server.url, { text: 'x'.repeat(MAX_MESSAGE_BYTES + 1) }));
    expect(failure.responseCode).toBe(552);
    expect(received).toEqual([]);

    // A client that does not announce the size is refused the same way once the data is in.
    const raw = `From: joao@frota.example\r\nTo: ${REPLY_TO}\r\nSubject: big\r\n\r\n${'y'.repeat(MAX_MESSAGE_BYTES + 1)}\r\n`;
    const silent = await failureOf(sendTo(server.url, { raw, envelope: { from: 'joao@frota.example', to: REPLY_TO } }));
    expect(silent.responseCode).toBe(552);
    expect(received).toEqual([]);
  });

  it('refuses recipients that are not Ponte\'s', async () => {
    const failure = await failureOf(sendTo(server.url, { to: 'ana@example.com', text: 'Olá' }));
    expect(failure.responseCode).toBe(550);
    expect(received).toEqual([]);
  });
});

describe('the local mailbox carrying both directions', () => {
  it('keeps what Ponte sends, and hands replies to Ponte\'s addresses to the inbound handler too', async () => {
    const relayed: InboundMail[] = [];
    const mailbox = await startLocalMailbox({
      inbound: { matches: (address) => replies.covers(address), deliver: async (mail) => void relayed.push(mail) },
    });
    try {
      await sendTo(mailbox.url, { from: 'suporte@ponte.example', to: 'joao@frota.example', subject: 'Chave do Maxi Frota', text: 'Envie a chave.' });
      expect(relayed).toEqual([]);

      await sendTo(mailbox.url, { to: REPLY_TO, cc: 'gerente@frota.example', text: PT_BR_REPLY, messageId: '<reply-local@frota.example>' });
      expect(relayed).toHaveLength(1);
      expect(relayed[0]!.envelope.to).toEqual([REPLY_TO]);
      expect(relayed[0]!.newText).toBe('Segue a chave de autorização: MF-1234-ABCD\n\nObrigado,\nJoão');
      expect(mailbox.messages().map((mail) => mail.to)).toEqual([['joao@frota.example'], [REPLY_TO, 'gerente@frota.example']]);
    } finally {
      await mailbox.close();
    }
  });

  it('refuses with 451, keeping nothing, when the inbound handler fails', async () => {
    const mailbox = await startLocalMailbox({
      inbound: {
        matches: (address) => replies.covers(address),
        deliver: async () => {
          throw new Error('not now');
        },
      },
    });
    try {
      const failure = await failureOf(sendTo(mailbox.url, { text: EN_REPLY }));
      expect(failure.responseCode).toBe(451);
      expect(mailbox.messages()).toEqual([]);
    } finally {
      await mailbox.close();
    }
  });
});

describe('the text of a reply without its quoted history', () => {
  it('cuts at Outlook\'s separator and header block, in English and pt-BR', () => {
    const outlook = (lines: string[]) => replyTextOf(['Chave em anexo.', '', ...lines, '', 'Olá, envie a chave.'].join('\r\n'));
    expect(outlook(['-----Original Message-----', 'From: Ponte <suporte@ponte.example>', 'Sent: Wednesday, March 5, 2025 10:00 AM'])).toBe('Chave em anexo.');
    expect(outlook(['-----Mensagem original-----', 'De: suporte@ponte.example', 'Enviada em: quarta-feira'])).toBe('Chave em anexo.');
    expect(outlook(['________________________________', 'De: Ponte Suporte <suporte@ponte.example>', 'Enviado: quarta-feira, 5 de março de 2025 10:00', 'Para: João'])).toBe('Chave em anexo.');
    expect(outlook(['From: Ponte <suporte@ponte.example>', 'Date: Wed, 5 Mar 2025', 'Subject: Chave'])).toBe('Chave em anexo.');
  });

  it('keeps a person\'s own lines that only look like a header, and the answers of an inline reply', () => {
    expect(replyTextOf('De: mim, para você.\nObrigado!')).toBe('De: mim, para você.\nObrigado!');
    expect(replyTextOf('On Monday I will send the key.\nThanks')).toBe('On Monday I will send the key.\nThanks');
    expect(replyTextOf('> Qual é a chave?\nMF-1234-ABCD\n> E o CNPJ?\n12.345.678/0001-90')).toBe('MF-1234-ABCD\n12.345.678/0001-90');
    expect(replyTextOf('\n\nSó texto.\n\n')).toBe('Só texto.');
  });

  it('takes time in proportion to the text, however long its lines', () => {
    const started = performance.now();
    replyTextOf(`On ${'a '.repeat(200_000)}\n${'2024-'.padEnd(200_000, '1')}\nFrom: ${'x '.repeat(200_000)}`);
    // Quadratic backtracking takes tens of seconds here (see reply-text.ts); a linear scan takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
