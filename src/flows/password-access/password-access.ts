import { randomUUID } from 'node:crypto';
import type { AccessTokensService } from '../../modules/api-access/index.ts';
import type { AccountsService, NewUser, PasswordTokenPurpose, PasswordTokens, User } from '../../modules/accounts/index.ts';
import { assertRole, type Actor } from '../../platform/actor.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { accountProblems } from '../../modules/accounts/index.ts';
import { renderPasswordMail, type MailLocale } from './mail.ts';

export interface PasswordAccessDeps {
  database: DatabaseHandle;
  logger: Logger;
  accounts: AccountsService;
  passwordTokens: PasswordTokens;
  tokens: AccessTokensService;
  mailer: Mailer | null;
  /** Where Ponte is reached from outside: the links start with it. */
  publicUrl: () => string;
  /** What Message-IDs end in. */
  mailDomain: string;
}

/**
 * Password resets and invitations: one-time links e-mailed to a person, who chooses a password with them. Customers
 * land on the portal, staff on the console; the page reads `token` (and `convite=1` for an invitation).
 */
export class PasswordAccess {
  /** Reset e-mails still being sent after their request was answered; close() waits for them. */
  readonly #sending = new Set<Promise<void>>();

  constructor(private readonly deps: PasswordAccessDeps) {}

  /**
   * Sends a reset link when the e-mail is a user's who may sign in. Answered the same either way, and the e-mail goes
   * after the answer, so neither the answer nor its timing says whether the address has a user.
   */
  requestReset(email: string): void {
    const sending = this.#sendReset(email)
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'could not send a password reset e-mail'))
      .finally(() => this.#sending.delete(sending));
    this.#sending.add(sending);
  }

  /** Sets the password with a link's token and revokes every access token of the user, in one transaction. */
  async confirm(token: string, password: string): Promise<void> {
    await this.deps.database.transaction(async ({ db }) => {
      const { userId } = await this.deps.passwordTokens.use(db, token, password);
      await this.deps.tokens.revokeAllOfUser(userId, db);
    });
  }

  /** Creates a user; one without a password is invited by e-mail (a failed e-mail is logged: the user stays created). */
  async createUser(actor: Actor, input: NewUser): Promise<User> {
    const user = await this.deps.accounts.createUser(actor, input);
    if (!input.password) {
      await this.#sendLink(user, 'invitation').catch((error: unknown) => this.deps.logger.error({ err: error, userId: user.id }, 'could not send the invitation e-mail'));
    }
    return user;
  }

  /** Sends a new invitation (admins); earlier links keep working until they expire or one is used. */
  async invite(actor: Actor, userId: string): Promise<{ expiresAt: string }> {
    assertRole(actor, 'admin');
    const user = await this.deps.accounts.findUser(this.deps.database.db, userId);
    if (!user || !userId.startsWith('usr_')) throw new Problem(accountProblems.user_not_found, `No user ${userId}`, { field: 'params.userId' });
    if (user.blockedAt) throw new Problem(accountProblems.user_blocked, `The user ${user.email} is blocked: unblock them first`, { field: 'params.userId' });
    return { expiresAt: (await this.#sendLink(user, 'invitation')).toISOString() };
  }

  /** Resolves once every reset e-mail under way has been sent or has failed. */
  async idle(): Promise<void> {
    await Promise.all([...this.#sending]);
  }

  async #sendReset(email: string): Promise<void> {
    const user = await this.deps.accounts.findUser(this.deps.database.db, email);
    if (!user || user.blockedAt || user.email.toLowerCase() !== email.toLowerCase()) return;
    await this.#sendLink(user, 'reset');
  }

  async #sendLink(user: User, purpose: PasswordTokenPurpose): Promise<Date> {
    const { token, expiresAt } = await this.deps.passwordTokens.issue(this.deps.database.db, user.id, purpose);
    const app = user.role === 'customer' ? 'portal' : 'console';
    const url = `${this.deps.publicUrl().replace(/\/+$/, '')}/${app}/redefinir-senha?token=${encodeURIComponent(token)}${purpose === 'invitation' ? '&convite=1' : ''}`;
    const account = user.accountId ? await this.deps.accounts.findAccount(this.deps.database.db, user.accountId) : null;
    const locale: MailLocale = account?.locale ?? 'pt-BR';
    const mail = renderPasswordMail(purpose, locale, { name: user.name, url, accountName: account?.name ?? null });
    if (!this.deps.mailer) {
      this.deps.logger.warn({ userId: user.id, purpose }, 'no mail server (SMTP_URL): the password e-mail was not sent');
      return expiresAt;
    }
    await this.deps.mailer.send({ to: [user.email], subject: mail.subject, text: mail.text, html: mail.html, messageId: `<pwd-${randomUUID()}@${this.deps.mailDomain}>` });
    return expiresAt;
  }
}
