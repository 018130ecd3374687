import { defineProblems } from '../../platform/http/problems.ts';

export const notificationProblems = defineProblems({
  notification_rule_not_found: { status: 404, title: 'The notification rule does not exist' },
  notification_not_found: { status: 404, title: 'The notification does not exist' },
  notification_rule_conflict: { status: 409, title: 'The notification rule does not allow this' },
  notification_state_conflict: { status: 409, title: 'The notification is not in a state that allows this' },
  whatsapp_sender_not_found: { status: 404, title: 'The account has no WhatsApp sender in that environment' },
  whatsapp_sender_check_failed: { status: 422, title: 'The WhatsApp Cloud API refused the sender’s number or token' },
  whatsapp_signature_invalid: { status: 401, title: 'The webhook’s X-Hub-Signature-256 does not verify' },
  notification_opt_out_not_found: { status: 404, title: 'The opt-out does not exist' },
  notification_report_range_invalid: { status: 422, title: 'The report’s time range is not valid' },
  notification_template_not_found: { status: 404, title: 'The message template does not exist' },
  notification_template_invalid: { status: 422, title: 'The message template cannot be used' },
});
