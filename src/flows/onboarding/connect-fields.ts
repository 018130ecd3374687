import { connectorManifest, describeConnector } from '../../connectors/catalog.ts';
import type { LocalizedText } from '../../connectors/sdk/manifest.ts';

export type Locale = keyof LocalizedText;

/** One input of the /connect form, drawn from a connector's credential schema. */
export interface ConnectField {
  name: string;
  label: LocalizedText;
  help: LocalizedText | null;
  /** Masked, never refilled and never echoed back (the schema's `writeOnly` / `format: password`). */
  secret: boolean;
  required: boolean;
  minLength: number | null;
  maxLength: number | null;
  /** The schema's pattern (JSON Schema semantics: it may match anywhere), checked by checkConnectValues. */
  pattern: string | null;
}

/**
 * The manifests describe their credential fields in Portuguese, as help for the person filling them; a form also
 * needs a short label, and English for both. Keyed by `connector.field`.
 */
const FIELD_TEXTS: Record<string, { label: LocalizedText; helpEn: string }> = {
  'maxi-frota.authorizationKey': {
    label: { 'pt-BR': 'Chave de autorização', en: 'Authorization key' },
    helpEn: 'Authorization key generated in the Maxi Frota portal',
  },
  'ticket-log.username': {
    label: { 'pt-BR': 'Usuário do web service', en: 'Web service user' },
    helpEn: 'Web service user ([OperadorWeb]app…)',
  },
  'ticket-log.password': {
    label: { 'pt-BR': 'Senha do web service', en: 'Web service password' },
    helpEn: 'Web service password',
  },
  'paghiper.apiKey': {
    label: { 'pt-BR': 'API Key', en: 'API key' },
    helpEn: 'API key (apk_…), in Minha Conta > Credenciais',
  },
  'paghiper.token': {
    label: { 'pt-BR': 'Token', en: 'Token' },
    helpEn: 'Token, in Minha Conta > Credenciais',
  },
  'reclame-aqui.clientId': {
    label: { 'pt-BR': 'Usuário (client id)', en: 'User (client id)' },
    helpEn: 'User (client id) of the HugMe API',
  },
  'reclame-aqui.clientSecret': {
    label: { 'pt-BR': 'Senha (client secret)', en: 'Password (client secret)' },
    helpEn: 'Password (client secret) of the HugMe API',
  },
};

interface JsonSchemaString {
  description?: string;
  writeOnly?: boolean;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** The credential fields a customer fills on the /connect page of an integration of this connector. */
export function connectFieldsOf(connectorKey: string): ConnectField[] {
  const schema = describeConnector(connectorManifest(connectorKey)).credentialsSchema as {
    properties?: Record<string, JsonSchemaString>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const texts = FIELD_TEXTS[`${connectorKey}.${name}`];
    const description = property.description ?? null;
    return {
      name,
      label: texts?.label ?? { 'pt-BR': description ?? name, en: name },
      help: description === null ? null : { 'pt-BR': description, en: texts?.helpEn ?? description },
      secret: property.writeOnly === true || property.format === 'password',
      required: schema.required?.includes(name) ?? false,
      minLength: property.minLength ?? null,
      maxLength: property.maxLength ?? null,
      pattern: property.pattern ?? null,
    };
  });
}

const CHECK_MESSAGES: Record<Locale, { required: string; tooShort: (n: number) => string; tooLong: (n: number) => string; format: string }> = {
  'pt-BR': {
    required: 'Preencha este campo.',
    tooShort: (n) => `Deve ter pelo menos ${n} caracteres.`,
    tooLong: (n) => `Deve ter no máximo ${n} caracteres.`,
    format: 'O formato não confere. Copie o valor de novo, sem espaços extras.',
  },
  en: {
    required: 'Fill in this field.',
    tooShort: (n) => `Must have at least ${n} characters.`,
    tooLong: (n) => `Must have at most ${n} characters.`,
    format: 'The format does not match. Copy the value again, without extra spaces.',
  },
};

/**
 * The form's values checked against the fields' bounds, with messages in the page's language (the manifests' own
 * messages are in English, for the API): field name → message. Empty when every value passes; the manifest's
 * schema still has the last word.
 */
export function checkConnectValues(fields: ConnectField[], values: Record<string, unknown>, locale: Locale): Record<string, string> {
  const messages = CHECK_MESSAGES[locale];
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = values[field.name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value === '') {
      if (field.required) errors[field.name] = messages.required;
    } else if (field.minLength !== null && value.length < field.minLength) {
      errors[field.name] = messages.tooShort(field.minLength);
    } else if (field.maxLength !== null && value.length > field.maxLength) {
      errors[field.name] = messages.tooLong(field.maxLength);
    } else if (field.pattern !== null && !new RegExp(field.pattern, 'u').test(value)) {
      errors[field.name] = messages.format;
    }
  }
  return errors;
}
