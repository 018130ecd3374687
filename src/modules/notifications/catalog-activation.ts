import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { connectorManifest } from '../../connectors/catalog.ts';
import type { NotificationCatalogEntry } from '../../connectors/sdk/notification-catalog.ts';
import { assertRole, type Actor } from '../../platform/actor.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { requireRole } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { connectorProblems } from '../../connectors/catalog.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../accounts/index.ts';
import { integrationProblems } from '../integrations/index.ts';
import type { MessageTemplate, MessageTemplates } from './message-templates.ts';
import { invalid } from './rule-checks.ts';
import { LOCALES, notificationRules, type DueDateTiming, type Locale } from './schema.ts';
import type { NotificationsService, Rule } from './service.ts';
import { DUE_DATE_EVENT_TYPE } from './templates.ts';
import { BUYER_REMINDER_RULE_EXAMPLE } from './examples.ts';
import { dueDateTimingBody, ruleSchema } from './wire.ts';

const BUYER_CHANNELS = ['email', 'whatsapp'] as const;
type BuyerChannel = (typeof BUYER_CHANNELS)[number];

export interface Activation {
  accountId: string;
  environment?: 'sandbox' | 'production' | undefined;
  integrationId?: string | null | undefined;
  connector: string;
  /** Entry keys (`boleto.created`); absent: every entry a rule can follow. */
  entries?: string[] | undefined;
  /** Absent: e-mail, plus WhatsApp where the entry has a WhatsApp message and goes to the record's person. */
  channels?: BuyerChannel[] | undefined;
  locale?: Locale | undefined;
  /** Due-date entries' timing instead of the catalog's ("due in 3 days" rather than 2). */
  timings?: Record<string, DueDateTiming> | undefined;
}

export interface ActivationResult {
  rules: Rule[];
  templates: MessageTemplate[];
  /** What was not turned on, and why (already on, no WhatsApp message for it). */
  skipped: { entry: string; channel: string; reason: string }[];
}

/**
 * Turns catalog entries on for an account in one call: for each entry and channel, the account's own copy of the
 * built-in template (so the store edits its wording) and a rule that follows the entry with it. Entries already on
 * for the same scope and channel are left as they are.
 */
export class CatalogActivation {
  constructor(private readonly deps: { database: DatabaseHandle; notifications: NotificationsService; templates: MessageTemplates }) {}

