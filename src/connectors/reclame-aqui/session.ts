import type { z } from 'zod';
import type { ConnectorContext, ProviderTokens } from '../sdk/client.ts';
import { callProvider, type ProviderRequest, type ProviderResponse } from '../sdk/provider-http.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { currentGate } from '../sdk/resilience/call-gate.ts';
import { isOAuthRefusal, messageIn, tokenIn } from './answer-shapes.ts';
import type { reclameAquiManifest } from './manifest.ts';

/** The manifest's credential and config shapes, as the platform hands them over (parsed, defaults applied). */
export type Credentials = z.output<typeof reclameAquiManifest.credentials>;
export type Config = z.output<typeof reclameAquiManifest.config>;

export type HugmeContext = ConnectorContext<Credentials, Config>;

export interface SessionSettings {
  /** A token is renewed when it has less than this left (default 60 s; HugMe's `expires_in` is believed to be 300). */
  renewMarginSeconds: number;
  /** How many times one call is retried after a 429 before giving up with `rate_limited`. */
  maxRateLimitRetries: number;
  /** A Retry-After longer than this is not waited for in-line: the call fails with `rate_limited` at once. */
  maxRetryAfterSeconds: number;
  timeoutMs?: number;
}

type Call = Omit<ProviderRequest, 'url' | 'headers'> & { path: string };

/**
 * One connector operation's conversation with HugMe: the bearer token (reused from the context while it has more
 * than the renewal margin left, else obtained and saved), a bounded retry after a 429, and one token renewal plus
 * retry when a call answers 401. Pacing calls under HugMe's 10 a minute per client is the platform's call gate's
 * job (the manifest's `rateLimit`, shared by every process and every integration of one client), so the token call
 * is counted like any other.
 */
export class HugmeSession {
  #token: ProviderTokens | null;

  constructor(
    readonly context: HugmeContext,
    readonly settings: SessionSettings,
  ) {
    this.#token = context.tokens;
  }

  get apiBase(): string {
    const base = this.context.baseUrls.api;
    if (!base) throw new Error('The Reclame Aqui connector needs baseUrls.api');
    return base.replace(/\/+$/, '');
  }

  /** A bearer call; 5xx with a JSON body is turned into `unavailable` here (callProvider only does so for non-JSON). */
  async call(call: Call): Promise<ProviderResponse> {
    let token = await this.accessToken();
    let renewed = false;
    for (;;) {
      const response = await this.#send({ ...call, url: `${this.apiBase}${call.path}`, headers: { authorization: `Bearer ${token}` } });
      if (response.status === 401 && !renewed) {
        renewed = true;
        token = await this.accessToken(true);
        continue;
      }
      if (response.status === 401) {
        throw new ProviderError('auth', `HugMe refused a renewed token on ${call.method} ${call.path}`, { status: 401, providerMessage: providerMessage(response) });
      }
      if (response.status >= 500) {
        throw new ProviderError('unavailable', `HugMe answered ${response.status} on ${call.method} ${call.path}`, {
          status: response.status,
          providerMessage: providerMessage(response),
        });
      }
      return response;
    }
  }

  /** The current access token, obtained (and saved through the context) when missing, near expiry, or forced. */
  async accessToken(force = false): Promise<string> {
    const now = this.context.now().getTime();
    const current = this.#token;
    if (!force && current && Date.parse(current.expiresAt) - this.settings.renewMarginSeconds * 1000 > now) return current.accessToken;
    const { clientId, clientSecret } = this.context.credentials;
    const response = await this.#send({
      method: 'POST',
      url: `${this.apiBase}/auth/oauth/token`,
      query: { grant_type: 'client_credentials' },
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    });
    // OAuth2 servers refuse client credentials with 401, or with 400 and `invalid_client` (RFC 6749 §5.2).
    if (response.status === 401 || response.status === 403 || (response.status === 400 && isOAuthRefusal(response.body))) {
      throw new ProviderError('auth', 'HugMe refused the client credentials', { status: response.status, providerMessage: providerMessage(response) });
    }
    if (response.status >= 500) {
      throw new ProviderError('unavailable', `HugMe's token endpoint answered ${response.status}`, { status: response.status, providerMessage: providerMessage(response) });
    }
    const issued = response.status >= 200 && response.status < 300 ? tokenIn(response.body) : null;
    if (!issued) {
      throw new ProviderError('bad_response', `HugMe's token endpoint answered ${response.status} without a usable token`, {
        status: response.status,
        providerMessage: providerMessage(response),
      });
    }
    // The expiry is counted from the moment the answer arrived, by the context's clock.
    const tokens: ProviderTokens = {
      accessToken: issued.accessToken,
      refreshToken: null,
      expiresAt: new Date(this.context.now().getTime() + issued.expiresInSeconds * 1000).toISOString(),
    };
    this.#token = tokens;
    await this.context.saveTokens(tokens);
    return tokens.accessToken;
  }

  /**
   * callProvider, retried after a 429 a bounded number of times when its Retry-After is short. The call gate that
   * saw the 429 holds the retry until Retry-After has passed (for every process); without a gate nothing would make
   * the retry wait, so the 429 is the caller's at once.
   */
  async #send(request: ProviderRequest): Promise<ProviderResponse> {
    const { maxRateLimitRetries, maxRetryAfterSeconds } = this.settings;
    for (let attempt = 0; ; attempt++) {
      try {
        return await callProvider({ timeoutMs: this.settings.timeoutMs, ...request });
      } catch (error) {
        if (!(error instanceof ProviderError) || error.kind !== 'rate_limited' || error.details.status !== 429) throw error;
        const seconds = error.details.retryAfterSeconds ?? 60;
        if (!currentGate() || attempt >= maxRateLimitRetries || seconds > maxRetryAfterSeconds) throw error;
      }
    }
  }
}

/** The provider's words in an error answer (see messageIn), else the raw text (cut short). */
export function providerMessage(response: ProviderResponse): string | undefined {
  return messageIn(response.body) ?? (response.text ? response.text.slice(0, 500) : undefined);
}
