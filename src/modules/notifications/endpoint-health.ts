import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { actorOf, assertRole, canSeeAccount, systemActor, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { notificationProblems } from './errors.ts';
import { accountTimeZone } from './reports.ts';
import { notificationRules, type Locale } from './schema.ts';
import { announceRuleChange } from './notification-signals.ts';
import { cancelWaiting } from './send-queue.ts';

type RuleRow = typeof notificationRules.$inferSelect;

/** A webhook endpoint whose every delivery has failed for this long is disabled (retries alone span ~1.5 days). */
export const FAILING_DAYS_BEFORE_DISABLE = 5;
const DAY_MS = 86_400_000;

/** Why Ponte disabled a rule by itself: stable codes the console maps to its own (pt-BR) words. */
export type DisabledReasonCode = 'endpoint_gone' | 'endpoint_failing';

/** One webhook delivery's outcome, as the worker saw it (`status`: the HTTP answer, null when none came). */
export type WebhookOutcome = { ok: true } | { ok: false; status: number | null; error: string };

/**
 * `disabled_reason` is stored as `<code>: <English text>` (one column, read by logs as is); the API splits it so the
 * console can word the code in pt-BR. A reason written some other way is presented whole, under the code `other`.
 */
export function presentDisabledReason(stored: string | null): { code: string; message: string } | null {
  if (stored === null) return null;
  const match = /^([a-z_]+): (.*)$/s.exec(stored);
  return match ? { code: match[1]!, message: match[2]! } : { code: 'other', message: stored };
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  audit: AuditService;
  accounts: AccountsService;
  mailer: Mailer | null;
  /** What the contact e-mail's Message-ID ends in. */
  mailDomain: string;
}

const actor = systemActor('notifications.endpoint-health');

/**
 * Webhook endpoints that keep failing: each delivery's outcome moves the rule's `failing_since` (set by the first
 * failure, cleared by any success); an endpoint failing for FAILING_DAYS_BEFORE_DISABLE days, or answering 410 Gone,
 * gets its rule disabled, what it left waiting canceled, and the account's contact told by e-mail. `enable` brings
 * the rule back.
 */
export class EndpointHealth {
  constructor(private readonly deps: Deps) {}

  /**
   * Records a webhook delivery's outcome for its rule; says whether the rule was disabled by it (and why). Pass the
   * pool handle (`database.db`) and the disabling runs in a transaction of its own, e-mailing the contact after it
   * commits; pass a transaction and it joins it (the e-mail then goes before that transaction commits).
   */
  async recordWebhookOutcome(db: Database, rule: RuleRow, outcome: WebhookOutcome, now: Date): Promise<{ disabled: boolean; reason: string | null }> {
    if (outcome.ok) {
      await db.update(notificationRules).set({ failingSince: null }).where(and(eq(notificationRules.id, rule.id), isNotNull(notificationRules.failingSince)));
      return { disabled: false, reason: null };
    }
    const [marked] = await db
      .update(notificationRules)
      .set({ failingSince: sql`coalesce(${notificationRules.failingSince}, ${now.toISOString()}::timestamptz)` })
      .where(eq(notificationRules.id, rule.id))
      .returning();
    if (!marked?.enabled || marked.deletedAt || !marked.failingSince) return { disabled: false, reason: null };
    const failingSince = marked.failingSince;
    const gone = outcome.status === 410;
    if (!gone && now.getTime() - failingSince.getTime() < FAILING_DAYS_BEFORE_DISABLE * DAY_MS) return { disabled: false, reason: null };

    const code: DisabledReasonCode = gone ? 'endpoint_gone' : 'endpoint_failing';
    const reason = gone
      ? `endpoint_gone: the endpoint answered HTTP 410 Gone on ${now.toISOString()}`
      : `endpoint_failing: every delivery has failed since ${failingSince.toISOString()} (${FAILING_DAYS_BEFORE_DISABLE} days or more); the last one: ${outcome.error}`;
    const disable = async (tx: Database) => {
      const [disabled] = await tx
        .update(notificationRules)
        .set({ enabled: false, disabledReason: reason, updatedAt: now })
        .where(and(eq(notificationRules.id, rule.id), eq(notificationRules.enabled, true), isNull(notificationRules.deletedAt)))
        .returning();
      // Another worker's failure disabled it first: it tells the contact, not this one.
      if (!disabled) return null;
      await announceRuleChange(this.deps.database, tx, rule.id);
      await cancelWaiting(tx, rule.id, gone ? 'The endpoint is gone (HTTP 410): the rule was disabled' : `The endpoint failed for ${FAILING_DAYS_BEFORE_DISABLE} days: the rule was disabled`, now);
      await this.deps.audit.record(tx, {
        actor: actorOf(actor),
        action: 'notification_rule.disabled',
        targetType: 'notification_rule',
        targetId: rule.id,
        details: { code, status: outcome.status, failingSince: failingSince.toISOString(), error: outcome.error },
      });
      return disabled;
    };
    const disabled = db === this.deps.database.db ? await this.deps.database.transaction(({ db: tx }) => disable(tx)) : await disable(db);
    if (!disabled) return { disabled: false, reason: null };
    this.deps.logger.warn({ rule: rule.id, account: rule.accountId, code, status: outcome.status }, 'webhook endpoint disabled');
    await this.#tellContact(db, disabled, code, failingSince, now).catch((error: unknown) => this.deps.logger.error({ err: error, rule: rule.id }, 'could not tell the account that its webhook endpoint was disabled'));
    return { disabled: true, reason };
  }

  /** Enables a rule again (one Ponte disabled, or one disabled by hand), clearing why and since when it failed. */
  async enable(who: Actor, ruleId: string): Promise<RuleRow> {
    const [row] = await this.deps.database.db.select().from(notificationRules).where(eq(notificationRules.id, ruleId));
    if (!row || row.deletedAt || !canSeeAccount(who, row.accountId)) throw new Problem(notificationProblems.notification_rule_not_found);
    assertRole(who, 'admin');
    if (row.enabled) throw new Problem(notificationProblems.notification_rule_conflict, 'The rule is enabled already');
    const now = this.deps.clock.now();
    return this.deps.database.transaction(async ({ db }) => {
      const [enabled] = await db
        .update(notificationRules)
        .set({ enabled: true, disabledReason: null, failingSince: null, updatedAt: now })
        .where(and(eq(notificationRules.id, ruleId), eq(notificationRules.enabled, false)))
        .returning();
      if (!enabled) throw new Problem(notificationProblems.notification_rule_conflict, 'The rule is enabled already');
      await announceRuleChange(this.deps.database, db, ruleId);
      await this.deps.audit.record(db, {
        actor: actorOf(who),
        action: 'notification_rule.enabled',
        targetType: 'notification_rule',
        targetId: ruleId,
        details: { disabledReason: presentDisabledReason(row.disabledReason)?.code ?? null },
      });
      return enabled;
    });
  }

  async #tellContact(db: Database, rule: RuleRow, code: DisabledReasonCode, failingSince: Date, now: Date): Promise<void> {
    const account = await this.deps.accounts.findAccount(db, rule.accountId);
    if (!account?.contactEmail) {
      this.deps.logger.warn({ rule: rule.id, account: rule.accountId }, 'the account has no contact e-mail: nobody was told its webhook endpoint was disabled');
      return;
    }
    if (!this.deps.mailer) {
      this.deps.logger.warn({ rule: rule.id }, 'no mail server (SMTP_URL): nobody was told the webhook endpoint was disabled');
      return;
    }
    const mail = disabledEndpointMail(account.locale, {
      contactName: account.contactName ?? account.name,
      rule,
      code,
      since: formatInstant(account.locale, failingSince, await accountTimeZone(db, rule.accountId)),
    });
    await this.deps.mailer.send({
      to: [account.contactEmail],
      subject: mail.subject,
      text: mail.text,
      // One e-mail per disabling: a retried call after a crash would not disable again (the rule is off already).
      messageId: `<rule-disabled-${rule.id}-${now.getTime()}@${this.deps.mailDomain}>`,
      headers: { 'X-Ponte-Notification-Rule': rule.id },
    });
  }
}