  async activate(actor: Actor, input: Activation): Promise<ActivationResult> {
    assertRole(actor, 'admin');
    const manifest = connectorManifest(input.connector, 'params.key');
    const catalog = manifest.notifications ?? [];
    const unknown = (input.entries ?? []).find((key) => !catalog.some((entry) => entry.key === key));
    if (unknown) throw invalid('body.entries', `${unknown} is not in ${manifest.name}'s catalog (${catalog.map((entry) => entry.key).join(', ')})`);
    const wanted = input.entries ? catalog.filter((entry) => input.entries!.includes(entry.key)) : catalog;
    const badTiming = Object.keys(input.timings ?? {}).find((key) => wanted.find((entry) => entry.key === key)?.trigger.kind !== 'due_date');
    if (badTiming) throw invalid(`body.timings.${badTiming}`, 'only due-date entries take a timing');
    const locale = input.locale ?? 'pt-BR';
    const environment = input.environment ?? actor.environment;
    const existing = await this.#alreadyOn(this.deps.database.db, input.accountId, environment, wanted.map((entry) => `${manifest.key}:${entry.key}`), input.integrationId ?? null);

    const result: ActivationResult = { rules: [], templates: [], skipped: [] };
    const plan: { entry: NotificationCatalogEntry; channel: BuyerChannel }[] = [];
    for (const entry of wanted) {
      const channels = input.channels ?? (entry.audience === 'record' && entry.defaultTemplates.whatsapp ? BUYER_CHANNELS : (['email'] as const));
      for (const channel of channels) {
        const skip = (reason: string) => result.skipped.push({ entry: entry.key, channel, reason });
        if (channel === 'whatsapp' && !entry.defaultTemplates.whatsapp) skip('the entry has no WhatsApp message');
        else if (channel === 'whatsapp' && entry.audience !== 'record') skip('WhatsApp goes to a record’s person; this entry is for the account’s contact');
        else if (existing.has(`${manifest.key}:${entry.key}|${channel}`)) skip('already on');
        else plan.push({ entry, channel });
      }
    }
    // Everything is checked before anything is saved (a missing WhatsApp template at Meta, an integration of another
    // account): bad input changes nothing.
    const made = plan.map(({ entry, channel }) => {
      const catalogEntry = `${manifest.key}:${entry.key}`;
      const defaults = entry.defaultTemplates;
      const { trigger } = entry;
      return {
        entry,
        template: {
          accountId: input.accountId,
          name: `${entry.name[locale]} (${channel === 'email' ? 'e-mail' : 'WhatsApp'})`,
          channel,
          locale,
          catalogEntry,
          ...(channel === 'email'
            ? { subject: defaults.email[locale].subject, body: defaults.email[locale].body }
            : { whatsappTemplateName: defaults.whatsapp!.name, whatsappLanguage: defaults.whatsapp!.language, whatsappParameters: defaults.whatsapp!.parameters }),
        },
        rule: {
          accountId: input.accountId,
          environment: input.environment,
          integrationId: input.integrationId ?? null,
          eventType: trigger.kind === 'event' ? trigger.eventType : trigger.kind === 'due_date' ? DUE_DATE_EVENT_TYPE : `${trigger.model}.daily_summary`,
          channel,
          recipient: entry.audience,
          locale,
          catalogEntry,
          timing: trigger.kind === 'due_date' ? (input.timings?.[entry.key] ?? { daysFromDueDate: trigger.daysFromDueDate, at: trigger.at }) : null,
        },
      };
    });
    // Checked all at once: a whole catalog's checks queue together instead of one behind another among other
    // requests. The first refusal in the plan's order is the answer, whatever the order they came back in.
    const outcomes = await Promise.allSettled(
      made.map(async (item) => {
        const checkedTemplate = await this.deps.templates.check(actor, item.template).catch((error: unknown) => {
          throw error instanceof Problem ? new Problem(error.type, `${item.entry.key} (${item.template.channel}): ${error.detail ?? error.type.title}`, { ...error.extensions, field: 'body.entries' }) : error;
        });
        return { ...item, checkedTemplate, checkedRule: await this.deps.notifications.checkRule(actor, item.rule) };
      }),
    );
    const checked = outcomes.map((outcome) => {
      if (outcome.status === 'rejected') throw outcome.reason;
      return outcome.value;
    });
    // Saved in one transaction: all or none, and a single commit rather than two per entry and channel (a whole
    // catalog is some forty writes, which took over 30 s one by one among a dozen concurrent requests on PGlite).
    return this.deps.database.transaction(async ({ db }) => {
      // Two activations for the same account at once: the second waits here, then skips what the first turned on.
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`notification-catalog:${input.accountId}`}, 0))`);
      const onNow = await this.#alreadyOn(db, input.accountId, environment, [...new Set(checked.map(({ rule }) => rule.catalogEntry))], input.integrationId ?? null);
      for (const { entry, template, checkedTemplate, rule, checkedRule } of checked) {
        if (onNow.has(`${rule.catalogEntry}|${rule.channel}`)) {
          result.skipped.push({ entry: entry.key, channel: rule.channel, reason: 'already on' });
          continue;
        }
        const saved = await this.deps.templates.saveChecked(db, actor, template, checkedTemplate);
        result.templates.push(saved);
        result.rules.push((await this.deps.notifications.saveCheckedRule(db, actor, { ...rule, templateId: saved.id }, checkedRule)).rule);
      }
      return result;
    });
  }

  async #alreadyOn(db: Database, accountId: string, environment: string | undefined, entries: string[], integrationId: string | null): Promise<Set<string>> {
    if (entries.length === 0) return new Set();
    const rows = await db
      .select({ catalogEntry: notificationRules.catalogEntry, channel: notificationRules.channel, integrationId: notificationRules.integrationId, environment: notificationRules.environment })
      .from(notificationRules)
      .where(and(eq(notificationRules.accountId, accountId), inArray(notificationRules.catalogEntry, entries), isNull(notificationRules.deletedAt)));
    return new Set(rows.filter((row) => row.integrationId === integrationId && (!environment || row.environment === environment)).map((row) => `${row.catalogEntry}|${row.channel}`));
  }
}

const activationBody = z.strictObject({
  accountId: z.string(),
  environment: z.enum(['sandbox', 'production']).optional().describe('Default: the environment of your API key'),
  integrationId: z.string().nullable().optional().describe('Only this integration’s records; absent: every integration of the connector in the account'),
  entries: z.array(z.string().max(60)).min(1).max(50).optional().describe('Entry keys, e.g. boleto.created; absent: the whole catalog'),
  channels: z.array(z.enum(BUYER_CHANNELS)).min(1).optional().describe('Absent: e-mail, plus WhatsApp for entries that message a record’s person'),
  locale: z.enum(LOCALES).optional(),
  timings: z.record(z.string().max(60), dueDateTimingBody).optional().describe('Due-date entries’ timing instead of the catalog’s, by entry key'),
});

export function registerCatalogActivationRoutes(app: HttpServer, deps: { activation: CatalogActivation }): void {
  app.post(
    '/v1/connectors/:key/notifications/activate',
    {
      schema: {
        ...operation({
          id: 'activateNotificationCatalog',
          tag: 'notifications',
          summary: 'Turn a connector’s catalog of notifications on for an account: a rule and an editable template per entry and channel',
          description:
            'Admins. Each entry gets the account’s own copy of its built-in template (edit it with PATCH /v1/notification-templates/{id}) and a rule that follows the entry, sent to the record’s person (a buyer) or the account’s contact as the catalog says. WhatsApp needs the account’s WhatsApp sender, whose approved templates are checked. Entries already on are skipped and listed in `skipped`.',
        }),
        params: z.object({ key: z.string() }),
        body: activationBody.meta({ examples: [{ accountId: 'acc_7k2m9q4x8c1v5b3n6z0p', environment: 'sandbox', integrationId: 'int_6p0t4x8b2f6j0n4r8v2z', entries: ['boleto.created', 'boleto.due_soon', 'boleto.paid'] }] }),
        response: {
          201: z
            .object({
              rules: z.array(ruleSchema),
              templates: z.array(z.object({ id: z.string(), name: z.string(), channel: z.string(), catalogEntry: z.string().nullable() }).loose()),
              skipped: z.array(z.object({ entry: z.string(), channel: z.string(), reason: z.string() })),
            })
            .meta({
              examples: [
                {
                  rules: [{ ...BUYER_REMINDER_RULE_EXAMPLE, templateId: 'ntpl_8q2w6e0r4t8y2u6i0o4p' }],
                  templates: [{ id: 'ntpl_8q2w6e0r4t8y2u6i0o4p', name: 'Boleto vence em 2 dias (WhatsApp)', channel: 'whatsapp', catalogEntry: 'paghiper:boleto.due_soon' }],
                  skipped: [{ entry: 'boleto.created', channel: 'email', reason: 'already on' }],
                },
              ],
            }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, integrationProblems.integration_not_found, connectorProblems.connector_not_found),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await deps.activation.activate(requireRole(request, 'admin'), { ...request.body, connector: request.params.key })),
  );
}

