import { defineProblems } from '../../platform/http/problems.ts';

/** Each way an API key or token can fail has its own code, so a partner (and the support desk) knows what to fix. */
export const apiAccessProblems = defineProblems({
  api_key_unknown: { status: 401, title: 'The API key is not known' },
  api_key_revoked: { status: 401, title: 'The API key has been revoked' },
  api_key_wrong_environment: { status: 403, title: 'The API key belongs to the other environment' },
  api_key_not_found: { status: 404, title: 'The API key does not exist' },
  user_not_linked_to_key: { status: 403, title: 'The user is not linked to this API key' },
  user_required: { status: 400, title: 'This API key is linked to several users: say which one' },
  token_expired: { status: 401, title: 'The access token has expired' },
  token_malformed: { status: 401, title: 'The access token is malformed' },
  token_invalid: { status: 401, title: 'The access token is not valid' },
  token_for_partner_api: { status: 401, title: 'The access token is for a partner API, not for Ponte’s own API' },
  csrf_token_invalid: { status: 403, title: 'The x-csrf-token header is missing or does not match the session' },
  gateway_unauthenticated: { status: 401, title: 'The partner API gateway’s credential is missing or wrong' },
  gateway_key_needs_partner_api: { status: 400, title: 'A gateway key serves one partner API and no user' },
  request_log_row_refused: { status: 422, title: 'A request-log row names a key or token the gateway does not serve' },
});