function formatInstant(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);
}

/** Where the rule posted to, without a query string (which may carry the receiver's own token). */
const shownUrl = (url: string | null) => {
  if (!url) return '—';
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

/** The contact's e-mail: which rule and endpoint, why, since when, and how to turn it back on. */
function disabledEndpointMail(locale: Locale, input: { contactName: string; rule: RuleRow; code: DisabledReasonCode; since: string }) {
  const { rule } = input;
  const url = shownUrl(rule.webhookUrl);
  const enablePath = `POST /v1/notification-rules/${rule.id}/enable`;
  if (locale === 'en') {
    const why =
      input.code === 'endpoint_gone'
        ? 'the endpoint answered HTTP 410 (Gone), which says it was removed for good.'
        : `every delivery to it has failed for ${FAILING_DAYS_BEFORE_DISABLE} days.`;
    return {
      subject: `${rule.environment === 'sandbox' ? '[Sandbox] ' : ''}Webhook endpoint disabled`,
      text: [
        `Hello ${input.contactName},`,
        '',
        `Ponte disabled the notification rule ${rule.id} (${rule.eventType}), which posted webhooks to:`,
        url,
        '',
        `Why: ${why}`,
        `Failing since: ${input.since}`,
        '',
        'The notifications of this rule still waiting to be sent were canceled. Once the endpoint works, enable the rule again in the Ponte console, or through the API:',
        enablePath,
        '',
        '— Ponte',
      ].join('\n'),
    };
  }
  const why =
    input.code === 'endpoint_gone'
      ? 'o endpoint respondeu HTTP 410 (Gone), o que indica que ele foi removido de vez.'
      : `todas as entregas para ele falharam durante ${FAILING_DAYS_BEFORE_DISABLE} dias.`;
  return {
    subject: `${rule.environment === 'sandbox' ? '[Homologação] ' : ''}Endpoint de webhook desativado`,
    text: [
      `Olá, ${input.contactName},`,
      '',
      `O Ponte desativou a regra de notificação ${rule.id} (${rule.eventType}), que enviava webhooks para:`,
      url,
      '',
      `Motivo: ${why}`,
      `Falhando desde: ${input.since}`,
      '',
      'As notificações dessa regra que aguardavam envio foram canceladas. Depois de corrigir o endpoint, reative a regra no console da Ponte ou pela API:',
      enablePath,
      '',
      '— Ponte',
    ].join('\n'),
  };
}
