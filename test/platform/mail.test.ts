import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, MailError, startLocalMailbox, type LocalMailbox, type Mailer, type OutgoingMail } from '../../src/platform/mail/index.ts';

const FROM = 'Ponte <no-reply@ponte.local>';
const PT_BR = 'Pagamento confirmado — cobrança nº 123, açaí';

let mailbox: LocalMailbox;
const mailers: Mailer[] = [];

function mailerFor(url: string, timeoutMs?: number): Mailer {
  const mailer = createMailer({ url, from: FROM, timeoutMs });
  mailers.push(mailer);
  return mailer;
}

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return { to: ['ana@example.com'], subject: 'Olá', text: 'Olá, Ana.', messageId: `<ntf_${Math.random().toString(36).slice(2)}@ponte>`, ...overrides };
}

async function sendFailure(mailer: Mailer, outgoing: OutgoingMail): Promise<MailError> {
  const error = await mailer.send(outgoing).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(MailError);
  return error as MailError;
}

/** A port nothing listens on: bound by us a moment ago, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  mailbox = await startLocalMailbox();
});
afterAll(async () => mailbox?.close());
beforeEach(() => mailbox.clear());
afterEach(() => {
  for (const mailer of mailers.splice(0)) mailer.close();
});

describe('sending to the local mailbox', () => {
  it('delivers a pt-BR mail with subject, text, html, recipients, Message-ID and custom headers intact', async () => {
    const sent = await mailerFor(mailbox.url).send({
      to: ['ana@example.com'],
      subject: PT_BR,
      text: `${PT_BR}\nObrigado!`,
      html: `<p>${PT_BR}</p>`,
      messageId: '<ntf_abc@ponte>',
      headers: { 'X-Ponte-Notification': 'ntf_abc' },
    });
    expect(sent).toEqual({ messageId: '<ntf_abc@ponte>', accepted: ['ana@example.com'], rejected: [] });

    const received = await mailbox.waitFor((candidate) => candidate.messageId === '<ntf_abc@ponte>');
    expect(received.subject).toBe(PT_BR);
    expect(received.text.trimEnd()).toBe(`${PT_BR}\nObrigado!`);
    expect(received.html).toBe(`<p>${PT_BR}</p>`);
    expect(received.from).toBe('no-reply@ponte.local');
    expect(received.to).toEqual(['ana@example.com']);
    expect(received.headers['x-ponte-notification']).toBe('ntf_abc');
    expect(received.headers['subject']).toBe(PT_BR);
    expect(received.headers['from']).toContain('no-reply@ponte.local');
    expect(received.receivedAt).toBeInstanceOf(Date);
  });

  it('delivers one mail to several recipients', async () => {
    const sent = await mailerFor(mailbox.url).send(mail({ to: ['ana@example.com', 'bruno@example.com', 'carla@example.com'], messageId: '<ntf_many@ponte>' }));
    expect(sent.accepted).toEqual(['ana@example.com', 'bruno@example.com', 'carla@example.com']);

    const received = await mailbox.waitFor((candidate) => candidate.messageId === '<ntf_many@ponte>');
    expect(received.to).toEqual(['ana@example.com', 'bruno@example.com', 'carla@example.com']);
    expect(received.headers['to']).toBe('ana@example.com, bruno@example.com, carla@example.com');
    expect(mailbox.messages()).toHaveLength(1);
  });

  it('accepts a URL with credentials', async () => {
    const { port } = mailbox;
    await mailerFor(`smtp://ponte:s3cr3t-pass@127.0.0.1:${port}`).send(mail({ messageId: '<ntf_auth@ponte>' }));
    await expect(mailbox.waitFor((candidate) => candidate.messageId === '<ntf_auth@ponte>')).resolves.toMatchObject({ to: ['ana@example.com'] });
  });

  it('rejects waitFor with what did arrive when nothing matches in time', async () => {
    await mailerFor(mailbox.url).send(mail({ subject: 'Boleto disponível', messageId: '<ntf_other@ponte>' }));
    await expect(mailbox.waitFor((candidate) => candidate.subject === 'never', 50)).rejects.toThrow(/within 50 ms.*"Boleto disponível" to ana@example.com/);
  });
});

describe('refusals', () => {
  it('turns a 5xx reply into a permanent MailError and keeps nothing', async () => {
    mailbox.refuseNext(550, 'mailbox unavailable');
    const error = await sendFailure(mailerFor(mailbox.url), mail());
    expect(error.permanent).toBe(true);
    expect(error.responseCode).toBe(550);
    expect(error.message).toBe('The mail server refused the message: 550 mailbox unavailable');
    expect(mailbox.messages()).toEqual([]);
  });

  it('turns a 4xx reply into a temporary MailError, and the next send goes through', async () => {
    const mailer = mailerFor(mailbox.url);
    mailbox.refuseNext(451, 'try again later');
    const error = await sendFailure(mailer, mail());
    expect(error.permanent).toBe(false);
    expect(error.responseCode).toBe(451);
    expect(error.message).toContain('451 try again later');

    await mailer.send(mail({ messageId: '<ntf_retry@ponte>' }));
    await mailbox.waitFor((candidate) => candidate.messageId === '<ntf_retry@ponte>');
    expect(mailbox.messages()).toHaveLength(1);
  });

  it('refuses as many messages as asked, then accepts again', async () => {
    const mailer = mailerFor(mailbox.url);
    mailbox.refuseNext(550, 'mailbox unavailable', 2);
    await sendFailure(mailer, mail());
    await sendFailure(mailer, mail());
    await mailer.send(mail({ messageId: '<ntf_third@ponte>' }));
    expect(mailbox.messages().map((received) => received.messageId)).toEqual(['<ntf_third@ponte>']);
  });
});

describe('recipients refused by the server', () => {
  let picky: SMTPServer;
  let url: string;

  beforeAll(async () => {
    picky = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      disableReverseLookup: true,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('gone')) return callback(Object.assign(new Error('no such user'), { responseCode: 550 }));
        if (address.address.startsWith('later')) return callback(Object.assign(new Error('greylisted, try later'), { responseCode: 450 }));
        callback();
      },
      onData(stream, _session, callback) {
        stream.on('end', () => callback());
        stream.resume();
      },
    });
    await new Promise<void>((resolve) => picky.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(picky.server.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const connection of picky.connections) connection.close();
    await new Promise<void>((resolve) => picky.close(() => resolve()));
  });

  it('returns a partial rejection instead of failing', async () => {
    const sent = await mailerFor(url).send(mail({ to: ['ana@example.com', 'gone@example.com'] }));
    expect(sent.accepted).toEqual(['ana@example.com']);
    expect(sent.rejected).toEqual(['gone@example.com']);
  });

  it('fails for good when every recipient is refused', async () => {
    const error = await sendFailure(mailerFor(url), mail({ to: ['gone@example.com', 'gone.too@example.com'] }));
    expect(error.permanent).toBe(true);
    expect(error.responseCode).toBe(550);
    expect(error.message).toMatch(/^The mail server refused every recipient: 550/);
  });

  it('stays temporary when a refused recipient was only deferred', async () => {
    const error = await sendFailure(mailerFor(url), mail({ to: ['gone@example.com', 'later@example.com'] }));
    expect(error.permanent).toBe(false);
    expect(error.responseCode).toBe(450);
  });
});

describe('an unreachable server', () => {
  it('gives a temporary MailError that never shows the credentials', async () => {
    const port = await closedPort();
    const error = await sendFailure(mailerFor(`smtp://ponte:s3cr3t-pass@127.0.0.1:${port}`), mail());
    expect(error.permanent).toBe(false);
    expect(error.responseCode).toBeNull();
    expect(error.message).toBe(`The mail server could not be reached at 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
    for (const shown of [error.message, String(error), JSON.stringify(error), error.stack ?? '']) {
      expect(shown).not.toContain('s3cr3t-pass');
      expect(shown).not.toContain('ponte:s3cr3t');
    }
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'MailError', message: error.message, permanent: false, responseCode: null });
  });

  it('gives a temporary MailError when the server never greets', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const error = await sendFailure(mailerFor(`smtp://127.0.0.1:${port}`, 200), mail());
      expect(error.permanent).toBe(false);
      expect(error.message).toMatch(new RegExp(`^The mail server at 127\\.0\\.0\\.1:${port} did not answer within 200 ms`));
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('refuses a URL that is not smtp:// or smtps:// without repeating it', () => {
    expect(() => createMailer({ url: 'http://ponte:s3cr3t-pass@example.com', from: FROM })).toThrow(/must start with smtp:\/\/ or smtps:\/\/, not http:\/\/$/);
  });
});

describe('the local mailbox itself', () => {
  it('writes each received message as an .eml file when given a directory', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ponte-mail-'));
    const directory = path.join(root, 'outbox', 'dev');
    const withFiles = await startLocalMailbox({ directory });
    try {
      const mailer = mailerFor(withFiles.url);
      await mailer.send(mail({ subject: PT_BR, messageId: '<ntf_file1@ponte>' }));
      await mailer.send(mail({ messageId: '<ntf_file2@ponte>' }));

      expect((await stat(directory)).mode & 0o777).toBe(0o700);
      const files = (await readdir(directory)).sort();
      expect(files).toHaveLength(2);
      for (const file of files) expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z_[0-9a-f]+\.eml$/);
      const sources = await Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')));
      expect(sources.join('\n')).toContain('Message-ID: <ntf_file1@ponte>');
      expect(sources.join('\n')).toContain('Message-ID: <ntf_file2@ponte>');
    } finally {
      await withFiles.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('says the port is in use when it is taken', async () => {
    await expect(startLocalMailbox({ port: mailbox.port })).rejects.toThrow(`port ${mailbox.port} is already in use`);
  });
});
