import type { PasswordTokenPurpose } from '../../modules/accounts/index.ts';

export type MailLocale = 'pt-BR' | 'en';

interface Variables {
  name: string;
  url: string;
  /** The customer's account, named in an invitation; none for operator staff. */
  accountName: string | null;
}

interface Text {
  subject: string;
  greeting: (name: string) => string;
  body: (variables: Variables) => string;
  button: string;
  closing: string;
}

const TEXTS: Record<PasswordTokenPurpose, Record<MailLocale, Text>> = {
  reset: {
    'pt-BR': {
      subject: 'Redefinição da sua senha da Ponte',
      greeting: (name) => `Olá, ${name}.`,
      body: () => 'Recebemos um pedido para redefinir a sua senha da Ponte. Para escolher uma senha nova, abra o link abaixo. Ele vale por 1 hora e funciona uma só vez.',
      button: 'Escolher uma senha nova',
      closing: 'Se não foi você quem pediu, ignore este e-mail: a sua senha continua a mesma.',
    },
    en: {
      subject: 'Reset your Ponte password',
      greeting: (name) => `Hello, ${name}.`,
      body: () => 'We received a request to reset your Ponte password. To choose a new one, open the link below. It works once, within 1 hour.',
      button: 'Choose a new password',
      closing: 'If you did not ask for this, ignore this e-mail: your password stays the same.',
    },
  },
  invitation: {
    'pt-BR': {
      subject: 'Você foi convidado para a Ponte',
      greeting: (name) => `Olá, ${name}.`,
      body: ({ accountName }) =>
        `Você foi convidado para a Ponte${accountName ? `, na conta ${accountName}` : ''}. Para criar a sua senha e entrar, abra o link abaixo. Ele vale por 7 dias e funciona uma só vez.`,
      button: 'Criar minha senha',
      closing: 'Se você não esperava este convite, ignore este e-mail.',
    },
    en: {
      subject: 'You have been invited to Ponte',
      greeting: (name) => `Hello, ${name}.`,
      body: ({ accountName }) => `You have been invited to Ponte${accountName ? `, for the account ${accountName}` : ''}. To create your password and sign in, open the link below. It works once, within 7 days.`,
      button: 'Create my password',
      closing: 'If you did not expect this invitation, ignore this e-mail.',
    },
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const P = 'margin:0 0 16px';
const BUTTON = 'display:inline-block;padding:12px 20px;background:#0b57a4;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px';

/** A password reset or invitation e-mail, plain text and HTML, in the person's language. */
export function renderPasswordMail(purpose: PasswordTokenPurpose, locale: MailLocale, variables: Variables): { subject: string; text: string; html: string } {
  const text = TEXTS[purpose][locale];
  const paragraphs = [text.greeting(variables.name), text.body(variables)];
  return {
    subject: text.subject,
    text: `${paragraphs.join('\n\n')}\n\n${variables.url}\n\n${text.closing}\n\nPonte\n`,
    html:
      `<!doctype html><html lang="${locale}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1d2733">` +
      paragraphs.map((paragraph) => `<p style="${P}">${escapeHtml(paragraph)}</p>`).join('') +
      `<p style="${P}"><a href="${escapeHtml(variables.url)}" style="${BUTTON}">${escapeHtml(text.button)}</a></p>` +
      `<p style="${P};font-size:13px;color:#52606d">${escapeHtml(variables.url)}</p>` +
      `<p style="${P}">${escapeHtml(text.closing)}</p><p style="${P}">Ponte</p></body></html>`,
  };
}
