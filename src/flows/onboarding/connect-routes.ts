import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { manifestFor, parseFields, type ConnectLinks, type IntegrationsService } from '../../modules/integrations/index.ts';
import type { AccountsService } from '../../modules/accounts/index.ts';
import type { TicketsService } from '../../modules/tickets/index.ts';
import { customerContactActor } from '../../platform/actor.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { problemBody } from '../../platform/http/problem-response.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { connectStepsOf } from './connect-copy.ts';
import { checkConnectValues, connectFieldsOf, type Locale } from './connect-fields.ts';
import { CSRF_FIELD, renderConnectOutcome, renderConnectPage, type ConnectOutcomeView } from './connect-page.ts';
import { CONNECT_CONTENT_SECURITY_POLICY, CONNECT_STYLESHEET, CONNECT_STYLESHEET_PATH } from './connect-stylesheet.ts';
import type { FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';
import { AWAITING_CREDENTIALS } from './deps.ts';
import type { Onboarding } from './onboarding.ts';

const LANGUAGE_COOKIE = 'ponte_lang';
const LOCALES: readonly Locale[] = ['pt-BR', 'en'];

interface Deps {
  database: DatabaseHandle;
  keyring: Keyring;
  accounts: AccountsService;
  integrations: IntegrationsService;
  connectLinks: ConnectLinks;
  tickets: TicketsService;
  onboarding: Onboarding;
  /** Refused links are limited by address, like every other place that checks a secret. */
  linkLimits: FailedAttemptLimit[];
}

type Params = { token: string };
type Query = { lang?: string; refused?: string };

/** Whether an integration still waits for the customer's credentials: what a /connect link is for. */
const awaitsCredentials = (state: string) => (AWAITING_CREDENTIALS as readonly string[]).includes(state);

const FAILURE_PAGE = `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ponte</title><link rel="stylesheet" href="${CONNECT_STYLESHEET_PATH}"></head><body><main><h1>Algo deu errado</h1><p>Não conseguimos concluir agora. Tente de novo em alguns minutos pelo mesmo link, ou responda ao e-mail que recebeu para pedir ajuda.</p><p lang="en">Something went wrong on our side. Please try again in a few minutes with the same link, or reply to our e-mail.</p></main></body></html>`;

const FORM_AGAIN: Record<Locale, string> = {
  'pt-BR': 'Não conseguimos confirmar que o envio veio desta página. Preencha e envie de novo.',
  en: 'We could not confirm the form was sent from this page. Please fill it in and send it again.',
};

const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language cookie's value, from a Cookie header. */
function cookieLocale(header: string | undefined): Locale | null {
  const value = header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  return isLocale(value) ? value : null;
}

/**
 * The /connect pages: one integration's credentials handed over through a one-time link, in pt-BR or en, without
 * JavaScript. What is submitted goes straight to the vault and moves the onboarding on; a used, expired or unknown
 * link shows what to do and stores nothing.
 */
export function registerConnectRoutes(app: HttpServer, deps: Deps): void {
  const { database, connectLinks, integrations } = deps;
  const csrfOf = (linkId: string) => deps.keyring.callbackToken(`connect-form:${linkId}`);

  void app.register(async (pages) => {
    // Forms post urlencoded bodies; only these routes parse them.
    await pages.register(formbody, { bodyLimit: 16 * 1024 });
    // A failure here answers a page, never a problem+json echoing the address (whose token is the customer's secret).
    pages.setErrorHandler((error, request, reply) => {
      // Too many refused links from this address: the limit's problem+json (its Retry-After is set), without the path.
      if (error instanceof Problem && error.type.status === 429) {
        request.problemCode = error.type.code;
        return reply.status(429).type('application/problem+json; charset=utf-8').send(problemBody(error, request.id, request.server.publicUrl()));
      }
      const status = typeof (error as { statusCode?: unknown }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500 ? (error as { statusCode: number }).statusCode : 500;
      if (status >= 500) request.log.error({ err: error, route: request.routeOptions.url }, 'the /connect page failed');
      return reply
        .status(status)
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', CONNECT_CONTENT_SECURITY_POLICY)
        .header('cache-control', 'no-store')
        .send(FAILURE_PAGE);
    });

    // Browsers ask for it beside every page; there is none, and saying so quietly keeps their consoles clean.
    pages.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => reply.status(204).header('cache-control', 'public, max-age=86400').send());

    pages.get(CONNECT_STYLESHEET_PATH, { schema: { hide: true } }, (_request, reply) =>
      reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CONNECT_STYLESHEET),
    );

    /** The page's language: the switch (remembered in a cookie), else the remembered choice, else the ticket's. */
    const localeOf = (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply, fallback: Locale): Locale => {
      const chosen = request.query.lang;
      if (isLocale(chosen)) {
        const secure = request.protocol === 'https' ? '; Secure' : '';
        reply.header('set-cookie', `${LANGUAGE_COOKIE}=${chosen}; Path=/connect; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`);
        return chosen;
      }
      return cookieLocale(request.headers.cookie) ?? fallback;
    };
    const languageLinks = (token: string) => ({ 'pt-BR': `/connect/${token}?lang=pt-BR`, en: `/connect/${token}?lang=en` });
    const sendPage = (reply: FastifyReply, status: number, html: string) =>
      reply.status(status).header('content-type', 'text/html; charset=utf-8').header('content-security-policy', CONNECT_CONTENT_SECURITY_POLICY).header('cache-control', 'no-store').send(html);
    const outcome = (reply: FastifyReply, status: number, view: ConnectOutcomeView) => sendPage(reply, status, renderConnectOutcome(view));
    const unusable = (reply: FastifyReply, token: string, locale: Locale, status: 'used' | 'expired' | 'unknown') =>
      outcome(reply, status === 'unknown' ? 404 : 410, { outcome: status, locale, languageLinks: languageLinks(token) });

    /** The form of a valid link, with what went wrong last time when something did. */
    async function form(reply: FastifyReply, token: string, linkId: string, integrationId: string, locale: Locale, extra: { status?: number; values?: Record<string, string>; errors?: Record<string, string>; formError?: string }) {
      const row = (await integrations.findRow(database.db, integrationId))!;
      const account = await deps.accounts.findAccount(database.db, row.accountId);
      const ticket = await deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
      const link = (await connectLinks.find(database.db, linkId))!;
      const manifest = manifestFor(row.connector);
      const connector = { key: manifest.key, name: manifest.name };
      return sendPage(
        reply,
        extra.status ?? 200,
        renderConnectPage({
          locale,
          connector,
          accountName: account?.name ?? '',
          integrationId: row.id,
          ...(ticket ? { ticketNumber: ticket.id } : {}),
          actionPath: `/connect/${token}`,
          csrfToken: csrfOf(linkId),
          fields: connectFieldsOf(row.connector),
          deadline: { expiresAt: link.expiresAt },
          steps: connectStepsOf(connector, locale),
          languageLinks: languageLinks(token),
          ...(extra.values ? { values: extra.values } : {}),
          ...(extra.errors ? { errors: extra.errors } : {}),
          ...(extra.formError ? { formError: extra.formError } : {}),
        }),
      );
    }

    const fallbackLocale = async (integrationId: string): Promise<Locale> => (await deps.tickets.findFirstFor(database.db, integrationId, 'onboarding'))?.locale ?? 'pt-BR';

    pages.get<{ Params: Params; Querystring: Query }>('/connect/:token', { config: { failedAttemptLimits: deps.linkLimits }, schema: { hide: true } }, async (request, reply) => {
      const { token } = request.params;
      const found = await connectLinks.lookup(database.db, token);
      const locale = localeOf(request, reply, found.link ? await fallbackLocale(found.link.integrationId) : 'pt-BR');
      if (found.status !== 'valid') return unusable(reply, token, locale, found.status);
      // After a refusal the flow sent the customer here with a new link: say why the last attempt failed.
      const row = await integrations.findRow(database.db, found.link.integrationId);
      if (!row || !awaitsCredentials(row.state)) return unusable(reply, token, locale, 'used');
      const formError = request.query.refused !== undefined && row?.stateReason ? row.stateReason : undefined;
      return form(reply, token, found.link.id, found.link.integrationId, locale, formError ? { formError } : {});
    });

    pages.post<{ Params: Params; Querystring: Query; Body: Record<string, unknown> }>('/connect/:token', { config: { failedAttemptLimits: deps.linkLimits }, schema: { hide: true } }, async (request, reply) => {
      const { token } = request.params;
      const found = await connectLinks.lookup(database.db, token);
      const locale = localeOf(request, reply, found.link ? await fallbackLocale(found.link.integrationId) : 'pt-BR');
      if (found.status !== 'valid') return unusable(reply, token, locale, found.status);
      const { link } = found;
      const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
      const row = await integrations.findRow(database.db, link.integrationId);
      // The integration moved on (credentials arrived another way, it was cancelled): the link has done its job.
      if (!row || !awaitsCredentials(row.state)) return unusable(reply, token, locale, 'used');
      // Not posted from the page this link shows (or from a stale copy of it): the form again, nothing taken.
      if (body[CSRF_FIELD] !== csrfOf(link.id)) return form(reply, token, link.id, row.id, locale, { status: 403, formError: FORM_AGAIN[locale] });
      const fields = connectFieldsOf(row.connector);
      const values = Object.fromEntries(fields.map((field) => [field.name, typeof body[field.name] === 'string' ? (body[field.name] as string).trim() : '']));
      const shown = Object.fromEntries(fields.filter((field) => !field.secret).map((field) => [field.name, values[field.name]!]));
      const errors = checkConnectValues(fields, values, locale);
      if (Object.keys(errors).length > 0) return form(reply, token, link.id, row.id, locale, { status: 422, values: shown, errors });
      try {
        parseFields(manifestFor(row.connector).credentials, values, 'credentials');
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        const fieldErrors = Object.fromEntries(((error.extensions.errors as { field: string; message: string }[] | undefined) ?? []).map((each) => [each.field.replace(/^credentials\./, ''), each.message]));
        return form(reply, token, link.id, row.id, locale, { status: 422, values: shown, errors: fieldErrors });
      }
      // Used once: the link is spent before the credentials move anything, so a second post of the same form does nothing.
      const spent = await database.transaction(async ({ db }) => {
        const locked = await connectLinks.lookup(db, token, { lock: true });
        if (locked.status !== 'valid') return locked.status;
        await connectLinks.markUsed(db, link.id);
        return 'spent' as const;
      });
      if (spent !== 'spent') return unusable(reply, token, locale, spent);
      const actor = customerContactActor(row.accountId, `/connect ${link.id}`);
      const result = await deps.onboarding.submit(actor, row.id, values, { via: 'connect', linkId: link.id }).catch(async (error: unknown) => {
        // The integration moved on meanwhile (a reply, a cancellation): the link is spent, as it would have been.
        if (error instanceof Problem && (error.type.status === 409 || error.type.status === 404)) return null;
        // Nothing was taken: the link works again, for the customer to try once more.
        await connectLinks.restore(database.db, link.id);
        throw error;
      });
      if (!result) return unusable(reply, token, locale, 'used');
      const connector = { key: row.connector, name: manifestFor(row.connector).name };
      const ticket = await deps.tickets.findFirstFor(database.db, row.id, 'onboarding');
      const common = { locale, languageLinks: languageLinks(token), integrationId: row.id, ...(ticket ? { ticketNumber: ticket.id } : {}) };
      if (result.result === 'refused') {
        // The flow issued a new link (and e-mailed it): the customer corrects the credentials there at once.
        const next = await connectLinks.currentFor(database.db, row.id);
        if (next) return reply.redirect(`/connect/${connectLinks.tokenOf(next.id)}?refused=1`, 303);
        return outcome(reply, 422, { outcome: 'expired', ...common });
      }
      const state = result.result === 'active' ? 'active' : result.result === 'pending_approval' ? 'pending_provider_approval' : 'connecting';
      const approvalDeadline = result.result === 'pending_approval' ? deps.onboarding.approvalDeadlineOf(result.integration) : undefined;
      return outcome(reply, 200, { outcome: 'submitted', connector, state, ...common, ...(approvalDeadline ? { approvalDeadline } : {}) });
    });
  });
}
