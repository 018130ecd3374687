import nodemailer from 'nodemailer';
import type { ReceivedMail } from '../../src/platform/mail/local-mailbox.ts';

/** The one /connect link of an e-mail's text. */
export function connectLinkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/connect\/[A-Za-z0-9_.-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`No /connect link in "${mail.subject}":\n${mail.text}`);
  return link;
}

/** The hidden anti-forgery field of a /connect form. */
export function csrfIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`No _csrf field in the page:\n${html.slice(0, 2000)}`);
  return token;
}

type Posted = { status: number; html: string; location: string | null };

/** Opens a /connect link and posts its form with `fields`, as a browser would (without following redirects). */
export async function submitConnectForm(link: string, fields: Record<string, string>): Promise<Posted> {
  const page = await fetch(link);
  if (page.status !== 200) return { status: page.status, html: await page.text(), location: null };
  return postConnectForm(link, fields, csrfIn(await page.text()));
}

/** Posts a /connect form as a page once loaded would (the anti-forgery field it showed), e.g. a second time. */
export async function postConnectForm(link: string, fields: Record<string, string>, csrf: string): Promise<Posted> {
  const response = await fetch(link, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
  });
  return { status: response.status, html: await response.text(), location: response.headers.get('location') };
}

/** Sends an e-mail reply through real SMTP, as the customer's mail program would. */
export async function sendReply(smtpUrl: string, mail: { from: string; to: string; subject: string; text: string; inReplyTo?: string }): Promise<void> {
  const transport = nodemailer.createTransport({ url: smtpUrl });
  try {
    await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}) });
  } finally {
    transport.close();
  }
}
