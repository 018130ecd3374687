import { and, eq } from 'drizzle-orm';
import { WhatsappCloudClient, WhatsappCloudError, type PhoneNumberInfo } from '../../connectors/whatsapp-cloud/client.ts';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import { notificationProblems } from './errors.ts';
import { whatsappSenders } from './schema.ts';

export type Environment = 'sandbox' | 'production';
type SenderRow = typeof whatsappSenders.$inferSelect;

/** What an admin gives for a sending number: the ids in clear, the three secrets to seal together. */
export interface SenderInput {
  phoneNumberId: string;
  businessAccountId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

/** The secrets of one sender, sealed as one vault credential. */
export interface SenderSecrets {
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

export interface WhatsappSendersDeps {
  database: DatabaseHandle;
  clock: Clock;
  vault: CredentialVault;
  audit: AuditService;
  accounts: AccountsService;
  /** The Graph API's base URL for an environment: the local sandbox's, or `https://graph.facebook.com`. */
  graphBaseUrl: (environment: Environment) => string;
}

/** A client over one sender's number and token, with the sender it belongs to. */
export interface SenderClient {
  client: WhatsappCloudClient;
  senderId: string;
  phoneNumberId: string;
}

const SENDER_CREDENTIAL_KIND = 'whatsapp:sender';

/** How long a sender's client (with its token in memory) is reused before the vault is read again. */
const CACHE_MS = 60_000;

export function presentSender(row: SenderRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    environment: row.environment,
    phoneNumberId: row.phoneNumberId,
    businessAccountId: row.businessAccountId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WhatsappSender = ReturnType<typeof presentSender>;

/** The highest `{{n}}` in a template's body text: how many body parameters a send must carry. */
function bodyParameterCount(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}

/**
 * Accounts' WhatsApp Business sending numbers, one per environment: the phone-number id and business account id in
 * clear, the access token, app secret and verify token sealed in one vault credential. Gives the channel a client
 * for a sender and the status webhook its secrets.
 */
export class WhatsappSenders {
  readonly #cache = new Map<string, { sender: SenderClient; until: number }>();

  constructor(private readonly deps: WhatsappSendersDeps) {}

  /** Sets (or replaces) the account's sender in the environment; the secrets are re-sealed on every change. */
  async put(actor: Actor, accountId: string, environment: Environment, input: SenderInput): Promise<WhatsappSender> {
    await this.deps.accounts.getAccount(actor, accountId);
    assertRole(actor, 'admin');
    const secrets: SenderSecrets = { accessToken: input.accessToken, appSecret: input.appSecret, verifyToken: input.verifyToken };
    const now = this.deps.clock.now();
    const row = await this.deps.database.transaction(async ({ db }) => {
      const [existing] = await db
        .select()
        .from(whatsappSenders)
        .where(and(eq(whatsappSenders.accountId, accountId), eq(whatsappSenders.environment, environment)))
        .for('update');
      let saved: SenderRow;
      if (existing) {
        await this.deps.vault.replace(db, existing.credentialId, { ...secrets });
        [saved] = (await db
          .update(whatsappSenders)
          .set({ phoneNumberId: input.phoneNumberId, businessAccountId: input.businessAccountId, updatedAt: now })
          .where(eq(whatsappSenders.id, existing.id))
          .returning()) as [SenderRow];
      } else {
        const credential = await this.deps.vault.store(db, { accountId, kind: SENDER_CREDENTIAL_KIND, secret: { ...secrets } });
        [saved] = (await db
          .insert(whatsappSenders)
          .values({ id: newId('whatsappSender'), accountId, environment, phoneNumberId: input.phoneNumberId, businessAccountId: input.businessAccountId, credentialId: credential.id, createdAt: now, updatedAt: now })
          .returning()) as [SenderRow];
      }
      await this.deps.audit.record(db, {
        actor: actorOf(actor),
        action: existing ? 'whatsapp_sender.replaced' : 'whatsapp_sender.created',
        targetType: 'whatsapp_sender',
        targetId: saved.id,
        details: { accountId, environment, phoneNumberId: input.phoneNumberId },
      });
      return saved;
    });
    this.#forget(accountId, environment);
    return presentSender(row);
  }

  async list(actor: Actor, accountId: string): Promise<WhatsappSender[]> {
    await this.deps.accounts.getAccount(actor, accountId);
    const rows = await this.deps.database.db.select().from(whatsappSenders).where(eq(whatsappSenders.accountId, accountId)).orderBy(whatsappSenders.environment);
    return rows.map(presentSender);
  }

  /** Removes the sender and destroys its sealed secrets; the channel then fails its messages as not configured. */
  async remove(actor: Actor, accountId: string, environment: Environment): Promise<void> {
    await this.deps.accounts.getAccount(actor, accountId);
    assertRole(actor, 'admin');
    await this.deps.database.transaction(async ({ db }) => {
      const row = await this.#row(db, accountId, environment);
      if (!row) throw new Problem(notificationProblems.whatsapp_sender_not_found, `The account has no WhatsApp sender for ${environment}`);
      await db.delete(whatsappSenders).where(eq(whatsappSenders.id, row.id));
      await this.deps.vault.destroy(db, row.credentialId);
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'whatsapp_sender.deleted', targetType: 'whatsapp_sender', targetId: row.id, details: { accountId, environment } });
    });
    this.#forget(accountId, environment);
  }

