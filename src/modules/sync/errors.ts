import { defineProblems } from '../../platform/http/problems.ts';

export const syncProblems = defineProblems({
  callback_not_found: { status: 404, title: 'There is no callback at this address' },
  callback_empty: { status: 400, title: 'The callback has no body' },
});
