/** How a provider call failed, so the sync engine knows whether to retry, back off, or ask for new credentials. */
export const PROVIDER_ERROR_KINDS = ['auth', 'rate_limited', 'unavailable', 'timeout', 'bad_response', 'rejected'] as const;
export type ProviderErrorKind = (typeof PROVIDER_ERROR_KINDS)[number];

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly details: {
      /** The provider's own message, kept as sent (never with a secret of ours in it). */
      providerMessage?: string;
      status?: number;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** Worth trying again later without anyone changing anything. */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'unavailable' || this.kind === 'timeout';
  }
}
