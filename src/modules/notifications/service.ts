import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { connectorManifest } from '../../connectors/catalog.ts';
import type { ConnectorManifest } from '../../connectors/sdk/manifest.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { IntegrationsService } from '../integrations/index.ts';
import { notificationProblems } from './errors.ts';
import { notificationRules, notifications, notificationTemplates, type Channel, type DueDateTiming, type Locale, type NotificationStatus, type RecipientKind } from './schema.ts';
import { checkCatalogEntry, checkRecordRecipient, checkTarget, checkTiming, invalid } from './rule-checks.ts';
import { DeliveryError, type Delivery } from './delivery.ts';
import { cancelWaiting } from './send-queue.ts';
import { announceDue, announceRuleChange } from './notification-signals.ts';
import { presentDisabledReason } from './endpoint-health.ts';
import { DUE_DATE_EVENT_TYPE, NOTIFIABLE_EVENT_TYPES, TEST_EVENT_TYPE } from './templates.ts';

/** Whether a connector's integrations give rise to an event type: the ones it emits, and due dates of its payments. */
const connectorNotifies = (manifest: ConnectorManifest, eventType: string) =>
  manifest.events.includes(eventType) || (eventType === DUE_DATE_EVENT_TYPE && manifest.models.includes('payment'));

type RuleRow = typeof notificationRules.$inferSelect;
type NotificationRow = typeof notifications.$inferSelect;

export interface NewRule {
  accountId: string;
  environment?: 'sandbox' | 'production' | undefined;
  integrationId?: string | null | undefined;
  eventType: string;
  channel: Channel;
  /** Default `fixed` (the rule's own addresses). */
  recipient?: RecipientKind | undefined;
  emailTo?: string[] | undefined;
  phoneTo?: string[] | undefined;
  webhookUrl?: string | undefined;
  locale?: Locale | undefined;
  delaySeconds?: number | undefined;
  timing?: DueDateTiming | null | undefined;
  catalogEntry?: string | null | undefined;
  templateId?: string | null | undefined;
  enabled?: boolean | undefined;
}

/** What checkRule() found a new rule to be, for saveCheckedRule(). */
export interface CheckedRule {
  environment: 'sandbox' | 'production';
  recipient: RecipientKind;
  catalogEntry: string | null;
  target: ReturnType<typeof checkTarget>;
}

export type RuleChanges = Partial<Pick<NewRule, 'integrationId' | 'emailTo' | 'phoneTo' | 'webhookUrl' | 'locale' | 'delaySeconds' | 'timing' | 'templateId' | 'enabled'>>;

export interface NotificationFilter {
  accountId?: string | undefined;
  status?: NotificationStatus | undefined;
  ruleId?: string | undefined;
  integrationId?: string | undefined;
  eventType?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  vault: CredentialVault;
  accounts: AccountsService;
  audit: AuditService;
  integrations: IntegrationsService;
  /** Sends one message by a rule's channel at once (the notification worker). */
  sender: { deliver(rule: RuleRow, delivery: Delivery): Promise<unknown> };
}

