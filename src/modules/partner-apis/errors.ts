import { defineProblems } from '../../platform/http/problems.ts';

export const partnerApiProblems = defineProblems({
  partner_api_not_found: { status: 404, title: 'The partner API does not exist' },
  partner_api_slug_taken: { status: 409, title: 'Another partner API already uses that slug' },
  partner_api_document_invalid: { status: 422, title: 'The OpenAPI document cannot be imported' },
  partner_api_own_document: { status: 409, title: 'Ponte’s own API is described by Ponte’s own OpenAPI document' },
  partner_api_catalog_invalid: { status: 422, title: 'The product catalog is not valid' },
  partner_api_window_invalid: { status: 422, title: 'The maintenance window is not valid' },
});
