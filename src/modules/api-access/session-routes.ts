import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { Problem, platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems, type AccountsService } from '../accounts/index.ts';
import type { AuthRouteLimits } from './auth-attempt-limits.ts';
import { apiAccessProblems } from './errors.ts';
import { ENVIRONMENTS, type ApiEnvironment } from './schema.ts';
import type { WebSessions } from './sessions.ts';
import type { AccessTokensService } from './tokens.ts';

const sessionSchema = z.object({
  role: z.enum(['admin', 'agent', 'customer']),
  userId: z.string(),
  accountId: z.string().nullable().describe('Set for customers: the account they see'),
  environment: z.enum(ENVIRONMENTS),
  name: z.string(),
  email: z.string(),
  csrfToken: z.string().describe('Send it back as the x-csrf-token header on every request that is not GET, HEAD or OPTIONS (also in the ponte_csrf cookie)'),
  expiresAt: z.iso.datetime().describe('When the session ends (12 hours after sign-in): sign in again then'),
});
type SessionBody = z.infer<typeof sessionSchema>;

const sessionExample = {
  role: 'customer',
  userId: 'usr_3f8h1k5m9p2r6t0w4y7a',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  environment: 'production',
  name: 'Marina Souza',
  email: 'marina.souza@transportesrioclaro.com.br',
  csrfToken: 'EXEMPLO_nao_e_um_token_csrf_de_verdade_000',
  expiresAt: '2026-03-02T01:45:00.000Z',
} as const;

const COOKIE_NOTE =
  'Sets the cookies `ponte_session` (HttpOnly, SameSite=Strict: the access token) and `ponte_csrf` (readable by the page), both until the session ends.';

interface Deps {
  database: DatabaseHandle;
  tokens: AccessTokensService;
  accounts: AccountsService;
  sessions: WebSessions;
  limits: AuthRouteLimits;
}

/** The console's and the portal's cookie sessions: sign in, who is signed in, sign out, switch environment. */
export function registerSessionRoutes(app: HttpServer, deps: Deps): void {
  const { tokens, sessions } = deps;

  const describe = async (token: string, session: { userId: string | null; environment: ApiEnvironment; expiresAt: Date }): Promise<SessionBody> => {
    const user = session.userId ? await deps.accounts.findUser(deps.database.db, session.userId) : null;
    if (!user) throw new Problem(apiAccessProblems.token_invalid, 'The user behind this session no longer exists');
    return { role: user.role, userId: user.id, accountId: user.accountId, environment: session.environment, name: user.name, email: user.email, csrfToken: sessions.csrfTokenOf(token), expiresAt: session.expiresAt.toISOString() };
  };

  const start = async (request: FastifyRequest, reply: FastifyReply, issued: { accessToken: string; userId: string | null; environment: ApiEnvironment; expiresAt: string }) => {
    const expiresAt = new Date(issued.expiresAt);
    sessions.setCookies(request, reply, issued.accessToken, expiresAt);
    return describe(issued.accessToken, { ...issued, expiresAt });
  };

  /** The session cookie this request was authenticated by: the routes below work on cookie sessions only. */
  const currentSession = (request: FastifyRequest) => {
    const principal = requirePrincipal(request);
    if (!request.sessionToken || !principal.tokenId || !principal.userId) {
      throw new Problem(platformProblems.unauthenticated, 'No session: sign in at POST /v1/auth/sessions', { field: 'cookie.ponte_session' });
    }
    return { principal, token: request.sessionToken, tokenId: principal.tokenId, userId: principal.userId };
  };

  app.post(
    '/v1/auth/sessions',
    {
      config: { public: true, failedAttemptLimits: deps.limits.login },
      schema: {
        ...operation({
          id: 'signIn',
          tag: 'auth',
          summary: 'Sign in to the console or the portal with an e-mail and password (cookie session)',
          description: `${COOKIE_NOTE} The session acts in the environment asked for (production by default). Repeated refusals from one address or for one e-mail are answered 429 for a while, as on POST /v1/auth/login.`,
        }),
        body: z
          .strictObject({ email: z.email().max(320), password: z.string().min(1).max(200), environment: z.enum(ENVIRONMENTS).default('production') })
          .meta({ examples: [{ email: 'marina.souza@transportesrioclaro.com.br', password: 'senha-de-exemplo-123', environment: 'production' }] }),
        response: { 200: sessionSchema.meta({ examples: [sessionExample] }), ...problemResponses(accountProblems.invalid_credentials, accountProblems.user_blocked) },
      },
    },
    async (request, reply) => {
      const { email, password, environment } = request.body;
      return start(request, reply, await tokens.exchangePassword(email, password, environment));
    },
  );

  app.get(
    '/v1/auth/sessions/current',
    {
      schema: {
        ...operation({
          id: 'getCurrentSession',
          tag: 'auth',
          summary: 'Who is signed in (cookie session)',
          description: 'The console and the portal call it on load. Answers 401 `unauthenticated` when no session cookie came.',
        }),
        response: { 200: sessionSchema.meta({ examples: [sessionExample] }) },
      },
    },
    async (request) => {
      const { token, tokenId } = currentSession(request);
      const facts = await tokens.describe(tokenId);
      if (!facts) throw new Problem(apiAccessProblems.token_invalid, 'This session was revoked', { field: 'cookie.ponte_session' });
      return describe(token, facts);
    },
  );

  app.delete(
    '/v1/auth/sessions/current',
    {
      schema: {
        ...operation({
          id: 'signOut',
          tag: 'auth',
          summary: 'Sign out (cookie session)',
          description: 'Revokes the session’s access token at once and clears both cookies. Like every write with the session cookie, it needs the x-csrf-token header.',
        }),
        response: { 204: z.null().describe('Signed out'), ...problemResponses(apiAccessProblems.csrf_token_invalid) },
      },
    },
    async (request, reply) => {
      const { tokenId } = currentSession(request);
      await tokens.revoke(tokenId);
      sessions.clearCookies(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/v1/auth/sessions/current/environment',
    {
      schema: {
        ...operation({
          id: 'switchSessionEnvironment',
          tag: 'auth',
          summary: 'Switch the session between sandbox (homologação) and production',
          description: `A new session for the same person in the environment asked for; the old one is revoked. ${COOKIE_NOTE}`,
        }),
        body: z.strictObject({ environment: z.enum(ENVIRONMENTS) }).meta({ examples: [{ environment: 'sandbox' }] }),
        response: { 200: sessionSchema.meta({ examples: [{ ...sessionExample, role: 'admin', accountId: null, environment: 'sandbox' }] }), ...problemResponses(apiAccessProblems.csrf_token_invalid) },
      },
    },
    async (request, reply) => {
      const { tokenId, userId } = currentSession(request);
      const issued = await tokens.issueForUser(userId, request.body.environment);
      await tokens.revoke(tokenId);
      return start(request, reply, issued);
    },
  );
}
