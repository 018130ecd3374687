import type { ONBOARDING_FLOWS } from '../../connectors/sdk/manifest.ts';
import type { Locale } from './connect-fields.ts';

export type OnboardingFlow = (typeof ONBOARDING_FLOWS)[number];

export type OnboardingMailKind =
  | 'instructions'
  | 'reminder'
  | 'key_expired'
  | 'credentials_refused'
  | 'pending_approval'
  | 'needs_revision'
  | 'activated'
  | 'validation_request'
  | 'agent_alert';

/** One text per kind, and one per flow for the instructions. */
export type MailTemplateKey = Exclude<OnboardingMailKind, 'instructions'> | `instructions.${OnboardingFlow}`;

/**
 * An onboarding e-mail is written once, as blocks of Liquid, and built into two templates: the HTML part (rendered
 * with output escaping) and the plain-text part. A paragraph whose Liquid renders to nothing is dropped.
 */
export type MailBlock =
  | string
  | { steps: string[] }
  /** A call to action: a link button in HTML, "label: url" in text. `url` and `when` name variables. */
  | { button: string; url: string; when?: string }
  /** The `records` variable as a table with these column headings: date, plate and driver, fuel and litres, amount. */
  | { records: [string, string, string, string] };

export interface MailText {
  subject: string;
  blocks: MailBlock[];
  footer: string;
}

const LIQUID_MARKUP = /(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})/;
const escapeLiteral = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Escapes the words of a Liquid source for HTML, leaving its tags and outputs (escaped when rendered) alone. */
const htmlSource = (source: string) =>
  source
    .split(LIQUID_MARKUP)
    .map((part, index) => (index % 2 === 1 ? part : escapeLiteral(part)))
    .join('');

const ifWhen = (when: string | undefined, source: string) => (when === undefined ? source : `{% if ${when} %}${source}{% endif %}`);

const P = 'margin:0 0 16px';
const BUTTON = 'display:inline-block;padding:12px 20px;background:#0b57a4;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px';
const CELL = 'padding:6px 4px;border-bottom:1px solid #d5dbe1;vertical-align:top';

function htmlBlock(block: MailBlock): string {
  if (typeof block === 'string') return `<p style="${P}">${htmlSource(block)}</p>`;
  if ('steps' in block) return `<ol style="${P};padding-left:24px">${block.steps.map((step) => `<li style="margin-bottom:8px">${htmlSource(step)}</li>`).join('')}</ol>`;
  if ('button' in block) {
    return ifWhen(
      block.when,
      `<p style="${P}"><a href="{{ ${block.url} }}" style="${BUTTON}">${htmlSource(block.button)}</a></p>` +
        `<p style="${P};font-size:13px;color:#4a5560;word-break:break-all">{{ ${block.url} }}</p>`,
    );
  }
  const [date, vehicle, fuel, amount] = block.records.map(htmlSource);
  const left = `${CELL};text-align:left`;
  const numeric = `${CELL};text-align:right;white-space:nowrap`;
  // Four columns, each holding two facts, so the table fits a phone's width without scrolling sideways.
  return (
    `<table style="${P};border-collapse:collapse;width:100%;font-size:13px">` +
    `<thead><tr><th style="${left}">${date}</th><th style="${left}">${vehicle}</th><th style="${left}">${fuel}</th><th style="${numeric}">${amount}</th></tr></thead><tbody>` +
    `{% for record in records %}<tr><td style="${CELL}">{{ record.occurredAt | short_datetime }}</td>` +
    `<td style="${CELL}"><strong>{{ record.plate }}</strong><br>{{ record.driver | default: '—' }}</td>` +
    `<td style="${CELL}">{{ record.fuel }}<br>{{ record.litres | quantity }} L</td>` +
    `<td style="${numeric}">{{ record.amount | money }}</td></tr>{% endfor %}</tbody></table>`
  );
}

function textBlock(block: MailBlock): string {
  if (typeof block === 'string') return block;
  if ('steps' in block) return block.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
  if ('button' in block) return ifWhen(block.when, `${block.button}:\n{{ ${block.url} }}`);
  return (
    `${block.records.join(' | ')}\n` +
    `{% for record in records %}- {{ record.occurredAt | short_datetime }} | {{ record.plate }}, {{ record.driver | default: '—' }} | ` +
    `{{ record.fuel }}, {{ record.litres | quantity }} L | {{ record.amount | money }}\n{% endfor %}`
  );
}

/** The HTML part's template. Inline styles: many mail clients drop a <style> element. */
export function htmlTemplate(mail: MailText, locale: Locale): string {
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
    '<body style="margin:0;padding:0;background:#f4f6f8">' +
    '<div style="max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">\n' +
    mail.blocks.map(htmlBlock).join('\n') +
    `\n<hr style="border:0;border-top:1px solid #d5dbe1;margin:24px 0 12px"><p style="margin:0;font-size:13px;color:#4a5560">${htmlSource(mail.footer)}</p>` +
    '\n</div></body></html>\n'
  );
}

export function textTemplate(mail: MailText): string {
  return [...mail.blocks.map(textBlock), '--', mail.footer].join('\n\n');
}

/** Drops what conditional paragraphs left empty. */
export const tidyHtml = (html: string) => html.replace(/<p style="[^"]*"><\/p>\n?/g, '');
export const tidyText = (text: string) => `${text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
