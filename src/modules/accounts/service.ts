import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import { statementName, type Database, type DatabaseHandle } from '../../platform/database/database.ts';
import { hashPassword, verifyPassword } from '../../platform/crypto/secrets.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import { accountProblems } from './errors.ts';
import { voidPasswordLinks } from './password-tokens.ts';
import { accounts, users } from './schema.ts';
import type { UserRole } from './roles.ts';


/** Published with a user's id when what the user may do changed (blocked, unblocked): caches of their access forget it. */
export const USER_CHANGED_SIGNAL = 'user_changed';

export type Locale = 'pt-BR' | 'en';

export interface Account {
  id: string;
  name: string;
  /** Who hears about onboarding and what the account must act on. */
  contactEmail: string | null;
  contactName: string | null;
  locale: Locale;
  createdAt: string;
}

export interface AccountDetails {
  name: string;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  locale?: Locale | undefined;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  accountId: string | null;
  createdAt: string;
  /** When an admin blocked the user; null while the user may act. */
  blockedAt: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  accountId?: string | null | undefined;
  password?: string | undefined;
}

const formatAccount = (row: typeof accounts.$inferSelect): Account => ({
  id: row.id,
  name: row.name,
  contactEmail: row.contactEmail,
  contactName: row.contactName,
  locale: row.locale,
  createdAt: row.createdAt.toISOString(),
});

const formatUser = (row: typeof users.$inferSelect): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  accountId: row.accountId,
  createdAt: row.createdAt.toISOString(),
  blockedAt: row.blockedAt?.toISOString() ?? null,
});

/** Customer accounts and the people who use Ponte. */
const prepareAccountById = (db: Database, name: string) => db.select().from(accounts).where(eq(accounts.id, sql.placeholder('id'))).prepare(name);

export class AccountsService {
  /** Read on every request for an account: prepared once (see statementName). */
  #accountById: ReturnType<typeof prepareAccountById> | undefined;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** A new account; inside the caller's transaction when `db` is given (a flow that adds to it). */
  async createAccount(actor: Actor, input: AccountDetails, db?: Database): Promise<Account> {
    if (!db) return this.database.transaction(({ db: own }) => this.createAccount(actor, input, own));
    const [row] = await db
      .insert(accounts)
      .values({ id: newId('account'), name: input.name, contactEmail: input.contactEmail ?? null, contactName: input.contactName ?? null, locale: input.locale ?? 'pt-BR', createdAt: this.clock.now() })
      .returning();
    await this.audit.record(db, { actor: actorOf(actor), action: 'account.created', targetType: 'account', targetId: row!.id, details: { name: input.name } });
    return formatAccount(row!);
  }

  /** Changes an account's name, contact or language (staff). */
  async updateAccount(actor: Actor, id: string, changes: Partial<AccountDetails>): Promise<Account> {
    const current = await this.getAccount(actor, id);
    assertRole(actor, 'admin', 'agent');
    if (Object.values(changes).every((value) => value === undefined)) return current;
    return this.database.transaction(async ({ db }) => {
      const [row] = await db.update(accounts).set(changes).where(eq(accounts.id, id)).returning();
      await this.audit.record(db, { actor: actorOf(actor), action: 'account.updated', targetType: 'account', targetId: id, details: { fields: Object.keys(changes) } });
      return formatAccount(row!);
    });
  }

  /** Accounts the actor may see: all of them for staff, its own for a customer. */
  async listAccounts(actor: Actor): Promise<Account[]> {
    const query = this.database.db.select().from(accounts);
    const rows =
      actor.role === 'customer'
        ? await query.where(eq(accounts.id, actor.accountId ?? '')).orderBy(asc(accounts.createdAt))
        : await query.orderBy(asc(accounts.createdAt), asc(accounts.id));
    return rows.map(formatAccount);
  }

  /** One account; another account's id answers not-found to a customer, so ids cannot be probed. */
  async getAccount(actor: Actor, id: string): Promise<Account> {
    if (!canSeeAccount(actor, id)) throw new Problem(accountProblems.account_not_found);
    this.#accountById ??= prepareAccountById(this.database.db, statementName(this.database, 'account_by_id'));
    const [row] = await this.#accountById.execute({ id });
    if (!row) throw new Problem(accountProblems.account_not_found);
    return formatAccount(row);
  }

