import { defineProblems } from '../../platform/http/problems.ts';

export const notificationProblems = defineProblems({
  notification_rule_not_found: { status: 404, title: 'The notification rule does not exist' },
  notification_not_found: { status: 404, title: 'The notification does not exist' },
  notification_rule_conflict: { status: 409, title: 'The notification rule does not allow this' },
  notification_state_conflict: { status: 409, title: 'The notification is not in a state that allows this' },
  notification_template_not_found: { status: 404, title: 'The message template does not exist' },
  notification_template_invalid: { status: 422, title: 'The message template cannot be used' },
});
