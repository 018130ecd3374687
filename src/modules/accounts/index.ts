export { AccountsService, type Account, type Actor, type NewUser, type User } from './service.ts';
export { newAccountBody, newUserBody, registerAccountRoutes } from './routes.ts';
export { accountProblems } from './errors.ts';
export { USER_ROLES, type UserRole } from './roles.ts';
