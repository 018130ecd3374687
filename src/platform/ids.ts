import { randomBytes } from 'node:crypto';

/** Entity prefixes, so that a stray id in a log says what it is. */
export const ID_PREFIXES = {
  account: 'acc',
  user: 'usr',
  apiKey: 'key',
  accessToken: 'tok',
  passwordToken: 'pwt',
  apiRequest: 'req',
  auditEntry: 'aud',
  credential: 'cred',
  integration: 'int',
  event: 'evt',
  syncRun: 'run',
  callbackDelivery: 'dlv',
  notificationRule: 'nrl',
  notification: 'ntf',
  notificationTemplate: 'ntpl',
  ticket: 'tkt',
  ticketMessage: 'msg',
  ticketEvent: 'tev',
  ticketEvidence: 'evd',
  integrationTransition: 'trn',
  connectLink: 'lnk',
  setAsideMail: 'mail',
  partnerApi: 'papi',
  complaintAnswer: 'cans',
  whatsappSender: 'wsnd',
  notificationOptOut: 'nopt',
  whatsappEarlyStatus: 'wes',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random base-36 text of the given length, without modulo bias. */
function randomText(length: number, alphabet = ALPHABET): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Reject bytes past the largest multiple of the alphabet size to keep every symbol equally likely.
      if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomText(20)}`;
}
