export { AccountsService, type AccountDetails, type User } from './service.ts';
export { newAccountBody, newUserBody, registerAccountRoutes } from './routes.ts';
export { accountProblems } from './errors.ts';
