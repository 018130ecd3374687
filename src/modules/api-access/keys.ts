import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { digestSecret } from '../../platform/crypto/secrets.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import { accountProblems } from '../accounts/index.ts';
import { partnerApiProblems } from '../partner-apis/index.ts';
import type { AuditService } from '../audit/index.ts';
import { actorOf, type Actor } from '../../platform/actor.ts';
import { ACCESS_REVOKED_SIGNAL } from './principal-cache.ts';
import { apiAccessProblems } from './errors.ts';
import { displayPrefixOf, generateApiKey } from './key-format.ts';
import { apiKeys, apiKeyUsers, type ApiEnvironment } from './schema.ts';

export interface ApiKey {
  id: string;
  name: string;
  environment: ApiEnvironment;
  displayPrefix: string;
  /** `access` keys are exchanged for tokens; a `gateway` key is a partner API gateway's credential (HTTP Basic). */
  purpose: ApiKeyPurpose;
  /** The partner API the key is for; null for Ponte's own /v1 API. */
  partnerApiId: string | null;
  status: 'active' | 'revoked';
  /** Users allowed to act through the key; empty for an operator key. */
  userIds: string[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiKey extends ApiKey {
  /** The key itself: shown once, at creation, and stored only as a digest. */
  key: string;
}

type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeyPurpose = ApiKeyRow['purpose'];

/** What the keys need of partner-apis: whether an id names a registered partner API. */
export interface PartnerApiDirectory {
  exists(id: string): Promise<boolean>;
  get(id: string): Promise<{ id: string; name: string; slug: string }>;
}

export interface NewApiKey {
  name: string;
  environment: ApiEnvironment;
  users?: string[] | undefined;
  /** The partner API the key is for; absent for Ponte's own API. Required for a gateway key. */
  partnerApiId?: string | undefined;
  purpose?: ApiKeyPurpose | undefined;
}

const formatKey = (row: ApiKeyRow, userIds: string[]): ApiKey => ({
  id: row.id,
  name: row.name,
  environment: row.environment,
  displayPrefix: row.displayPrefix,
  purpose: row.purpose,
  partnerApiId: row.partnerApiId,
  status: row.status,
  userIds,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});


/** API keys per environment, each linked to the users allowed to use it. */
export class ApiKeysService {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
    private readonly partnerApis: PartnerApiDirectory,
  ) {}

  async create(actor: Actor, input: NewApiKey): Promise<CreatedApiKey> {
    const purpose = input.purpose ?? 'access';
    const partnerApiId = input.partnerApiId ?? null;
    if (partnerApiId !== null && !(await this.partnerApis.exists(partnerApiId))) {
      throw new Problem(partnerApiProblems.partner_api_not_found, `No partner API ${partnerApiId}`, { field: 'body.partnerApiId' });
    }
    if (purpose === 'gateway') {
      // A gateway speaks for one partner API and acts for no user: anything else would let it reach Ponte's own API.
      if (partnerApiId === null) throw new Problem(apiAccessProblems.gateway_key_needs_partner_api, 'Say which partner API the gateway serves', { field: 'body.partnerApiId' });
      if ((input.users ?? []).length > 0) throw new Problem(apiAccessProblems.gateway_key_needs_partner_api, 'A gateway key is linked to no user', { field: 'body.users' });
    }
    const userIds: string[] = [];
    for (const [index, reference] of (input.users ?? []).entries()) {
      const user = await this.accounts.findUser(this.database.db, reference);
      if (!user) throw new Problem(accountProblems.user_not_found, `No user ${reference}`, { field: `body.users.${index}` });
      if (!userIds.includes(user.id)) userIds.push(user.id);
    }
    const key = generateApiKey(input.environment);
    return this.database.transaction(async ({ db }) => {
      const [row] = await db
        .insert(apiKeys)
        .values({
          id: newId('apiKey'),
          name: input.name,
          environment: input.environment,
          displayPrefix: displayPrefixOf(key),
          secretDigest: digestSecret(key),
          purpose,
          partnerApiId,
          status: 'active',
          createdBy: actorOf(actor),
          createdAt: this.clock.now(),
        })
        .returning();
      if (userIds.length > 0) await db.insert(apiKeyUsers).values(userIds.map((userId) => ({ apiKeyId: row!.id, userId })));
      await this.audit.record(db, {
        actor: actorOf(actor),
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: row!.id,
        details: { name: input.name, environment: input.environment, userIds, purpose, partnerApiId },
      });
      return { ...formatKey(row!, userIds), key };
    });
  }

  async list(filter: { environment?: ApiEnvironment | undefined; status?: 'active' | 'revoked' | undefined } = {}): Promise<ApiKey[]> {
    const conditions = [];
    if (filter.environment) conditions.push(eq(apiKeys.environment, filter.environment));
    if (filter.status) conditions.push(eq(apiKeys.status, filter.status));
    const rows = await this.database.db
      .select()
      .from(apiKeys)
      .where(and(...conditions))
      .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
    const links = await this.#usersOf(rows.map((row) => row.id));
    return rows.map((row) => formatKey(row, links.get(row.id) ?? []));
  }

  async get(id: string): Promise<ApiKey> {
    const key = await this.findById(id);
    if (!key) throw new Problem(apiAccessProblems.api_key_not_found, `No API key ${id}`);
    return key;
  }

  /** The key with this id, or null (diagnostics ask about ids that may name nothing). */
  async findById(id: string): Promise<ApiKey | null> {
    const [row] = await this.database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return row ? formatKey(row, (await this.#usersOf([id])).get(id) ?? []) : null;
  }

  /** Revokes a key; its tokens stop working at once. Revoking a revoked key changes nothing. */
  async revoke(actor: Actor, id: string): Promise<ApiKey> {
    await this.database.transaction(async ({ db }) => {
      const [row] = await db
        .update(apiKeys)
        .set({ status: 'revoked', revokedAt: this.clock.now() })
        .where(and(eq(apiKeys.id, id), eq(apiKeys.status, 'active')))
        .returning({ id: apiKeys.id });
      if (row) {
        await this.audit.record(db, { actor: actorOf(actor), action: 'api_key.revoked', targetType: 'api_key', targetId: id });
        await this.database.signals.publish(ACCESS_REVOKED_SIGNAL, JSON.stringify({ key: id }), db);
      }
    });
    return this.get(id);
  }

  /** The key stored under this secret, with its linked users, or null. */
  async findBySecret(secret: string): Promise<ApiKey | null> {
    const [row] = await this.database.db.select().from(apiKeys).where(eq(apiKeys.secretDigest, digestSecret(secret)));
    return row ? formatKey(row, (await this.#usersOf([row.id])).get(row.id) ?? []) : null;
  }

  async markUsed(id: string): Promise<void> {
    await this.database.db.update(apiKeys).set({ lastUsedAt: this.clock.now() }).where(eq(apiKeys.id, id));
  }

  async #usersOf(keyIds: string[]): Promise<Map<string, string[]>> {
    const links = new Map<string, string[]>();
    if (keyIds.length === 0) return links;
    const rows = await this.database.db.select().from(apiKeyUsers).where(inArray(apiKeyUsers.apiKeyId, keyIds));
    for (const row of rows) links.set(row.apiKeyId, [...(links.get(row.apiKeyId) ?? []), row.userId]);
    return links;
  }
}
