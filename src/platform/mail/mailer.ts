import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** One or more addresses. */
  to: string[];
  /** May contain pt-BR accents (UTF-8). */
  subject: string;
  text: string;
  html?: string;
  /** Stable across retries of the same notification, e.g. `<ntf_abc@ponte>`; used as the Message-ID header. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  /** Recipients the server refused while accepting the others: a partial rejection is not an error. */
  rejected: string[];
}

/** Why a mail was not sent. The message is safe to show and store: it never carries the SMTP credentials. */
export class MailError extends Error {
  override readonly name = 'MailError';
  /** True when sending the same mail again would fail the same way (a 5xx reply, every recipient refused). */
  readonly permanent: boolean;
  readonly responseCode: number | null;

  constructor(message: string, details: { permanent: boolean; responseCode?: number | null }) {
    super(message);
    this.permanent = details.permanent;
    this.responseCode = details.responseCode ?? null;
  }

  /** Errors serialize to `{}` by default; a stored failure should say what happened. */
  toJSON(): { name: string; message: string; permanent: boolean; responseCode: number | null } {
    return { name: this.name, message: this.message, permanent: this.permanent, responseCode: this.responseCode };
  }
}

/** The domain of the From address: what the Message-IDs of Ponte's e-mails end in. */
export const mailDomainOf = (from: string): string => /@([^>\s]+)>?$/.exec(from)?.[1] ?? 'localhost';

export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:port` or `smtps://user:pass@host:port`. */
  url: string;
  from: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** What an error message may say about the server, and what it must never say. */
interface ServerDetails {
  address: string;
  secrets: string[];
  timeoutMs: number;
}

export function createMailer(options: MailerOptions): Mailer {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const server = describeServer(options.url, timeoutMs);
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });

  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        });
        return { messageId: info.messageId || mail.messageId, accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
      } catch (error) {
        throw toMailError(error, server);
      }
    },
    close() {
      transport.close();
    },
  };
}

function describeServer(url: string, timeoutMs: number): ServerDetails {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL itself is not repeated: it may hold the password.
    throw new MailError('The SMTP URL is not valid; expected smtp://user:pass@host:port or smtps://user:pass@host:port', { permanent: true });
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new MailError(`The SMTP URL must start with smtp:// or smtps://, not ${parsed.protocol}//`, { permanent: true });
  }
  // Nodemailer's defaults when the URL names no port.
  const port = parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587');
  const secrets = [url];
  if (parsed.password) {
    const userInfo = `${parsed.username}:${parsed.password}`;
    secrets.push(userInfo, safeDecode(userInfo), parsed.password, safeDecode(parsed.password));
  }
  return { address: `${parsed.hostname}:${port}`, secrets: secrets.filter(Boolean), timeoutMs };
}

/** The fields nodemailer sets on the errors it rejects with; all may be missing. */
interface NodemailerFailure {
  message?: string;
  code?: string;
  command?: string;
  response?: string;
  responseCode?: number;
}

function toMailError(error: unknown, server: ServerDetails): MailError {
  const failure: NodemailerFailure = error instanceof Error ? error : { message: String(error) };
  const detail = failure.message ?? 'unknown error';
  const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : null;

  if (responseCode !== null) {
    const reply = failure.response ?? String(responseCode);
    return safeError(`${refusalSubject(failure)}: ${reply}`, server, { permanent: responseCode >= 500 && responseCode < 600, responseCode });
  }
  switch (failure.code) {
    case 'EENVELOPE':
      // Refused before anything reached the server (no recipient, an address that cannot be written): retrying won't help.
      return safeError(`The mail has no deliverable sender or recipient: ${detail}`, server, { permanent: true });
    case 'ETIMEDOUT':
      return safeError(`The mail server at ${server.address} did not answer within ${server.timeoutMs} ms: ${detail}`, server, { permanent: false });
    case 'ESOCKET':
    case 'EDNS':
    case 'EPROXY':
      return safeError(`The mail server could not be reached at ${server.address}: ${detail}`, server, { permanent: false });
    case 'ECONNECTION':
      return safeError(`The mail server at ${server.address} closed the connection unexpectedly: ${detail}`, server, { permanent: false });
    case 'ETLS':
      return safeError(`The secure connection to the mail server at ${server.address} failed: ${detail}`, server, { permanent: false });
    case 'EAUTH':
    case 'ENOAUTH':
      return safeError(`The mail server login failed: ${detail}`, server, { permanent: false });
    default:
      return safeError(`Sending the mail failed: ${detail}`, server, { permanent: false });
  }
}

function refusalSubject(failure: NodemailerFailure): string {
  if (failure.code === 'EAUTH') return 'The mail server refused the login';
  if (failure.command === 'MAIL FROM') return 'The mail server refused the sender';
  // Nodemailer reports a deferral (4xx) here when there was one, so a greylisted recipient keeps the error temporary.
  if (failure.command === 'RCPT TO') return 'The mail server refused every recipient';
  return 'The mail server refused the message';
}

function safeError(message: string, server: ServerDetails, details: { permanent: boolean; responseCode?: number | null }): MailError {
  return new MailError(withoutSecrets(message, server.secrets), details);
}

/** Belt and braces: a server reply or a socket error could echo what we sent it. */
function withoutSecrets(text: string, secrets: string[]): string {
  // Longest first, so the whole URL is blanked before the password inside it.
  return [...secrets].sort((a, b) => b.length - a.length).reduce((clean, secret) => clean.split(secret).join('[REDACTED]'), text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
