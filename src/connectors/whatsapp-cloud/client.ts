import { z } from 'zod';
import { REDACTED, redactText } from '../../platform/logging/redact.ts';
import { callProvider, type ProviderResponse } from '../sdk/provider-http.ts';
import { ProviderError, type ProviderErrorKind } from '../sdk/provider-error.ts';

/** Graph API version used when none is given (the version is part of the path: `/v20.0/{phone-number-id}/messages`). */
const DEFAULT_API_VERSION = 'v20.0';

/**
 * What a refused send means for the caller, from Graph's `code` (providers.md §6):
 * - `credentials`: token invalid or expired, or no permission on the number (new credentials needed);
 * - `throttled`: throughput or pair rate limit (retry later, slower);
 * - `temporary`: Meta's own temporary failure or an outage (retry);
 * - `invalid_parameter`: the request itself is wrong (parameters missing or invalid, count mismatch);
 * - `template`: the template does not exist in that language;
 * - `recipient`: the number cannot receive the message (not on WhatsApp, undeliverable);
 * - `re_engagement`: free text outside the 24-hour window (a template is needed);
 * - `other`: any other refusal (not retried).
 */
export type WhatsappErrorReason = 'credentials' | 'throttled' | 'temporary' | 'invalid_parameter' | 'template' | 'recipient' | 're_engagement' | 'other';

const REASONS: Record<number, WhatsappErrorReason> = {
  190: 'credentials',
  10: 'credentials',
  200: 'credentials',
  4: 'throttled',
  80007: 'throttled',
  130429: 'throttled',
  131056: 'throttled',
  1: 'temporary',
  2: 'temporary',
  131000: 'temporary',
  131001: 'temporary',
  131002: 'temporary',
  131016: 'temporary',
  100: 'invalid_parameter',
  131008: 'invalid_parameter',
  131009: 'invalid_parameter',
  132000: 'invalid_parameter',
  132001: 'template',
  131026: 'recipient',
  131047: 're_engagement',
};

const KIND_OF: Record<WhatsappErrorReason, ProviderErrorKind> = {
  credentials: 'auth',
  throttled: 'rate_limited',
  temporary: 'unavailable',
  invalid_parameter: 'rejected',
  template: 'rejected',
  recipient: 'rejected',
  re_engagement: 'rejected',
  other: 'rejected',
};

/** A refused or failed WhatsApp call: `retryable` (from ProviderError's kind) says whether to try again later. */
export class WhatsappCloudError extends ProviderError {
  constructor(
    readonly reason: WhatsappErrorReason,
    message: string,
    readonly graph: {
      /** Graph's `error.code`, when the answer carried the envelope. */
      code?: number;
      subcode?: number;
      /** Graph's `error_data.details`, the machine-usable reason. */
      details?: string;
      fbtraceId?: string;
      status?: number;
      retryAfterSeconds?: number;
      /** Graph's `error.message`, as sent. */
      message?: string;
    } = {},
  ) {
    super(KIND_OF[reason], message, { providerMessage: graph.message, status: graph.status, retryAfterSeconds: graph.retryAfterSeconds });
    this.name = 'WhatsappCloudError';
  }
}

/** The reason a Graph code stands for; an unknown code is judged by the HTTP status. */
export function whatsappErrorReason(code: number | undefined, status: number | undefined): WhatsappErrorReason {
  if (code !== undefined && REASONS[code]) return REASONS[code];
  if (status === 401 || status === 403) return 'credentials';
  if (status === 429) return 'throttled';
  if (status !== undefined && status >= 500) return 'temporary';
  return 'other';
}

const graphEnvelope = z.object({
  error: z.looseObject({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});

const acceptedBody = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  contacts: z.array(z.looseObject({ input: z.string().optional(), wa_id: z.string() })).min(1),
  messages: z.array(z.looseObject({ id: z.string().min(1), message_status: z.string().optional() })).min(1),
});

/** A template's variable values, by component, in `{{1}}`, `{{2}}`… order. */
export interface TemplateParameters {
  header?: string[];
  body?: string[];
}

/** One of Graph's template components as sent on the wire, for what `parameters` cannot say (buttons, media). */
export interface TemplateComponent {
  type: string;
  sub_type?: string;
  index?: string;
  parameters: Record<string, unknown>[];
}

