export { AccountsService, type Actor, type User } from './service.ts';
export { registerAccountRoutes } from './routes.ts';
export { accountProblems } from './errors.ts';
export { USER_ROLES } from './schema.ts';
