export { PartnerApisService, type PartnerApi } from './service.ts';
export { partnerApiProblems } from './errors.ts';