export interface SendTemplateInput {
  /** The recipient in E.164 (`+5511987654321`); sent as digits only, as Graph wants. */
  to: string;
  /** The approved template's name. */
  template: string;
  /** Meta's language code (`pt_BR`, `en_US`). */
  language: string;
  parameters?: TemplateParameters;
  /** Raw components, sent after those built from `parameters`. */
  components?: TemplateComponent[];
}

export interface SentMessage {
  /** Graph's `wamid.…`, the id statuses and replies refer to. */
  messageId: string;
  /** The recipient's WhatsApp id (may differ from the number sent, e.g. Brazil's 8-digit mobiles). */
  waId: string;
}

export interface WhatsappCloudClientOptions {
  /** `https://graph.facebook.com`, or the sandbox's base URL. */
  baseUrl: string;
  phoneNumberId: string;
  accessToken: string;
  /** `v20.0` by default. */
  apiVersion?: string;
  /** Milliseconds per call (15 s by default). */
  timeoutMs?: number;
}

export interface PhoneNumberInfo {
  id: string;
  displayPhoneNumber: string;
  verifiedName?: string;
  qualityRating?: string;
}

/** One template as Graph lists it: its components' text carries the `{{1}}`, `{{2}}`… placeholders. */
export interface MessageTemplate {
  name: string;
  language: string;
  /** `APPROVED`, `PENDING`, `REJECTED`, `PAUSED`, `DISABLED`… */
  status: string;
  category?: string;
  components: { type: string; text?: string }[];
}

const phoneNumberBody = z.looseObject({ id: z.string(), display_phone_number: z.string(), verified_name: z.string().optional(), quality_rating: z.string().optional() });
const templatesBody = z.looseObject({
  data: z.array(
    z.looseObject({
      name: z.string(),
      language: z.string(),
      status: z.string(),
      category: z.string().optional(),
      components: z.array(z.looseObject({ type: z.string(), text: z.string().optional() })).optional(),
    }),
  ),
});

const E164 = /^\+?[1-9]\d{7,14}$/;

/** Sends WhatsApp messages through one business phone number of the Cloud API. */
export class WhatsappCloudClient {
  readonly #options: WhatsappCloudClientOptions;

  constructor(options: WhatsappCloudClientOptions) {
    this.#options = options;
  }

