import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { type InboundMail, parseReceivedMessage, readMessage } from './received-message.ts';
import { closeServer, listen, smtpUrl } from './smtp-listening.ts';

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
  /**
   * Mail for Ponte itself (a reply to one of its e-mails) is also handed to the inbound handler, as the inbound
   * listener would, so one mailbox carries both directions on a laptop. A failing delivery refuses the message with 451.
   */
  inbound?: InboundRelay;
}

export interface InboundRelay {
  /** Whether an envelope recipient is Ponte's, e.g. `(address) => replyAddresses.covers(address)`. */
  matches(address: string): boolean;
  /** Gets the message with `envelope.to` narrowed to the matching recipients. */
  deliver(mail: InboundMail): Promise<void>;
}

// A bound for a loaded machine (the reliability suites run beside the rest of the tests), not a measurement.
const DEFAULT_WAIT_MS = 30_000;

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

  async function accept(parsed: InboundMail, raw: Buffer): Promise<void> {
    const relayedTo = parsed.envelope.to.filter((address) => options.inbound?.matches(address));
    // Handed on first: if Ponte cannot take it, the 451 makes the sender try again, and the mailbox keeps no half.
    if (options.inbound && relayedTo.length > 0) await options.inbound.deliver({ ...parsed, envelope: { ...parsed.envelope, to: relayedTo } });
    const mail = toReceivedMail(parsed);
    if (directory) await writeFile(path.join(directory, emlFileName(mail.receivedAt)), raw, { mode: 0o600 });
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
      readMessage(stream)
        .then(async (raw) => {
          const refusal = refusals.shift();
          if (refusal) return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          await accept(await parseReceivedMessage(raw, session), raw);
          return null;
        })
        .catch((error: unknown) => Object.assign(new Error(`Local mailbox could not keep the message: ${String(error)}`), { responseCode: 451 }))
        .then((refusal) => callback(refusal));
    },
  });

  const port = await listen(server, options.port ?? 0, host, 'The local mailbox');

  return {
    url: smtpUrl(host, port),
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
    close: () => closeServer(server, 'Local mailbox shutting down'),
  };
}

function toReceivedMail(mail: InboundMail): ReceivedMail {
  return {
    from: mail.envelope.from,
    to: mail.envelope.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId ?? '',
    headers: mail.headers,
    receivedAt: mail.receivedAt,
  };
}

function emlFileName(receivedAt: Date): string {
  return `${receivedAt.toISOString().replaceAll(':', '-')}_${randomBytes(4).toString('hex')}.eml`;
}

function describeArrivals(received: ReceivedMail[]): string {
  if (received.length === 0) return 'Nothing arrived.';
  const list = received.map((mail) => `"${mail.subject}" to ${mail.to.join(', ')} (${mail.messageId})`);
  return `Arrived (${received.length}): ${list.join('; ')}`;
}
