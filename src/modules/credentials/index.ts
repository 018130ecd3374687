export { CredentialVault, type SecretFields } from './vault.ts';
