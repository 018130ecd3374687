import { defineProblems } from '../../platform/http/problems.ts';

export const accountProblems = defineProblems({
  account_not_found: { status: 404, title: 'The account does not exist' },
  user_not_found: { status: 404, title: 'The user does not exist' },
  email_taken: { status: 409, title: 'A user with this e-mail already exists' },
  invalid_credentials: { status: 401, title: 'The e-mail or the password is wrong' },
  user_blocked: { status: 403, title: 'The user is blocked' },
  password_reset_token_invalid: { status: 400, title: 'The password link is unknown, expired or already used' },
});