export const MAX_GRACE_SECONDS = 7 * 24 * 3600;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentRule(row: RuleRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    environment: row.environment,
    integrationId: row.integrationId,
    eventType: row.eventType,
    channel: row.channel,
    recipient: row.recipient,
    emailTo: row.emailTo,
    phoneTo: row.phoneTo,
    webhookUrl: row.webhookUrl,
    locale: row.locale,
    delaySeconds: row.delaySeconds,
    timing: row.timing,
    catalogEntry: row.catalogEntry,
    templateId: row.templateId,
    previousSecretValidUntil: iso(row.previousSecretValidUntil),
    enabled: row.enabled,
    disabledReason: presentDisabledReason(row.disabledReason),
    failingSince: iso(row.failingSince),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type Rule = ReturnType<typeof presentRule>;

export function presentNotification(row: NotificationRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    environment: row.environment,
    ruleId: row.ruleId,
    integrationId: row.integrationId,
    eventId: row.eventId,
    eventType: row.eventType,
    channel: row.channel,
    recipient: row.recipient,
    catalogEntry: row.catalogEntry,
    status: row.status,
    skipReason: row.skipReason,
    providerMessageId: row.providerMessageId,
    deliveredAt: iso(row.deliveredAt),
    readAt: iso(row.readAt),
    priority: row.priority,
    scheduledAt: row.scheduledAt.toISOString(),
    attempts: row.attempts,
    lastError: row.lastError,
    sentAt: iso(row.sentAt),
    canceledReason: row.canceledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type Notification = ReturnType<typeof presentNotification>;


/** A Standard Webhooks signing secret: `whsec_` and 24 random bytes in base64. */
const newSigningSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

const encodeCursor = (row: { createdAt: Date; id: string }) => Buffer.from(`n:${row.createdAt.toISOString()}:${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^n:(\d{4}-\d\d-\d\dT[\d:.]+Z):(ntf_[a-z0-9]+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalid('query.cursor', 'is not a cursor this API gave out');
  return { createdAt: new Date(match[1]!), id: match[2]! };
}

/**
 * Notification rules (which events of an account go to whom, by e-mail or signed webhook) and the send queue they
 * fill: what is waiting, sent, failed or canceled, with the means to retry or cancel one.
 */
export class NotificationsService {
  constructor(private readonly deps: Deps) {}

  async createRule(actor: Actor, input: NewRule): Promise<{ rule: Rule; signingSecret: string | null }> {
    const checked = await this.checkRule(actor, input);
    return this.deps.database.transaction(({ db }) => this.saveCheckedRule(db, actor, input, checked));
  }

  /** Saves a rule checkRule() passed, inside the caller's transaction (several things made all or none). */
  async saveCheckedRule(db: Database, actor: Actor, input: NewRule, { environment, recipient, catalogEntry, target }: CheckedRule): Promise<{ rule: Rule; signingSecret: string | null }> {
    const now = this.deps.clock.now();
    const id = newId('notificationRule');
    const signingSecret = input.channel === 'webhook' ? newSigningSecret() : null;
    const credential = signingSecret ? await this.deps.vault.store(db, { accountId: input.accountId, kind: 'webhook:signing', secret: { signingSecret } }) : null;
    const [row] = await db
      .insert(notificationRules)
      .values({
        id,
        accountId: input.accountId,
        environment,
        integrationId: input.integrationId ?? null,
        eventType: input.eventType,
        channel: input.channel,
        recipient,
        ...target,
        signingCredentialId: credential?.id ?? null,
        locale: input.locale ?? 'pt-BR',
        delaySeconds: input.delaySeconds ?? 0,
        timing: input.timing ?? null,
        catalogEntry,
        templateId: input.templateId ?? null,
        enabled: input.enabled ?? true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_rule.created', targetType: 'notification_rule', targetId: id, details: { accountId: input.accountId, eventType: input.eventType, channel: input.channel } });
    return { rule: presentRule(row!), signingSecret };
  }

  /** Everything createRule() checks, saving nothing: a caller making several rules at once checks them all first. */
  async checkRule(actor: Actor, input: NewRule): Promise<CheckedRule> {
    await this.deps.accounts.getAccount(actor, input.accountId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.accountId' });
      throw error;
    });
    const environment = input.environment ?? actor.environment;
    if (!environment) throw invalid('body.environment', 'is required when the rule is not created through an API key');
    if (!NOTIFIABLE_EVENT_TYPES.includes(input.eventType)) throw invalid('body.eventType', `must be one of ${NOTIFIABLE_EVENT_TYPES.join(', ')}`);
    const connector = await this.#checkIntegration(actor, input.integrationId ?? null, { accountId: input.accountId, environment, eventType: input.eventType });
    const recipient = input.recipient ?? 'fixed';
    const catalogEntry = checkCatalogEntry(input.catalogEntry ?? null, input.eventType, connector);
    checkTiming(input.eventType, input.timing ?? null);
    const target = checkTarget(input.channel, environment, recipient, input);
    checkRecordRecipient(input.channel, recipient, input.eventType);
    await this.#checkTemplate(input.accountId, input.channel, input.templateId ?? null);
    return { environment, recipient, catalogEntry, target };
  }

  async listRules(actor: Actor, filter: { accountId?: string | undefined; integrationId?: string | undefined; eventType?: string | undefined }): Promise<Rule[]> {
    const conditions: SQL[] = [isNull(notificationRules.deletedAt)];
    const accountId = actor.role === 'customer' ? (actor.accountId ?? '') : filter.accountId;
    if (accountId) conditions.push(eq(notificationRules.accountId, accountId));
    if (filter.integrationId) conditions.push(eq(notificationRules.integrationId, filter.integrationId));
    if (filter.eventType) conditions.push(eq(notificationRules.eventType, filter.eventType));
    const rows = await this.deps.database.db.select().from(notificationRules).where(and(...conditions)).orderBy(notificationRules.createdAt, notificationRules.id).limit(1000);
    return rows.map(presentRule);
  }

  async getRule(actor: Actor, id: string): Promise<Rule> {
    return presentRule(await this.#rule(actor, id));
  }

  async updateRule(actor: Actor, id: string, changes: RuleChanges): Promise<Rule> {
    const row = await this.#rule(actor, id);
    assertRole(actor, 'admin');
    if (changes.integrationId !== undefined) {
      const connector = await this.#checkIntegration(actor, changes.integrationId, row);
      checkCatalogEntry(row.catalogEntry, row.eventType, connector);
    }
    const target =
      changes.emailTo !== undefined || changes.phoneTo !== undefined || changes.webhookUrl !== undefined ? checkTarget(row.channel, row.environment, row.recipient, changes) : {};
    if (changes.timing !== undefined) checkTiming(row.eventType, changes.timing);
    if (changes.templateId !== undefined) await this.#checkTemplate(row.accountId, row.channel, changes.templateId);
    const now = this.deps.clock.now();
    return this.deps.database.transaction(async ({ db }) => {
      const [updated] = await db
        .update(notificationRules)
        .set({
          ...target,
          ...(changes.integrationId !== undefined ? { integrationId: changes.integrationId } : {}),
          ...(changes.locale ? { locale: changes.locale } : {}),
          ...(changes.delaySeconds !== undefined ? { delaySeconds: changes.delaySeconds } : {}),
          ...(changes.timing !== undefined ? { timing: changes.timing } : {}),
          ...(changes.templateId !== undefined ? { templateId: changes.templateId } : {}),
          ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
          // Enabled again by hand: whatever Ponte disabled it for is over.
          ...(changes.enabled ? { disabledReason: null, failingSince: null } : {}),
          updatedAt: now,
        })
        .where(eq(notificationRules.id, id))
        .returning();
      if (changes.enabled === false) await cancelWaiting(db, id, 'The rule was disabled', now);
      await announceRuleChange(this.deps.database, db, id);
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_rule.changed', targetType: 'notification_rule', targetId: id, details: { changes } });
      return presentRule(updated!);
    });
  }

  /** Deletes a rule: nothing more is made from it, what it left waiting is canceled, its signing secret destroyed. */
  async deleteRule(actor: Actor, id: string): Promise<void> {
    const row = await this.#rule(actor, id);
    assertRole(actor, 'admin');
    const now = this.deps.clock.now();
    await this.deps.database.transaction(async ({ db }) => {
      await db.update(notificationRules).set({ deletedAt: now, enabled: false, updatedAt: now }).where(eq(notificationRules.id, id));
      await cancelWaiting(db, id, 'The rule was deleted', now);
      await announceRuleChange(this.deps.database, db, id);
      if (row.signingCredentialId) await this.deps.vault.destroy(db, row.signingCredentialId);
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_rule.deleted', targetType: 'notification_rule', targetId: id });
    });
  }

  /**
   * A new signing secret for a webhook rule, returned once. The old one keeps signing beside it for `graceSeconds`
   * (each message then carries both signatures), so the receiver can switch over without rejecting anything.
   */
  async rotateSecret(actor: Actor, id: string, graceSeconds: number): Promise<{ rule: Rule; signingSecret: string }> {
    const row = await this.#rule(actor, id);
    assertRole(actor, 'admin');
    if (row.channel !== 'webhook' || !row.signingCredentialId) throw new Problem(notificationProblems.notification_rule_conflict, 'Only webhook rules have a signing secret');
    const previous = await this.deps.vault.reveal(row.signingCredentialId);
    const signingSecret = newSigningSecret();
    const now = this.deps.clock.now();
    return this.deps.database.transaction(async ({ db }) => {
      await this.deps.vault.replace(db, row.signingCredentialId!, graceSeconds > 0 ? { signingSecret, previousSigningSecret: previous.signingSecret! } : { signingSecret });
      const [updated] = await db
        .update(notificationRules)
        .set({ previousSecretValidUntil: graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null, updatedAt: now })
        .where(eq(notificationRules.id, id))
        .returning();
      await announceRuleChange(this.deps.database, db, id);
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_rule.secret_rotated', targetType: 'notification_rule', targetId: id, details: { graceSeconds } });
      return { rule: presentRule(updated!), signingSecret };
    });
  }

  /**
   * Sends a `ponte.test` message to the rule's recipients now, outside the send queue, and says whether it went:
   * how an admin checks an address or an endpoint (and its signature check) before real events flow.
   */
  async sendTest(actor: Actor, id: string): Promise<{ delivered: boolean; error: string | null }> {
    const row = await this.#rule(actor, id);
    assertRole(actor, 'admin', 'agent');
    const now = this.deps.clock.now();
    const testId = newId('notification');
    const delivery: Delivery = {
      notificationId: testId,
      locale: row.locale,
      event: {
        id: testId,
        type: TEST_EVENT_TYPE,
        accountId: row.accountId,
        integrationId: row.integrationId,
        environment: row.environment,
        subject: null,
        data: { ruleId: row.id, eventType: row.eventType },
        origin: 'live',
        occurredAt: now.toISOString(),
      },
    };
    const result = await this.deps.sender.deliver(row, delivery).then(
      () => ({ delivered: true, error: null }),
      (error: unknown) => {
        if (error instanceof DeliveryError) return { delivered: false, error: error.message };
        throw error;
      },
    );
    await this.deps.audit.record(this.deps.database.db, { actor: actorOf(actor), action: 'notification_rule.tested', targetType: 'notification_rule', targetId: id, details: result });
    return result;
  }

  /** The send queue, newest first. */
  async list(actor: Actor, filter: NotificationFilter): Promise<{ data: Notification[]; nextCursor: string | null }> {
    const conditions: SQL[] = [];
    const accountId = actor.role === 'customer' ? (actor.accountId ?? '') : filter.accountId;
    if (accountId) conditions.push(eq(notifications.accountId, accountId));
    if (filter.status) conditions.push(eq(notifications.status, filter.status));
    if (filter.ruleId) conditions.push(eq(notifications.ruleId, filter.ruleId));
    if (filter.integrationId) conditions.push(eq(notifications.integrationId, filter.integrationId));
    if (filter.eventType) conditions.push(eq(notifications.eventType, filter.eventType));
    if (filter.cursor) {
      const after = decodeCursor(filter.cursor);
      conditions.push(or(lt(notifications.createdAt, after.createdAt), and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id)))!);
    }
    const rows = await this.deps.database.db
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(filter.limit);
    const last = rows.at(-1);
    return { data: rows.map(presentNotification), nextCursor: rows.length === filter.limit && last ? encodeCursor(last) : null };
  }

  async get(actor: Actor, id: string): Promise<Notification> {
    return presentNotification(await this.#notification(actor, id));
  }

  /** Sends a failed or canceled notification again, now, with a fresh set of attempts. */
  async retry(actor: Actor, id: string): Promise<Notification> {
    return this.#move(actor, id, ['failed', 'canceled'], 'retried', (now) => ({ status: 'scheduled', scheduledAt: now, attempts: 0, canceledReason: null }));
  }

  /** Cancels a notification still waiting to be sent. */
  async cancel(actor: Actor, id: string): Promise<Notification> {
    return this.#move(actor, id, ['scheduled'], 'canceled', () => ({ status: 'canceled', canceledReason: `Canceled by ${actorOf(actor)}`, leaseUntil: null }));
  }

  /** Enabled rules that would notify about this integration's events: the checklist's "notification rules present". */
  async countRulesFor(integration: { id: string; accountId: string; environment: 'sandbox' | 'production'; connector: string }): Promise<number> {
    const eventTypes = NOTIFIABLE_EVENT_TYPES.filter((type) => type.startsWith('integration.') || connectorNotifies(connectorManifest(integration.connector), type));
    const rows = await this.deps.database.db
      .select({ id: notificationRules.id })
      .from(notificationRules)
      .where(
        and(
          eq(notificationRules.accountId, integration.accountId),
          eq(notificationRules.environment, integration.environment),
          or(isNull(notificationRules.integrationId), eq(notificationRules.integrationId, integration.id)),
          inArray(notificationRules.eventType, eventTypes),
          eq(notificationRules.enabled, true),
          isNull(notificationRules.deletedAt),
        ),
      );
    return rows.length;
  }

  async #move(
    actor: Actor,
    id: string,
    from: NotificationStatus[],
    action: string,
    changes: (now: Date) => Partial<typeof notifications.$inferInsert>,
  ): Promise<Notification> {
    const row = await this.#notification(actor, id);
    assertRole(actor, 'admin', 'agent');
    const now = this.deps.clock.now();
    return this.deps.database.transaction(async ({ db }) => {
      const [updated] = await db
        .update(notifications)
        .set({ ...changes(now), updatedAt: now })
        .where(and(eq(notifications.id, id), inArray(notifications.status, from)))
        .returning();
      if (!updated) throw new Problem(notificationProblems.notification_state_conflict, `The notification is ${row.status}; only a ${from.join(' or ')} one can be ${action}`);
      if (updated.status === 'scheduled') await announceDue(this.deps.database, db);
      await this.deps.audit.record(db, { actor: actorOf(actor), action: `notification.${action}`, targetType: 'notification', targetId: id });
      return presentNotification(updated);
    });
  }

  async #rule(actor: Actor, id: string): Promise<RuleRow> {
    const [row] = await this.deps.database.db.select().from(notificationRules).where(eq(notificationRules.id, id));
    if (!row || row.deletedAt || !canSeeAccount(actor, row.accountId)) throw new Problem(notificationProblems.notification_rule_not_found);
    return row;
  }

  async #notification(actor: Actor, id: string): Promise<NotificationRow> {
    const [row] = await this.deps.database.db.select().from(notifications).where(eq(notifications.id, id));
    if (!row || !canSeeAccount(actor, row.accountId)) throw new Problem(notificationProblems.notification_not_found);
    return row;
  }

  /** A rule scoped to one integration: of the same account and environment, and able to emit the event. */
  async #checkIntegration(actor: Actor, integrationId: string | null, rule: { accountId: string; environment: string; eventType: string }): Promise<string | null> {
    if (integrationId === null) return null;
    const integration = await this.deps.integrations.get(actor, integrationId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.integrationId' });
      throw error;
    });
    if (integration.accountId !== rule.accountId || integration.environment !== rule.environment) {
      throw invalid('body.integrationId', `belongs to another account or environment than the rule (${rule.accountId}, ${rule.environment})`);
    }
    if (!rule.eventType.startsWith('integration.') && !connectorNotifies(connectorManifest(integration.connector), rule.eventType)) {
      throw invalid('body.eventType', `${integration.connector} integrations do not emit ${rule.eventType}`);
    }
    return integration.connector;
  }

  async #checkTemplate(accountId: string, channel: Channel, templateId: string | null): Promise<void> {
    if (templateId === null) return;
    const [template] = await this.deps.database.db.select().from(notificationTemplates).where(eq(notificationTemplates.id, templateId));
    if (!template || template.deletedAt || template.accountId !== accountId) throw invalid('body.templateId', 'is not a template of this account');
    if (template.channel !== channel) throw invalid('body.templateId', `is a ${template.channel} template; the rule sends by ${channel}`);
  }
}
