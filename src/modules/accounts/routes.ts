import { z } from 'zod';
import { requirePrincipal, requireRole } from '../../platform/http/principal.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { USER_ROLES } from './roles.ts';
import type { AccountsService } from './service.ts';

const accountSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.iso.datetime() });
const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  accountId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
const security = [{ bearerAuth: [] }];

export const newAccountBody = z.strictObject({ name: z.string().trim().min(1).max(200) });
export const newUserBody = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(USER_ROLES),
  accountId: z.string().optional().describe('Required for customers: the account they belong to'),
  password: z.string().min(12, 'must have at least 12 characters').max(200).optional(),
});

export function registerAccountRoutes(app: HttpServer, deps: { accounts: AccountsService }): void {
  const { accounts } = deps;

  app.post(
    '/v1/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a customer account (admins)',
        security,
        body: newAccountBody,
        response: { 201: accountSchema },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      return reply.status(201).send(await accounts.createAccount(principal, request.body));
    },
  );

  app.get(
    '/v1/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accounts you can see (a customer sees its own)',
        security,
        response: { 200: z.object({ data: z.array(accountSchema) }) },
      },
    },
    async (request) => ({ data: await accounts.listAccounts(requirePrincipal(request)) }),
  );

  app.get(
    '/v1/accounts/:accountId',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One account',
        security,
        params: z.object({ accountId: z.string() }),
        response: { 200: accountSchema },
      },
    },
    async (request) => accounts.getAccount(requirePrincipal(request), request.params.accountId),
  );

  app.post(
    '/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user (admins)',
        security,
        body: newUserBody,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      return reply.status(201).send(await accounts.createUser(principal, request.body));
    },
  );

  app.get(
    '/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users you can see (a customer sees its account’s)',
        security,
        response: { 200: z.object({ data: z.array(userSchema) }) },
      },
    },
    async (request) => ({ data: await accounts.listUsers(requirePrincipal(request)) }),
  );
}
