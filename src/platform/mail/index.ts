export { createMailer, MailError, type Mailer, type OutgoingMail } from './mailer.ts';
export { startLocalMailbox, type LocalMailbox } from './local-mailbox.ts';
