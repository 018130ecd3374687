import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { customerContactActor } from '../../platform/actor.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';
import { accountProblems, type AccountsService } from '../accounts/index.ts';
import { notificationProblems } from './errors.ts';
import type { OptOuts } from './opt-outs.ts';
import { CHANNELS } from './schema.ts';
import { renderInvalidLink, renderUnsubscribed, renderUnsubscribeForm, UNSUBSCRIBE_CONTENT_SECURITY_POLICY, type PageLocale } from './unsubscribe-page.ts';

const optOutSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  channel: z.enum(CHANNELS),
  address: z.string().describe('Lower-case e-mail, or E.164 phone'),
  source: z.enum(['email_link', 'whatsapp_reply', 'api']),
  createdAt: z.string(),
});

const OPT_OUT_EXAMPLE = {
  id: 'nopt_5m1q8x3c7v2b9n4z6p0k',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  channel: 'whatsapp',
  address: '+5511987654321',
  source: 'whatsapp_reply',
  createdAt: '2026-03-02T12:00:00.000Z',
} as const;

/** The page's language: `?lang=`, else English when the browser puts it first, else Portuguese. */
function localeOf(request: FastifyRequest): PageLocale {
  const chosen = (request.query as { lang?: unknown } | undefined)?.lang;
  if (chosen === 'en' || chosen === 'pt-BR') return chosen;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'pt-BR';
}

/**
 * Opt-outs for admins (list, record one, remove one when the person consents again) and the public one-click
 * unsubscribe of e-mails (RFC 8058): a page that asks, and a POST that records.
 */
export function registerOptOutRoutes(app: HttpServer, deps: { database: DatabaseHandle; optOuts: OptOuts; accounts: AccountsService; linkLimits: FailedAttemptLimit[] }): void {
  const { optOuts } = deps;

  app.get(
    '/v1/notification-opt-outs',
    {
      schema: {
        ...operation({
          id: 'listNotificationOptOuts',
          tag: 'notifications',
          summary: 'People who asked not to receive an account’s notifications',
          description: 'Newest first, up to 1000; filter by account and channel. A customer sees its own account’s only. Messages to these addresses are skipped with the reason `opted_out`.',
        }),
        querystring: z.strictObject({ accountId: z.string().max(64).optional(), channel: z.enum(CHANNELS).optional() }),
        response: { 200: z.object({ data: z.array(optOutSchema) }).meta({ examples: [{ data: [OPT_OUT_EXAMPLE] }] }) },
      },
    },
    async (request) => ({ data: await optOuts.list(requirePrincipal(request), request.query) }),
  );

  app.post(
    '/v1/notification-opt-outs',
    {
      schema: {
        ...operation({
          id: 'createNotificationOptOut',
          tag: 'notifications',
          summary: 'Record that someone asked not to receive an account’s messages on a channel',
          description: 'Admins. For a request that came another way (by phone, at the store). Recording one already there answers it with 200.',
        }),
        body: z
          .strictObject({ accountId: z.string().max(64), channel: z.enum(['email', 'whatsapp']), address: z.string().min(3).max(320) })
          .meta({ examples: [{ accountId: 'acc_7k2m9q4x8c1v5b3n6z0p', channel: 'whatsapp', address: '+5511987654321' }] }),
        response: {
          200: optOutSchema.meta({ examples: [{ ...OPT_OUT_EXAMPLE, source: 'api' }] }),
          201: optOutSchema.meta({ examples: [{ ...OPT_OUT_EXAMPLE, source: 'api' }] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found),
        },
      },
    },
    async (request, reply) => {
      const { optOut, created } = await optOuts.create(requirePrincipal(request), request.body);
      return reply.status(created ? 201 : 200).send(optOut);
    },
  );

  app.delete(
    '/v1/notification-opt-outs/:optOutId',
    {
      schema: {
        ...operation({
          id: 'deleteNotificationOptOut',
          tag: 'notifications',
          summary: 'Remove an opt-out: the person consented again',
          description: 'Admins. Messages to the address go out again from now on; the audit log records who removed it.',
        }),
        params: z.object({ optOutId: z.string().max(64) }),
        response: { 204: z.null().describe('Removed'), ...problemResponses(platformProblems.forbidden, notificationProblems.notification_opt_out_not_found) },
      },
    },
    async (request, reply) => {
      await optOuts.remove(requirePrincipal(request), request.params.optOutId);
      return reply.status(204).send(null);
    },
  );

  void app.register(async (plugin) => {
    const pages = plugin.withTypeProvider<ZodTypeProvider>();
    // RFC 8058 clients post `List-Unsubscribe=One-Click` urlencoded or as multipart: the body says nothing the token does not.
    pages.removeAllContentTypeParsers();
    pages.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, _body, done) => done(null, null));

    const send = (reply: FastifyReply, status: number, html: string) =>
      reply
        .status(status)
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', UNSUBSCRIBE_CONTENT_SECURITY_POLICY)
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        .send(html);
    const otherLanguage = (token: string, locale: PageLocale) => `/v1/unsubscribe/${token}?lang=${locale === 'en' ? 'pt-BR' : 'en'}`;
    const storeName = async (accountId: string, locale: PageLocale) => (await deps.accounts.findAccount(deps.database.db, accountId))?.name ?? (locale === 'en' ? 'this store' : 'esta loja');
    // A wildcard, not a `:token` parameter: a token carries the address encrypted and is longer than the router's
    // bound on parameters (which is sized for Ponte's ids).
    const params = z.object({ '*': z.string().max(2048) });

    pages.get('/v1/unsubscribe/*', { config: { public: true, failedAttemptLimits: deps.linkLimits }, schema: { hide: true, params } }, async (request, reply) => {
      const locale = localeOf(request);
      const token = request.params['*'];
      const subject = optOuts.readUnsubscribeToken(token);
      if (!subject) return send(reply, 404, renderInvalidLink({ locale, otherLanguage: otherLanguage(token, locale) }));
      const action = `/v1/unsubscribe/${token}${locale === 'en' ? '?lang=en' : ''}`;
      return send(reply, 200, renderUnsubscribeForm({ locale, storeName: await storeName(subject.accountId, locale), email: subject.address, action, otherLanguage: otherLanguage(token, locale) }));
    });

    pages.post('/v1/unsubscribe/*', { config: { public: true, failedAttemptLimits: deps.linkLimits }, schema: { hide: true, params } }, async (request, reply) => {
      const locale = localeOf(request);
      const token = request.params['*'];
      const subject = optOuts.readUnsubscribeToken(token);
      if (!subject) return send(reply, 404, renderInvalidLink({ locale, otherLanguage: otherLanguage(token, locale) }));
      await deps.database.transaction(({ db }) =>
        optOuts.add(db, { accountId: subject.accountId, channel: 'email', address: subject.address, source: 'email_link' }, customerContactActor(subject.accountId, 'unsubscribe-link')),
      );
      return send(reply, 200, renderUnsubscribed({ locale, storeName: await storeName(subject.accountId, locale), email: subject.address, otherLanguage: otherLanguage(token, locale) }));
    });
  });
}
