import { defineProblems } from '../../platform/http/problems.ts';

export const integrationProblems = defineProblems({
  integration_not_found: { status: 404, title: 'The integration does not exist' },
  provider_refused_credentials: { status: 422, title: 'The provider refused the credentials' },
  provider_unavailable: { status: 502, title: 'The provider could not be reached' },
  action_not_found: { status: 404, title: 'The connector has no such action' },
  provider_refused_action: { status: 422, title: 'The provider refused the action' },
  provider_rate_limited: { status: 429, title: 'The provider asks to slow down: try again later' },
  integration_state_conflict: { status: 409, title: 'The integration is not in a state that allows this' },
  contact_missing: { status: 422, title: 'Nobody to write to about this integration' },
  validation_divergence_missing: { status: 422, title: 'A divergence needs a description' },
});
