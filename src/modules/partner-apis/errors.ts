import { defineProblems } from '../../platform/http/problems.ts';

export const partnerApiProblems = defineProblems({
  partner_api_not_found: { status: 404, title: 'The partner API does not exist' },
  partner_api_slug_taken: { status: 409, title: 'Another partner API already uses that slug' },
});
