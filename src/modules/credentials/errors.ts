import { defineProblems } from '../../platform/http/problems.ts';

export const credentialProblems = defineProblems({
  credential_not_found: { status: 404, title: 'The credential does not exist' },
});
