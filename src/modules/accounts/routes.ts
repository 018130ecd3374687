import { z } from 'zod';
import { requirePrincipal, requireRole, type Principal } from '../../platform/http/principal.ts';
import { operation, problemResponses } from '../../platform/http/openapi.ts';
import { platformProblems } from '../../platform/http/problems.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { accountProblems } from './errors.ts';
import { USER_ROLES } from './roles.ts';
import type { Account, AccountsService, User } from './service.ts';

const LOCALES = ['pt-BR', 'en'] as const;
const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  contactEmail: z.string().nullable().describe('Who hears about onboarding and what the account must act on'),
  contactName: z.string().nullable(),
  locale: z.enum(LOCALES).describe('The language of what Ponte writes to the account’s people'),
  createdAt: z.iso.datetime(),
});
const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  accountId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  blockedAt: z.iso.datetime().nullable().describe('When an admin blocked the user; null while the user may act'),
});
const accountExample = {
  id: 'acc_7k2m9q4x8c1v5b3n6z0p',
  name: 'Transportes Rio Claro Ltda',
  contactEmail: 'frota@transportesrioclaro.com.br',
  contactName: 'Marina Souza',
  locale: 'pt-BR',
  createdAt: '2026-03-01T13:45:00.000Z',
} as const;
const userExample = {
  id: 'usr_3f8h1k5m9p2r6t0w4y7a',
  email: 'marina.souza@transportesrioclaro.com.br',
  name: 'Marina Souza',
  role: 'customer',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  createdAt: '2026-03-01T14:02:00.000Z',
  blockedAt: null,
} as const;

const accountFields = {
  name: z.string().trim().min(1).max(200),
  contactEmail: z.email().max(320).nullable().optional().describe('Receives onboarding instructions, reminders and what the account must act on'),
  contactName: z.string().trim().min(1).max(200).nullable().optional(),
  locale: z.enum(LOCALES).optional().describe('pt-BR by default'),
};
export const newAccountBody = z.strictObject(accountFields);
const accountChanges = z
  .strictObject({ ...accountFields, name: accountFields.name.optional() })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), { message: 'Send at least one of name, contactEmail, contactName or locale' });
export const newUserBody = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(USER_ROLES),
  accountId: z.string().optional().describe('Required for customers: the account they belong to'),
  password: z.string().min(12, 'must have at least 12 characters').max(200).optional(),
});

