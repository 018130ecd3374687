import { defineProblems } from '../../platform/http/problems.ts';

export const ticketProblems = defineProblems({
  ticket_not_found: { status: 404, title: 'The ticket does not exist' },
  ticket_closed: { status: 409, title: 'The ticket is closed' },
  ticket_assignee_invalid: { status: 422, title: 'The assignee must be an admin or agent user' },
});

/** The support desk's refusals (partner API procedure). */
export const supportProblems = defineProblems({
  support_stage_conflict: { status: 409, title: 'The ticket cannot move to that stage from where it is' },
  support_evidence_missing: { status: 422, title: 'Mandatory evidence is missing: the ticket cannot be escalated' },
  support_closing_incomplete: { status: 422, title: 'Closing a support ticket needs a solution and a final category' },
  support_request_not_found: { status: 404, title: 'No request with that id was logged for the ticket’s account' },
  support_request_not_cited: { status: 422, title: 'Diagnostics need the request id of the failed call' },
  support_sla_invalid: { status: 422, title: 'The SLA targets are not valid' },
});
