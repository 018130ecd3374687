export { CredentialVault, type CredentialInfo, type SecretFields } from './vault.ts';
export { credentialProblems } from './errors.ts';
