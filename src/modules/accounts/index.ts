export { AccountsService, USER_CHANGED_SIGNAL, type AccountDetails, type NewUser, type User } from './service.ts';
export { newAccountBody, newUserBody, registerAccountRoutes } from './routes.ts';
export { accountProblems } from './errors.ts';
export { PasswordTokens, type PasswordTokenPurpose } from './password-tokens.ts';
