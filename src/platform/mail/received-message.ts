import type { Readable } from 'node:stream';
import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import type { SMTPServerSession } from 'smtp-server';
import { replyTextOf } from './reply-text.ts';

/** A message an SMTP server of ours received, parsed: what the inbound listener hands on, and what the local mailbox keeps. */
export interface InboundMail {
  /** The SMTP envelope: MAIL FROM (empty for a bounce) and RCPT TO, so Bcc recipients show up too. Bare addresses. */
  envelope: { from: string; to: string[] };
  /** The From header, which the person's mail program shows; null when missing or unreadable. */
  from: { address: string; name: string } | null;
  subject: string;
  text: string;
  /** `text` without the quoted history below a reply (see replyTextOf). */
  newText: string;
  html: string | null;
  /** With angle brackets, as sent; null when the message has none. */
  messageId: string | null;
  inReplyTo: string | null;
  /** The References header's Message-IDs, oldest first. */
  references: string[];
  /** Lower-case names; repeated headers are joined with `, `. */
  headers: Record<string, string>;
  /** Metadata only: the content is not kept. */
  attachments: { filename: string | null; contentType: string; size: number }[];
  /** Sent by a program (auto-reply, bounce, list), per RFC 3834: answering it could start a mail loop. */
  automatic: boolean;
  receivedAt: Date;
}

/** Parses a raw message as received in an SMTP session. */
export async function parseReceivedMessage(raw: Buffer, session: SMTPServerSession, receivedAt = new Date()): Promise<InboundMail> {
  const parsed = await simpleParser(raw);
  const headers = headerRecord(parsed);
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  const text = parsed.text ?? '';
  const from = parsed.from?.value.find((entry) => entry.address);
  return {
    envelope: { from: envelopeFrom, to: session.envelope.rcptTo.map((recipient) => recipient.address) },
    from: from?.address ? { address: from.address, name: from.name } : null,
    subject: parsed.subject ?? '',
    text,
    newText: replyTextOf(text),
    html: parsed.html || null,
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references: typeof parsed.references === 'string' ? [parsed.references] : (parsed.references ?? []),
    headers,
    attachments: parsed.attachments.map((attachment) => ({ filename: attachment.filename ?? null, contentType: attachment.contentType, size: attachment.size })),
    automatic: envelopeFrom === '' || isAutomatic(headers),
    receivedAt,
  };
}

/** Reads a DATA stream to its end; past `maxBytes` the rest is drained, not kept (smtp-server answers only once DATA is over). */
export function readMessage(stream: Readable, maxBytes = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    stream.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBytes) chunks.push(chunk);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

function isAutomatic(headers: Record<string, string>): boolean {
  const autoSubmitted = headers['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (headers['x-autoreply'] || headers['x-autorespond'] || headers['list-id']) return true;
  return ['bulk', 'junk', 'list', 'auto_reply'].includes(headers['precedence']?.trim().toLowerCase() ?? '');
}

function headerRecord(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of parsed.headers) headers[name] = headerText(value);
  // mailparser folds List-* headers into one `list` object; keep their original text under their own names.
  for (const { key, line } of parsed.headerLines) {
    if (key.startsWith('list-')) headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return headers;
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}
