import type { MailTemplateKey, MailText } from './mail-blocks.ts';

const HELLO = 'Hello {{ contactName }},';
const LINK_EXPIRY = 'The link works once, until {{ linkExpiresAt | long_datetime }} (Brasília time).';
const FOOTER = 'Ticket {{ ticketNumber }}. Questions? Just reply to this e-mail: your reply goes straight to the ticket.';

export const MAIL_TEXTS_EN: Record<MailTemplateKey, MailText> = {
  'instructions.key_exchange': {
    subject: '{{ connectorName }} integration: send the authorization key',
    blocks: [
      HELLO,
      'We received a request from {{ accountName }} to integrate the {{ connectorName }} fuel card. Only one step is left for you:',
      {
        steps: [
          'Sign in to the {{ connectorName }} portal and generate the authorization key.',
          'Right away, open the secure link below and paste the key. The key expires within 12 hours of being generated, so send it as soon as you generate it.',
          'That is all: we exchange the key at once for lasting access and start bringing in the transactions. Then we will ask you to check the first data.',
        ],
      },
      { button: 'Send the key securely', url: 'connectUrl' },
      LINK_EXPIRY,
      'For your security, never send the key by e-mail: use only the link above.',
    ],
    footer: FOOTER,
  },
  'instructions.provider_approval': {
    subject: '{{ connectorName }} integration: send the web service credentials',
    blocks: [
      HELLO,
      'We received a request from {{ accountName }} to integrate the {{ connectorName }} fuel card. This is how it works:',
      {
        steps: [
          'Get the web service user and password from whoever manages the {{ connectorName }} contract.',
          'Send both through the secure link below.',
          'The provider, {{ connectorName }}, validates the integration within up to 15 days and may ask for more information; we will keep you posted at every step.',
          'Once approved, the transactions are synchronised automatically.',
        ],
      },
      { button: 'Send the credentials securely', url: 'connectUrl' },
      LINK_EXPIRY,
      'For your security, never send the user and password by e-mail: use only the link above.',
    ],
    footer: FOOTER,
  },
  'instructions.self_service': {
    subject: '{{ connectorName }} integration: send the credentials',
    blocks: [
      HELLO,
      'We received a request from {{ accountName }} to integrate {{ connectorName }}. All that is left is to send the API credentials:',
      {
        steps: [
          'Open the secure link below: it shows where to find each credential.',
          'Fill them in and send them. We check them with {{ connectorName }} at once, and the integration becomes active.',
        ],
      },
      { button: 'Send the credentials securely', url: 'connectUrl' },
      LINK_EXPIRY,
      'For your security, never send credentials by e-mail: use only the link above.',
    ],
    footer: FOOTER,
  },
  reminder: {
    subject: 'Reminder: the {{ connectorName }} integration is waiting for you',
    blocks: [
      HELLO,
      'The {{ connectorName }} integration of the account {{ accountName }} has been waiting for {% if flow == "key_exchange" %}the authorization key{% else %}the credentials{% endif %} for {{ businessDays }} business days.',
      '{% if flow == "key_exchange" %}Remember: generate the key in the {{ connectorName }} portal only when you are ready to send it, because it expires within 12 hours.{% endif %}',
      { button: 'Send it now, securely', url: 'connectUrl' },
      LINK_EXPIRY,
      'If you no longer want the integration, reply to this e-mail and we will cancel the request.',
    ],
    footer: FOOTER,
  },
  key_expired: {
    subject: '{{ connectorName }} integration: we need a new key',
    blocks: [
      HELLO,
      'The authorization key sent for the {{ connectorName }} integration of the account {{ accountName }} could not be used: {% if reason == "expired" %}it was generated more than 12 hours earlier and had already expired.{% else %}the provider refused it.{% endif %}',
      '{% if providerMessage %}The provider said: “{{ providerMessage }}”{% endif %}',
      'Please generate a new key in the {{ connectorName }} portal and send it right away through the new link below (the previous one no longer works).',
      { button: 'Send the new key securely', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  credentials_refused: {
    subject: '{{ connectorName }} integration: the credentials were not accepted',
    blocks: [
      HELLO,
      'We tried to connect the account {{ accountName }} to {{ connectorName }}, but the credentials sent were refused.',
      '{% if providerMessage %}The provider said: “{{ providerMessage }}”{% endif %}',
      'Please check the credentials in the {{ connectorName }} dashboard and send them again through the link below.',
      { button: 'Correct the credentials', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  pending_approval: {
    subject: '{{ connectorName }} integration: being validated by the provider',
    blocks: [
      HELLO,
      'We received the credentials of {{ accountName }}, and the provider, {{ connectorName }}, is now validating the integration.',
      'This takes up to 15 days, that is, until {{ approvalDeadline | long_date }}. If they ask for more information, we will e-mail you; once approved, the transactions are synchronised automatically.',
      'There is nothing you need to do now.',
    ],
    footer: FOOTER,
  },
  needs_revision: {
    subject: '{{ connectorName }} integration: the provider asked for a change',
    blocks: [
      HELLO,
      'The provider, {{ connectorName }}, reviewed the integration of the account {{ accountName }} and asked for a change before approving it:',
      '“{{ reason }}”',
      'Please make the change and send the credentials again through the link below; the validation then continues. If they asked for other information, just reply to this e-mail.',
      { button: 'Send again securely', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  activated: {
    subject: '{{ connectorName }} integration active',
    blocks: [
      HELLO,
      'All set: the {{ connectorName }} integration of the account {{ accountName }} is active.',
      'The first data is on its way and, from now on, it is updated automatically.',
    ],
    footer: FOOTER,
  },
  validation_request: {
    subject: 'Is the data of the {{ connectorName }} integration correct?',
    blocks: [
      HELLO,
      'The first transactions of the {{ connectorName }} integration of the account {{ accountName }} have arrived. {% if records.size == totalRecords %}These are the {{ totalRecords }} received:{% else %}These are {{ records.size }} of the {{ totalRecords }} received so far:{% endif %}',
      { records: ['Date', 'Plate and driver', 'Fuel', 'Amount'] },
      'Is the data correct? Reply to this e-mail with “Confirmed”, or tell us what differs (a missing transaction, a wrong plate or amount) and we will look into it.',
      { button: 'Confirm or report a difference in the portal', url: 'portalUrl', when: 'portalUrl' },
    ],
    footer: FOOTER,
  },
  agent_alert: {
    subject: '[Ponte] {{ subject }}',
    blocks: ['{{ body | multiline | raw }}', { button: 'Open', url: 'link', when: 'link' }],
    footer: '{% if ticketNumber %}Ticket {{ ticketNumber }}. {% endif %}An automatic notice from Ponte to the team.',
  },
};
