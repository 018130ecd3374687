export { createMailer, mailDomainOf, MailError, type Mailer, type OutgoingMail } from './mailer.ts';
export { startLocalMailbox, type LocalMailbox } from './local-mailbox.ts';
export { startInboundMailServer, type InboundMailServer } from './inbound.ts';
export type { InboundMail } from './received-message.ts';
export { ReplyAddresses } from './reply-address.ts';
