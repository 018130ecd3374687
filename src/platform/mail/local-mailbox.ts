import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope sender (MAIL FROM), a bare address. */
  from: string;
  /** The envelope recipients (RCPT TO), so Bcc recipients show up too. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** With its angle brackets, as sent: `<ntf_abc@ponte>`. */
  messageId: string;
  /** Lower-case names; repeated headers are joined with `, `. */
  headers: Record<string, string>;
  receivedAt: Date;
}

export interface LocalMailbox {
  /** `smtp://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  messages(): ReceivedMail[];
  /** Resolves with the first received (or already received) message matching, rejects after timeoutMs with a message listing what arrived. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Fault injection: the next `count` messages (default 1) are refused at DATA with this SMTP reply, e.g. (550, 'mailbox unavailable') or (451, 'try again later'). */
  refuseNext(code: number, message: string, count?: number): void;
  /** Forgets the received messages and any refusals still pending. */
  clear(): void;
  close(): Promise<void>;
}

export interface LocalMailboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, every received message is also written here as a raw `.eml` file. */
  directory?: string;
}

const DEFAULT_WAIT_MS = 5_000;

interface Waiter {
  predicate: (mail: ReceivedMail) => boolean;
  resolve: (mail: ReceivedMail) => void;
}

interface Refusal {
  code: number;
  message: string;
}

/** A real SMTP server on this machine that keeps what it receives: for tests, and for development without SMTP_URL. */
export async function startLocalMailbox(options: LocalMailboxOptions = {}): Promise<LocalMailbox> {
  const host = options.host ?? '127.0.0.1';
  const directory = options.directory;
  if (directory) await mkdir(directory, { recursive: true, mode: 0o700 });

  const received: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();
  const refusals: Refusal[] = [];

  async function accept(raw: Buffer, session: SMTPServerSession): Promise<void> {
    const receivedAt = new Date();
    const mail = toReceivedMail(await simpleParser(raw), session, receivedAt);
    if (directory) await writeFile(path.join(directory, emlFileName(receivedAt)), raw, { mode: 0o600 });
    received.push(mail);
    for (const waiter of waiters) {
      if (!waiter.predicate(mail)) continue;
      waiters.delete(waiter);
      waiter.resolve(mail);
    }
  }

  const server = new SMTPServer({
    // Plain text only: a local, throwaway mailbox has no certificate worth presenting.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    banner: 'Ponte local mailbox',
    onAuth(auth, _session, callback) {
      // Any user and password: lets a URL with credentials exercise the same path as a real server.
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      // The stream is read to its end even for a refusal: smtp-server replies only once DATA is over.
      readAll(stream)
        .then(async (raw) => {
          const refusal = refusals.shift();
          if (refusal) return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          await accept(raw, session);
          return null;
        })
        .catch((error: unknown) => Object.assign(new Error(`Local mailbox could not keep the message: ${String(error)}`), { responseCode: 451 }))
        .then((refusal) => callback(refusal));
    },
  });

  const port = await listen(server, options.port ?? 0, host);
  // Errors after start-up are single connections going away (a client reset); they must not crash the process.
  server.on('error', () => {});

  return {
    url: `smtp://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    messages: () => [...received],
    waitFor(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      const already = received.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching mail arrived within ${timeoutMs} ms. ${describeArrivals(received)}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    refuseNext(code, message, count = 1) {
      for (let index = 0; index < count; index += 1) refusals.push({ code, message });
    },
    clear() {
      received.length = 0;
      refusals.length = 0;
    },
    close: () => closeServer(server),
  };
}

function listen(server: SMTPServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`The local mailbox cannot listen on ${host}:${port}: port ${port} is already in use`));
      else reject(new Error(`The local mailbox cannot listen on ${host}:${port}: ${error.message}`));
    };
    // smtp-server re-emits the listening socket's errors on itself.
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // A pooled client keeps its connection open; end it now instead of waiting out smtp-server's grace period.
    for (const connection of server.connections) {
      connection.send(421, 'Local mailbox shutting down');
      connection.close();
    }
  });
}

function readAll(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

function toReceivedMail(parsed: ParsedMail, session: SMTPServerSession, receivedAt: Date): ReceivedMail {
  const headers: Record<string, string> = {};
  for (const [name, value] of parsed.headers) headers[name] = headerText(value);
  // mailparser folds List-* headers into one `list` object; keep their original text under their own names.
  for (const { key, line } of parsed.headerLines) {
    if (key.startsWith('list-')) headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((recipient) => recipient.address),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || null,
    messageId: parsed.messageId ?? '',
    headers,
    receivedAt,
  };
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}

function emlFileName(receivedAt: Date): string {
  return `${receivedAt.toISOString().replaceAll(':', '-')}_${randomBytes(4).toString('hex')}.eml`;
}

function describeArrivals(received: ReceivedMail[]): string {
  if (received.length === 0) return 'Nothing arrived.';
  const list = received.map((mail) => `"${mail.subject}" to ${mail.to.join(', ')} (${mail.messageId})`);
  return `Arrived (${received.length}): ${list.join('; ')}`;
}