  /** Asks Graph for the sender's number with its token: the id and token go together, or the problem says why not. */
  async check(actor: Actor, accountId: string, environment: Environment): Promise<PhoneNumberInfo> {
    await this.deps.accounts.getAccount(actor, accountId);
    assertRole(actor, 'admin', 'agent');
    const found = await this.client(accountId, environment);
    if (!found) throw new Problem(notificationProblems.whatsapp_sender_not_found, `The account has no WhatsApp sender for ${environment}`);
    try {
      const info = await found.client.phoneNumber();
      const credentialId = (await this.#row(this.deps.database.db, accountId, environment))?.credentialId;
      if (credentialId) await this.deps.vault.markVerified(credentialId);
      return info;
    } catch (error) {
      if (error instanceof WhatsappCloudError) {
        const code = error.graph.code === undefined ? '' : ` (code ${error.graph.code})`;
        throw new Problem(notificationProblems.whatsapp_sender_check_failed, `The WhatsApp Cloud API refused the number ${found.phoneNumberId} with this token${code}: ${error.reason}`);
      }
      throw error;
    }
  }

  /** A client for the account's sender in the environment, or null when there is none. Kept a minute; a change drops it. */
  async client(accountId: string, environment: Environment): Promise<SenderClient | null> {
    const key = `${accountId}/${environment}`;
    const cached = this.#cache.get(key);
    if (cached && cached.until > Date.now()) return cached.sender;
    const row = await this.#row(this.deps.database.db, accountId, environment);
    if (!row) return null;
    const secrets = await this.secretsOf(row);
    const client = new WhatsappCloudClient({ baseUrl: this.deps.graphBaseUrl(environment), phoneNumberId: row.phoneNumberId, accessToken: secrets.accessToken });
    const sender = { client, senderId: row.id, phoneNumberId: row.phoneNumberId };
    this.#cache.set(key, { sender, until: Date.now() + CACHE_MS });
    return sender;
  }

  /** A sender by id (the status webhook's path names it). */
  async find(senderId: string, db: Database = this.deps.database.db): Promise<SenderRow | null> {
    const [row] = await db.select().from(whatsappSenders).where(eq(whatsappSenders.id, senderId));
    return row ?? null;
  }

  async secretsOf(row: SenderRow): Promise<SenderSecrets> {
    const secret = await this.deps.vault.reveal(row.credentialId);
    return { accessToken: secret['accessToken'] ?? '', appSecret: secret['appSecret'] ?? '', verifyToken: secret['verifyToken'] ?? '' };
  }

  /**
   * How many body parameters the account's approved template `name` in `language` takes, from Graph's template list
   * (the production sender's business account when there is one, else the sandbox's); null when there is no such
   * approved template, undefined when the account has no sender to ask.
   */
  async templateParameterCount(accountId: string, name: string, language: string): Promise<number | null | undefined> {
    const rows = await this.deps.database.db.select().from(whatsappSenders).where(eq(whatsappSenders.accountId, accountId));
    const row = rows.find((candidate) => candidate.environment === 'production') ?? rows.find((candidate) => candidate.environment === 'sandbox');
    if (!row) return undefined;
    const found = await this.client(accountId, row.environment);
    if (!found) return null;
    const templates = await found.client.messageTemplates(row.businessAccountId, name);
    const template = templates.find((candidate) => candidate.name === name && candidate.language === language && candidate.status === 'APPROVED');
    if (!template) return null;
    const body = template.components.find((component) => component.type.toUpperCase() === 'BODY');
    return body?.text === undefined ? 0 : bodyParameterCount(body.text);
  }

  async #row(db: Database, accountId: string, environment: Environment): Promise<SenderRow | null> {
    const [row] = await db.select().from(whatsappSenders).where(and(eq(whatsappSenders.accountId, accountId), eq(whatsappSenders.environment, environment)));
    return row ?? null;
  }

  #forget(accountId: string, environment: Environment): void {
    this.#cache.delete(`${accountId}/${environment}`);
  }
}
