import { defineProblems } from '../../platform/http/problems.ts';

export const ticketProblems = defineProblems({
  ticket_not_found: { status: 404, title: 'The ticket does not exist' },
  ticket_closed: { status: 409, title: 'The ticket is closed' },
  ticket_assignee_invalid: { status: 422, title: 'The assignee must be an admin or agent user' },
});