  /** One account by id through the caller's handle (a transaction of theirs), without checking who asks. */
  async findAccount(db: Database, id: string): Promise<Account | null> {
    const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
    return row ? formatAccount(row) : null;
  }

  /** Several accounts at once, by id, for work done for no one in particular (the notification dispatcher). */
  async accountsByIds(db: Database, ids: string[]): Promise<Account[]> {
    if (ids.length === 0) return [];
    return (await db.select().from(accounts).where(inArray(accounts.id, ids))).map(formatAccount);
  }

  async createUser(actor: Actor, input: NewUser): Promise<User> {
    const accountId = input.role === 'customer' ? input.accountId ?? null : null;
    if (input.role === 'customer' && !accountId) {
      throw new Problem(accountProblems.account_not_found, 'A customer user needs the account it belongs to', { field: 'body.accountId' });
    }
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.database.transaction(async ({ db }) => {
      if (accountId) {
        const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId));
        if (!account) throw new Problem(accountProblems.account_not_found, `No account ${accountId}`, { field: 'body.accountId' });
      }
      const [taken] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`);
      if (taken) throw new Problem(accountProblems.email_taken, `${input.email} is already used by ${taken.id}`, { field: 'body.email' });
      const [row] = await db
        .insert(users)
        .values({ id: newId('user'), email: input.email, name: input.name, role: input.role, accountId, passwordHash, createdAt: this.clock.now() })
        .returning();
      await this.audit.record(db, { actor: actorOf(actor), action: 'user.created', targetType: 'user', targetId: row!.id, details: { role: input.role, accountId } });
      return formatUser(row!);
    });
  }

  /** Blocks a user (no sign-in, no token, no call through a key) or lets them act again; the same state twice changes nothing. */
  async setBlocked(actor: Actor, userId: string, blocked: boolean): Promise<User> {
    assertRole(actor, 'admin');
    return this.database.transaction(async ({ db }) => {
      const [row] = await db.select().from(users).where(eq(users.id, userId)).for('update');
      if (!row) throw new Problem(accountProblems.user_not_found, `No user ${userId}`, { field: 'params.userId' });
      if ((row.blockedAt !== null) === blocked) return formatUser(row);
      const [updated] = await db.update(users).set({ blockedAt: blocked ? this.clock.now() : null }).where(eq(users.id, userId)).returning();
      // Unblocking must not bring back the links sent before the block.
      if (blocked) await voidPasswordLinks(db, userId, this.clock.now());
      // Whoever remembers this user's tokens as valid must check again (every process, at commit).
      await this.database.signals.publish(USER_CHANGED_SIGNAL, userId, db);
      await this.audit.record(db, { actor: actorOf(actor), action: blocked ? 'user.blocked' : 'user.unblocked', targetType: 'user', targetId: userId });
      return formatUser(updated!);
    });
  }

  async listUsers(actor: Actor): Promise<User[]> {
    const query = this.database.db.select().from(users);
    const rows =
      actor.role === 'customer'
        ? await query.where(eq(users.accountId, actor.accountId ?? '')).orderBy(asc(users.createdAt))
        : await query.orderBy(asc(users.createdAt), asc(users.id));
    return rows.map(formatUser);
  }

  /** Whether anyone can administer Ponte yet: the start banner's next step depends on it. */
  async hasAdmin(): Promise<boolean> {
    const [row] = await this.database.db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
    return row !== undefined;
  }

  /** Finds a user by id (`usr_…`) or e-mail, case-insensitively. */
  async findUser(db: Database, idOrEmail: string): Promise<User | null> {
    const [row] = await db
      .select()
      .from(users)
      .where(idOrEmail.startsWith('usr_') ? eq(users.id, idOrEmail) : sql`lower(${users.email}) = lower(${idOrEmail})`);
    return row ? formatUser(row) : null;
  }

  async usersByIds(db: Database, ids: string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    return (await db.select().from(users).where(inArray(users.id, ids))).map(formatUser);
  }

  /** Checks an e-mail and password; the same answer whether the e-mail or the password is wrong. */
  async authenticate(email: string, password: string): Promise<User> {
    const [row] = await this.database.db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
    if (!(await verifyPassword(password, row?.passwordHash)) || !row) {
      throw new Problem(accountProblems.invalid_credentials);
    }
    if (row.blockedAt) throw new Problem(accountProblems.user_blocked, 'This user is blocked; ask an administrator');
    return formatUser(row);
  }
}
