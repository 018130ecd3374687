import { eq } from 'drizzle-orm';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import { partnerApiProblems } from './errors.ts';
import { partnerApis } from './schema.ts';

export interface PartnerApi {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

const formatPartnerApi = (row: typeof partnerApis.$inferSelect): PartnerApi => ({ id: row.id, name: row.name, slug: row.slug, createdAt: row.createdAt.toISOString() });

/** The operator's own APIs that Ponte fronts: registered by admins, described by their OpenAPI document and catalog. */
export class PartnerApisService {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, input: { name: string; slug: string }): Promise<PartnerApi> {
    assertRole(actor, 'admin');
    return this.database.transaction(async ({ db }) => {
      const [taken] = await db.select({ id: partnerApis.id }).from(partnerApis).where(eq(partnerApis.slug, input.slug));
      if (taken) throw new Problem(partnerApiProblems.partner_api_slug_taken, `The slug ${input.slug} is taken`, { field: 'body.slug' });
      const [row] = await db
        .insert(partnerApis)
        .values({ id: newId('partnerApi'), name: input.name, slug: input.slug, createdBy: actorOf(actor), createdAt: this.clock.now() })
        .returning();
      await this.audit.record(db, { actor: actorOf(actor), action: 'partner_api.registered', targetType: 'partner_api', targetId: row!.id, details: { name: input.name, slug: input.slug } });
      return formatPartnerApi(row!);
    });
  }

  async get(id: string): Promise<PartnerApi> {
    const [row] = await this.database.db.select().from(partnerApis).where(eq(partnerApis.id, id));
    if (!row) throw new Problem(partnerApiProblems.partner_api_not_found, `No partner API ${id}`);
    return formatPartnerApi(row);
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await this.database.db.select({ id: partnerApis.id }).from(partnerApis).where(eq(partnerApis.id, id));
    return row !== undefined;
  }
}
