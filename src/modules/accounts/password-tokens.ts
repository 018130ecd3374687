import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import { digestSecret, hashPassword, randomSecret } from '../../platform/crypto/secrets.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import { accountProblems } from './errors.ts';
import { passwordTokens, type PASSWORD_TOKEN_PURPOSES, users } from './schema.ts';

export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];

/** A reset is asked for by the person and used at once; an invitation may wait in an inbox for a week. */
const LIFETIME_MS: Record<PasswordTokenPurpose, number> = { reset: 60 * 60 * 1000, invitation: 7 * 24 * 60 * 60 * 1000 };

export interface IssuedPasswordToken {
  /** The secret that goes into the e-mailed link; never stored. */
  token: string;
  expiresAt: Date;
}

/** One-time tokens that let a person choose a password (a reset or an invitation). */
export class PasswordTokens {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async issue(db: Database, userId: string, purpose: PasswordTokenPurpose): Promise<IssuedPasswordToken> {
    const token = randomSecret(32);
    const createdAt = this.clock.now();
    const expiresAt = new Date(createdAt.getTime() + LIFETIME_MS[purpose]);
    await db.insert(passwordTokens).values({ id: newId('passwordToken'), tokenDigest: digestSecret(token), userId, purpose, createdAt, expiresAt });
    return { token, expiresAt };
  }

  /**
   * Sets the password of the token's user and marks the token used, in the caller's transaction (which also revokes
   * the user's access tokens). Unknown, expired and used tokens are refused alike, so none can be told apart.
   */
  async use(db: Database, token: string, password: string): Promise<{ userId: string; purpose: PasswordTokenPurpose }> {
    const [row] = await db.select().from(passwordTokens).where(eq(passwordTokens.tokenDigest, digestSecret(token))).for('update');
    const now = this.clock.now();
    if (!row || row.usedAt || now.getTime() >= row.expiresAt.getTime()) {
      throw new Problem(accountProblems.password_reset_token_invalid, 'This link is unknown, expired or already used; ask for a new one', { field: 'body.token' });
    }
    const [user] = await db.select({ blockedAt: users.blockedAt }).from(users).where(eq(users.id, row.userId));
    if (!user || user.blockedAt) {
      throw new Problem(accountProblems.password_reset_token_invalid, 'This link no longer works; ask an administrator', { field: 'body.token' });
    }
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, row.userId));
    // Every link of the user ends with the one used: an older e-mail (forwarded, left in a shared inbox) must not set
    // the password again after its owner has.
    await voidPasswordLinks(db, row.userId, now);
    await this.audit.record(db, { actor: row.userId, action: row.purpose === 'invitation' ? 'user.invitation_accepted' : 'user.password_reset', targetType: 'user', targetId: row.userId });
    return { userId: row.userId, purpose: row.purpose };
  }
}

/** Ends every unused reset or invitation link of a user (the password was set, or the user was blocked). */
export async function voidPasswordLinks(db: Database, userId: string, now: Date): Promise<void> {
  await db.update(passwordTokens).set({ usedAt: now }).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
}
