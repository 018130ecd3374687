import { inArray } from 'drizzle-orm';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { CLOCK_TIME } from '../../connectors/sdk/notification-catalog.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems, type AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import { CHANNELS, notificationSettings } from './schema.ts';
import { DEFAULT_MANNERS, type SendingManners } from './sending-manners.ts';

type SettingsRow = typeof notificationSettings.$inferSelect;

const hhmm = z.string().regex(CLOCK_TIME, 'must be a time of day as HH:MM (00:00 to 23:59)');
const cap = z.number().int().min(1).max(100).nullable();

export const notificationSettingsSchema = z.object({
  accountId: z.string(),
  quietHours: z
    .object({ start: hhmm, end: hhmm })
    .nullable()
    .describe('Messages to a record’s person due inside this window (local time; it may cross midnight) wait until it ends, never dropped. Null: none.'),
  timeZone: z.string().describe('IANA time zone of the quiet hours, the daily caps and due-date reminders'),
  quietChannels: z.array(z.enum(CHANNELS)).describe('The channels quiet hours hold back'),
  dailyCaps: z.object({ whatsapp: cap, email: cap }).describe('At most this many messages a day to one person on the channel; beyond it they are skipped (`recipient_cap`). Null: no cap.'),
  updatedAt: z.iso.datetime().nullable().describe('Null: the account still has the defaults'),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

const settingsBody = z.strictObject({
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).nullable().optional(),
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone, such as America/Sao_Paulo')
    .optional(),
  quietChannels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  dailyCaps: z.strictObject({ whatsapp: cap.optional(), email: cap.optional() }).optional(),
});

const mannersOfRow = (row: SettingsRow | undefined): SendingManners =>
  row
    ? {
        quietHours: row.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null,
        timeZone: row.timeZone,
        quietChannels: row.quietChannels,
        dailyCap: { ...(row.whatsappDailyCap ? { whatsapp: row.whatsappDailyCap } : {}), ...(row.emailDailyCap ? { email: row.emailDailyCap } : {}) },
      }
    : DEFAULT_MANNERS;

const present = (accountId: string, manners: SendingManners, updatedAt: Date | null): NotificationSettings => ({
  accountId,
  quietHours: manners.quietHours,
  timeZone: manners.timeZone,
  quietChannels: manners.quietChannels,
  dailyCaps: { whatsapp: manners.dailyCap.whatsapp ?? null, email: manners.dailyCap.email ?? null },
  updatedAt: updatedAt?.toISOString() ?? null,
});

/** Each account's sending manners, the defaults where it set none. */
export async function mannersOf(db: Database, accountIds: string[]): Promise<Map<string, SendingManners>> {
  const rows = accountIds.length > 0 ? await db.select().from(notificationSettings).where(inArray(notificationSettings.accountId, accountIds)) : [];
  const byAccount = new Map(rows.map((row) => [row.accountId, row]));
  return new Map(accountIds.map((id) => [id, mannersOfRow(byAccount.get(id))]));
}

/** An account's quiet hours and daily caps: how considerate its messages to buyers are. */
export class NotificationSettingsService {
  constructor(private readonly deps: { database: DatabaseHandle; clock: Clock; accounts: AccountsService; audit: AuditService }) {}

  async get(actor: Actor, accountId: string): Promise<NotificationSettings> {
    await this.deps.accounts.getAccount(actor, accountId);
    const [row] = await this.deps.database.db.select().from(notificationSettings).where(inArray(notificationSettings.accountId, [accountId]));
    return present(accountId, mannersOfRow(row), row?.updatedAt ?? null);
  }

  /** Changes what is sent; the rest stays. Customers may set their own account's manners, as staff may. */
  async update(actor: Actor, accountId: string, changes: z.infer<typeof settingsBody>): Promise<NotificationSettings> {
    const current = await this.get(actor, accountId);
    assertRole(actor, 'admin', 'agent', 'customer');
    const next = {
      quietHours: changes.quietHours === undefined ? current.quietHours : changes.quietHours,
      timeZone: changes.timeZone ?? current.timeZone,
      quietChannels: changes.quietChannels ? [...new Set(changes.quietChannels)] : current.quietChannels,
      dailyCaps: { ...current.dailyCaps, ...changes.dailyCaps },
    };
    const now = this.deps.clock.now();
    const values = {
      accountId,
      quietHoursStart: next.quietHours?.start ?? null,
      quietHoursEnd: next.quietHours?.end ?? null,
      timeZone: next.timeZone,
      quietChannels: next.quietChannels,
      whatsappDailyCap: next.dailyCaps.whatsapp ?? null,
      emailDailyCap: next.dailyCaps.email ?? null,
      updatedAt: now,
    };
    return this.deps.database.transaction(async ({ db }) => {
      await db.insert(notificationSettings).values(values).onConflictDoUpdate({ target: notificationSettings.accountId, set: values });
      await this.deps.audit.record(db, { actor: actorOf(actor), action: 'notification_settings.changed', targetType: 'account', targetId: accountId, details: { changes } });
      return { accountId, ...next, updatedAt: now.toISOString() };
    });
  }
}

const params = z.object({ accountId: z.string() });

export function registerNotificationSettingsRoutes(app: HttpServer, deps: { settings: NotificationSettingsService }): void {
  const example = {
    accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
    quietHours: { start: '21:00', end: '08:00' },
    timeZone: 'America/Sao_Paulo',
    quietChannels: ['whatsapp'],
    dailyCaps: { whatsapp: 3, email: null },
    updatedAt: null,
  };
  app.get(
    '/v1/accounts/:accountId/notification-settings',
    {
      schema: {
        ...operation({
          id: 'getNotificationSettings',
          tag: 'notifications',
          summary: 'An account’s quiet hours and daily caps for messages to its buyers and consumers',
          description: 'Staff, or the account’s own customers. Without settings of its own an account has the defaults: WhatsApp to a record’s person held from 21:00 to 08:00 (America/Sao_Paulo), at most 3 WhatsApp messages a day to one person.',
        }),
        params,
        response: { 200: notificationSettingsSchema.meta({ examples: [example] }), ...problemResponses(accountProblems.account_not_found) },
      },
    },
    async (request) => deps.settings.get(requirePrincipal(request), request.params.accountId),
  );
  app.put(
    '/v1/accounts/:accountId/notification-settings',
    {
      schema: {
        ...operation({
          id: 'updateNotificationSettings',
          tag: 'notifications',
          summary: 'Change an account’s quiet hours, their time zone and channels, or its daily caps',
          description: 'Only the fields sent change. Quiet hours hold messages to a record’s person (never staff alerts) until they end; a message over the daily cap is skipped with `recipient_cap`.',
        }),
        params,
        body: settingsBody.meta({ examples: [{ quietHours: { start: '20:00', end: '09:00' }, dailyCaps: { whatsapp: 2 } }] }),
        response: { 200: notificationSettingsSchema.meta({ examples: [{ ...example, quietHours: { start: '20:00', end: '09:00' }, dailyCaps: { whatsapp: 2, email: null }, updatedAt: '2026-11-29T12:00:00.000Z' }] }), ...problemResponses(accountProblems.account_not_found, platformProblems.forbidden) },
      },
    },
    async (request) => deps.settings.update(requirePrincipal(request), request.params.accountId, request.body),
  );
}
