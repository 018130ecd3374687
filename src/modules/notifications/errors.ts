import { defineProblems } from '../../platform/http/problems.ts';

export const notificationProblems = defineProblems({
  notification_rule_not_found: { status: 404, title: 'The notification rule does not exist' },
  notification_not_found: { status: 404, title: 'The notification does not exist' },
  notification_rule_conflict: { status: 409, title: 'The notification rule does not allow this' },
  notification_state_conflict: { status: 409, title: 'The notification is not in a state that allows this' },
  notification_report_range_invalid: { status: 422, title: 'The report’s time range is not valid' },
});
