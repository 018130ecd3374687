export { createMailer, MailError, type Mailer, type MailerOptions, type OutgoingMail, type SentMail } from './mailer.ts';
export { startLocalMailbox, type LocalMailbox, type LocalMailboxOptions, type ReceivedMail } from './local-mailbox.ts';
