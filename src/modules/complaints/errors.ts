import { defineProblems } from '../../platform/http/problems.ts';

export const complaintProblems = defineProblems({
  complaint_not_found: { status: 404, title: 'The ticket is not a complaint from Reclame Aqui' },
  complaint_conversion_unsupported: { status: 422, title: 'Only a complaint channel’s integration converts complaints into tickets' },
  complaint_creator_invalid: { status: 422, title: 'The creator of converted complaints must be an admin or agent user' },
  complaint_solution_not_allowed: { status: 422, title: 'A complaint ticket closes with one of the solutions its integration allows' },
});
