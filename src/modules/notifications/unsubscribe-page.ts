import { GUIDES_PATH } from '../../platform/http/problems.ts';

export type PageLocale = 'pt-BR' | 'en';

/** No script, styles only from the guides' stylesheet, the form posting to this origin, never framed. */
export const UNSUBSCRIBE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLESHEET = `${GUIDES_PATH}/assets/guides.css`;

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** `m•••@example.com`: enough for people to recognise their address, not enough to read it off a shoulder. */
function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${address[0]}•••${address.slice(at)}`;
}

const TEXT = {
  'pt-BR': {
    title: 'Cancelar e-mails',
    ask: (store: string, email: string) => `Não quer mais receber e-mails de ${store} em ${email}?`,
    button: 'Cancelar o recebimento',
    note: 'Você continua recebendo por outros canais, se tiver pedido. Para voltar a receber por e-mail, fale com a loja.',
    doneTitle: 'Pronto',
    done: (store: string, email: string) => `${email} não receberá mais e-mails de ${store}.`,
    invalidTitle: 'Link inválido',
    invalid: 'Este link de cancelamento não é válido. Use o link do e-mail mais recente que recebeu, ou fale com a loja.',
    other: 'English',
  },
  en: {
    title: 'Unsubscribe',
    ask: (store: string, email: string) => `Stop receiving e-mails from ${store} at ${email}?`,
    button: 'Unsubscribe',
    note: 'Other channels you signed up for are not affected. To receive e-mails again, contact the store.',
    doneTitle: 'Done',
    done: (store: string, email: string) => `${email} will no longer receive e-mails from ${store}.`,
    invalidTitle: 'Invalid link',
    invalid: 'This unsubscribe link is not valid. Use the link in the latest e-mail you received, or contact the store.',
    other: 'Português',
  },
} as const;

function page(locale: PageLocale, title: string, body: string, otherLanguage: string): string {
  const other = locale === 'en' ? 'pt-BR' : 'en';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><link rel="stylesheet" href="${STYLESHEET}"></head><body><div class="page"><header class="top"><span class="brand">Ponte</span><ul><li><a href="${escape(otherLanguage)}" lang="${other}">${TEXT[locale].other}</a></li></ul></header><main><h1>${escape(title)}</h1>${body}</main></div></body></html>`;
}

/** The question, with a button that posts: a GET never unsubscribes (link scanners open every link in a mail). */
export function renderUnsubscribeForm(view: { locale: PageLocale; storeName: string; email: string; action: string; otherLanguage: string }): string {
  const text = TEXT[view.locale];
  return page(
    view.locale,
    text.title,
    `<p>${escape(text.ask(view.storeName, maskEmail(view.email)))}</p><form method="post" action="${escape(view.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><p><button type="submit">${escape(text.button)}</button></p></form><p>${escape(text.note)}</p>`,
    view.otherLanguage,
  );
}

export function renderUnsubscribed(view: { locale: PageLocale; storeName: string; email: string; otherLanguage: string }): string {
  const text = TEXT[view.locale];
  return page(view.locale, text.doneTitle, `<p>${escape(text.done(view.storeName, maskEmail(view.email)))}</p>`, view.otherLanguage);
}

export function renderInvalidLink(view: { locale: PageLocale; otherLanguage: string }): string {
  const text = TEXT[view.locale];
  return page(view.locale, text.invalidTitle, `<p>${escape(text.invalid)}</p>`, view.otherLanguage);
}
