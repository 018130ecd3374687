import { z } from 'zod';
import type { FailedAttemptLimit } from '../../platform/http/failed-attempt-limits.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { requireRole } from '../../platform/http/principal.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from '../../modules/accounts/index.ts';
import type { PasswordAccess } from './password-access.ts';

/** Users' passwords: at least 12 characters, as when an admin sets one (POST /v1/users). */
const newPassword = z.string().min(12, 'must have at least 12 characters').max(200);

export function registerPasswordAccessRoutes(
  app: HttpServer,
  deps: { passwordAccess: PasswordAccess; limits: { passwordReset: FailedAttemptLimit[]; passwordResetConfirm: FailedAttemptLimit[] } },
): void {
  const { passwordAccess } = deps;

  app.post(
    '/v1/auth/password-resets',
    {
      config: { public: true, failedAttemptLimits: deps.limits.passwordReset },
      schema: {
        ...operation({
          id: 'requestPasswordReset',
          tag: 'auth',
          summary: 'Ask for a password reset e-mail',
          description:
            'When the e-mail is a user’s who may sign in, Ponte e-mails a link to the portal (customers) or the console (staff) that lets them choose a new password within 1 hour. The answer is the same 202 whether or not the e-mail has a user. Requests are limited per address and per e-mail.',
        }),
        body: z.strictObject({ email: z.email().max(320) }).meta({ examples: [{ email: 'marina.souza@transportesrioclaro.com.br' }] }),
        response: { 202: z.object({ accepted: z.literal(true) }).meta({ examples: [{ accepted: true }] }) },
      },
    },
    async (request, reply) => {
      passwordAccess.requestReset(request.body.email);
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/v1/auth/password-resets/confirm',
    {
      config: { public: true, failedAttemptLimits: deps.limits.passwordResetConfirm },
      schema: {
        ...operation({
          id: 'confirmPasswordReset',
          tag: 'auth',
          summary: 'Choose a new password with a reset or invitation link',
          description:
            'The `token` is the one in the e-mailed link (`…/redefinir-senha?token=…`). The password is set, the link stops working and every access token and session of the user is revoked. Repeated refusals from one address are answered 429 for a while.',
        }),
        body: z.strictObject({ token: z.string().min(1).max(200), password: newPassword }).meta({ examples: [{ token: 'EXEMPLO_nao_e_um_token_de_verdade_0000000000', password: 'uma-senha-nova-e-longa' }] }),
        response: { 204: z.null().describe('The password was set'), ...problemResponses(accountProblems.password_reset_token_invalid) },
      },
    },
    async (request, reply) => {
      await passwordAccess.confirm(request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/users/:userId/invitation',
    {
      schema: {
        ...operation({
          id: 'inviteUser',
          tag: 'users',
          summary: 'E-mail a user a new invitation (admins)',
          description: 'The e-mail carries a link to choose a password, valid for 7 days; earlier links keep working until they expire or one is used. A user created without a password is invited at once.',
        }),
        params: z.object({ userId: z.string() }),
        response: {
          202: z.object({ expiresAt: z.iso.datetime().describe('When the new link stops working') }).meta({ examples: [{ expiresAt: '2026-03-08T14:02:00.000Z' }] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.user_not_found, accountProblems.user_blocked),
        },
      },
    },
    async (request, reply) => reply.status(202).send(await passwordAccess.invite(requireRole(request, 'admin'), request.params.userId)),
  );
}