  /** Sends an approved template; resolves once Graph accepts it (accepted is not delivered: statuses come by webhook). */
  async sendTemplate(input: SendTemplateInput): Promise<SentMessage> {
    const components: TemplateComponent[] = [];
    for (const type of ['header', 'body'] as const) {
      const values = input.parameters?.[type];
      if (values && values.length > 0) components.push({ type, parameters: values.map((text) => ({ type: 'text', text })) });
    }
    components.push(...(input.components ?? []));
    return this.#send(input.to, {
      type: 'template',
      template: { name: input.template, language: { code: input.language, policy: 'deterministic' }, ...(components.length > 0 ? { components } : {}) },
    });
  }

  /** Sends free text, which reaches the person only within 24 hours of their last message (else `re_engagement`). */
  async sendText(input: { to: string; body: string }): Promise<SentMessage> {
    return this.#send(input.to, { type: 'text', text: { body: input.body, preview_url: false } });
  }

  /** The business number itself (`GET /{phone-number-id}`): a cheap check that the id and token go together. */
  async phoneNumber(): Promise<PhoneNumberInfo> {
    const body = await this.#get(`/${encodeURIComponent(this.#options.phoneNumberId)}`, { fields: 'id,display_phone_number,verified_name,quality_rating' });
    const parsed = phoneNumberBody.safeParse(body);
    if (!parsed.success) throw new ProviderError('bad_response', 'WhatsApp Cloud API answered the phone number without id and display_phone_number');
    return {
      id: parsed.data.id,
      displayPhoneNumber: parsed.data.display_phone_number,
      ...(parsed.data.verified_name === undefined ? {} : { verifiedName: parsed.data.verified_name }),
      ...(parsed.data.quality_rating === undefined ? {} : { qualityRating: parsed.data.quality_rating }),
    };
  }

  /** The business account's templates of that name, every language (`GET /{waba-id}/message_templates?name=…`). */
  async messageTemplates(businessAccountId: string, name: string): Promise<MessageTemplate[]> {
    const body = await this.#get(`/${encodeURIComponent(businessAccountId)}/message_templates`, { name, fields: 'name,language,status,category,components', limit: 100 });
    const parsed = templatesBody.safeParse(body);
    if (!parsed.success) throw new ProviderError('bad_response', 'WhatsApp Cloud API answered message_templates without data[]');
    return parsed.data.data.map((template) => ({
      name: template.name,
      language: template.language,
      status: template.status,
      ...(template.category === undefined ? {} : { category: template.category }),
      components: (template.components ?? []).map((component) => ({ type: component.type, ...(component.text === undefined ? {} : { text: component.text }) })),
    }));
  }

  async #get(path: string, query: Record<string, string | number>): Promise<unknown> {
    const { baseUrl, accessToken, apiVersion = DEFAULT_API_VERSION, timeoutMs } = this.#options;
    let response: ProviderResponse;
    try {
      response = await callProvider({ method: 'GET', url: `${baseUrl.replace(/\/+$/, '')}/${apiVersion}${path}`, headers: { authorization: `Bearer ${accessToken}` }, query, timeoutMs });
    } catch (error) {
      throw this.#fromProviderError(error);
    }
    if (response.status === 200) return response.body;
    throw this.#graphError(response.status, response.body, undefined);
  }

  async #send(to: string, message: Record<string, unknown>): Promise<SentMessage> {
    if (!E164.test(to)) throw new WhatsappCloudError('invalid_parameter', 'WhatsApp recipient is not a phone number in E.164 (+ and 8 to 15 digits)');
    const { baseUrl, phoneNumberId, accessToken, apiVersion = DEFAULT_API_VERSION, timeoutMs } = this.#options;
    const url = `${baseUrl.replace(/\/+$/, '')}/${apiVersion}/${encodeURIComponent(phoneNumberId)}/messages`;
    let response: ProviderResponse;
    try {
      response = await callProvider({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${accessToken}` },
        json: { messaging_product: 'whatsapp', recipient_type: 'individual', to: to.replace(/^\+/, ''), ...message },
        timeoutMs,
      });
    } catch (error) {
      throw this.#fromProviderError(error);
    }
    if (response.status === 200) {
      const accepted = acceptedBody.safeParse(response.body);
      if (!accepted.success) throw new ProviderError('bad_response', 'WhatsApp Cloud API answered 200 without contacts[].wa_id and messages[].id', { status: 200 });
      return { messageId: accepted.data.messages[0]!.id, waId: accepted.data.contacts[0]!.wa_id };
    }
    throw this.#graphError(response.status, response.body, undefined);
  }

  /** callProvider throws on 429 and on non-JSON bodies; a 429 still carries Graph's code in its body. */
  #fromProviderError(error: unknown): unknown {
    if (!(error instanceof ProviderError)) return error;
    if (error.kind === 'rate_limited') {
      let body: unknown = null;
      try {
        body = JSON.parse(error.details.providerMessage ?? '');
      } catch {
        // Not Graph's envelope (a proxy's page): the status alone says throttled.
      }
      return this.#graphError(429, body, error.details.retryAfterSeconds);
    }
    return new WhatsappCloudError(error.kind === 'auth' ? 'credentials' : 'temporary', this.#clean(error.message), {
      status: error.details.status,
      message: error.details.providerMessage === undefined ? undefined : this.#clean(error.details.providerMessage),
    });
  }

  #graphError(status: number, body: unknown, retryAfterSeconds: number | undefined): WhatsappCloudError {
    const envelope = graphEnvelope.safeParse(body);
    const graph = envelope.success ? envelope.data.error : undefined;
    const reason = whatsappErrorReason(graph?.code, status);
    const message = graph?.message === undefined ? undefined : this.#clean(graph.message);
    const summary = graph
      ? `WhatsApp Cloud API refused the message (HTTP ${status}, code ${graph.code}${graph.error_subcode === undefined ? '' : `/${graph.error_subcode}`}): ${message ?? ''}`.trim()
      : `WhatsApp Cloud API answered ${status} without Graph's error envelope`;
    return new WhatsappCloudError(reason, summary, {
      code: graph?.code,
      subcode: graph?.error_subcode,
      details: graph?.error_data?.details === undefined ? undefined : this.#clean(graph.error_data.details),
      fbtraceId: graph?.fbtrace_id,
      status,
      retryAfterSeconds,
      message,
    });
  }

  /** Nothing of ours leaves in an error: the token is cut out wherever a provider or proxy echoed it. */
  #clean(text: string): string {
    return redactText(text.split(this.#options.accessToken).join(REDACTED));
  }
}