export function registerAccountRoutes(
  app: HttpServer,
  deps: {
    accounts: AccountsService;
    /** Account creation as the flows run it (with the account's default notification rules). */
    createAccount: (actor: Principal, input: z.output<typeof newAccountBody>) => Promise<Account>;
    /** User creation as the flows run it (a user without a password is e-mailed an invitation). */
    createUser: (actor: Principal, input: z.output<typeof newUserBody>) => Promise<User>;
  },
): void {
  const { accounts } = deps;

  app.post(
    '/v1/accounts',
    {
      schema: {
        ...operation({
          id: 'createAccount',
          tag: 'accounts',
          summary: 'Create a customer account (admins)',
          description:
            'An account is one customer of the operator (a fleet company, a store): its users, integrations, events and notification rules all belong to it. It starts with the notification rules its contact needs (onboarding steps, reconnect required, sync failed), which can be edited or removed.',
        }),
        body: newAccountBody.meta({ examples: [{ name: 'Transportes Rio Claro Ltda', contactEmail: 'frota@transportesrioclaro.com.br', contactName: 'Marina Souza', locale: 'pt-BR' }] }),
        response: { 201: accountSchema.meta({ examples: [accountExample] }), ...problemResponses(platformProblems.forbidden) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      return reply.status(201).send(await deps.createAccount(principal, request.body));
    },
  );

  app.patch(
    '/v1/accounts/:accountId',
    {
      schema: {
        ...operation({
          id: 'updateAccount',
          tag: 'accounts',
          summary: 'Change an account’s name, contact or language (admins and agents)',
          description: 'The fields sent replace the current ones; `contactEmail: null` removes the contact.',
        }),
        params: z.object({ accountId: z.string() }),
        body: accountChanges.meta({ examples: [{ contactEmail: 'financeiro@transportesrioclaro.com.br', locale: 'en' }] }),
        response: { 200: accountSchema.meta({ examples: [accountExample] }), ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found) },
      },
    },
    async (request) => accounts.updateAccount(requirePrincipal(request), request.params.accountId, request.body),
  );

  app.get(
    '/v1/accounts',
    {
      schema: {
        ...operation({
          id: 'listAccounts',
          tag: 'accounts',
          summary: 'Accounts you can see (a customer sees its own)',
          description: 'Admins and agents see every account; a customer’s token lists only the account it belongs to.',
        }),
        response: {
          200: z.object({ data: z.array(accountSchema) }).meta({
            examples: [{ data: [accountExample, { id: 'acc_1q5w9e3r7t2y6u0i4o8p', name: 'Auto Posto Serra Azul Eireli', contactEmail: null, contactName: null, locale: 'pt-BR', createdAt: '2026-02-11T10:20:00.000Z' }] }],
          }),
        },
      },
    },
    async (request) => ({ data: await accounts.listAccounts(requirePrincipal(request)) }),
  );

  app.get(
    '/v1/accounts/:accountId',
    {
      schema: {
        ...operation({
          id: 'getAccount',
          tag: 'accounts',
          summary: 'One account',
          description: 'A customer asking for another account is told it does not exist (404), not that it is forbidden.',
        }),
        params: z.object({ accountId: z.string() }),
        response: { 200: accountSchema.meta({ examples: [accountExample] }), ...problemResponses(accountProblems.account_not_found) },
      },
    },
    async (request) => accounts.getAccount(requirePrincipal(request), request.params.accountId),
  );

  app.post(
    '/v1/users',
    {
      schema: {
        ...operation({
          id: 'createUser',
          tag: 'users',
          summary: 'Create a user (admins)',
          description:
            'Admins and agents are operator staff; a customer belongs to one account (`accountId` is required for them). Without a password the user is e-mailed an invitation: a link, valid for 7 days, to choose one (POST /v1/users/{userId}/invitation sends a new one). The user is created even when the e-mail cannot be sent.',
        }),
        body: newUserBody.meta({
          examples: [{ email: 'marina.souza@transportesrioclaro.com.br', name: 'Marina Souza', role: 'customer', accountId: 'acc_7k2m9q4x8c1v5b3n6z0p', password: 'senha-de-exemplo-123' }],
        }),
        response: {
          201: userSchema.meta({ examples: [userExample] }),
          ...problemResponses(platformProblems.forbidden, accountProblems.account_not_found, accountProblems.email_taken),
        },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      return reply.status(201).send(await deps.createUser(principal, request.body));
    },
  );

  app.get(
    '/v1/users',
    {
      schema: {
        ...operation({
          id: 'listUsers',
          tag: 'users',
          summary: 'Users you can see (a customer sees its account’s)',
          description: 'Admins and agents see every user; a customer sees the users of its own account.',
        }),
        response: { 200: z.object({ data: z.array(userSchema) }).meta({ examples: [{ data: [userExample] }] }) },
      },
    },
    async (request) => ({ data: await accounts.listUsers(requirePrincipal(request)) }),
  );

  app.patch(
    '/v1/users/:userId',
    {
      schema: {
        ...operation({
          id: 'updateUser',
          tag: 'users',
          summary: 'Block or unblock a user (admins)',
          description: 'A blocked user cannot sign in, get a token or act through an API key; their tokens stop working at once. The support desk’s diagnostics report it.',
        }),
        params: z.object({ userId: z.string() }),
        body: z.strictObject({ blocked: z.boolean() }).meta({ examples: [{ blocked: true }] }),
        response: { 200: userSchema.meta({ examples: [{ ...userExample, blockedAt: '2026-11-20T12:00:00.000Z' }] }), ...problemResponses(platformProblems.forbidden, accountProblems.user_not_found) },
      },
    },
    async (request) => accounts.setBlocked(requireRole(request, 'admin'), request.params.userId, request.body.blocked),
  );
}
