import type { ConnectorClient, VerifyResult } from '../sdk/client.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { paghiperCall, type CallOptions, type PaghiperContext } from './api.ts';
import { runPaghiperAction } from './actions.ts';
import { handlePaghiperCallback } from './callback.ts';
import { fetchPaymentChanges, paymentPollCursorFrom } from './changes.ts';
import type { PaghiperConfig, PaghiperCredentials } from './types.ts';

export type { PaghiperConfig, PaghiperCredentials } from './types.ts';

/** A cheap authenticated call: the first enabled method's list, one charge. Only bad credentials or a reject fail it. */
async function verifyCredentials(context: PaghiperContext, options: CallOptions): Promise<VerifyResult> {
  const method = context.config.paymentMethods[0] ?? 'boleto';
  try {
    await paghiperCall(context, method, 'list', { limit: 1, page: 1 }, options);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ProviderError) || (error.kind !== 'auth' && error.kind !== 'rejected')) throw error;
    const reason = error.kind === 'auth' ? 'invalid_credentials' : 'rejected';
    return error.details.providerMessage !== undefined ? { ok: false, reason, providerMessage: error.details.providerMessage } : { ok: false, reason };
  }
}

export interface PaghiperClientOptions {
  /** Milliseconds per provider call (callProvider's default, 15 s, when left out). */
  timeoutMs?: number;
}

/** A PagHiper client; `paghiperClient` is the one with default options. */
export function createPaghiperClient(options: PaghiperClientOptions = {}): ConnectorClient<PaghiperCredentials, PaghiperConfig> {
  const callOptions: CallOptions = { timeoutMs: options.timeoutMs };
  return {
    verifyCredentials: (context) => verifyCredentials(context, callOptions),
    fetchChanges: (context, request) => fetchPaymentChanges(context, request, callOptions),
    pollCursorFrom: paymentPollCursorFrom,
    handleCallback: (context, delivery) => handlePaghiperCallback(context, delivery, callOptions),
    runAction: (context, action, input) => runPaghiperAction(context, action, input, callOptions),
  };
}

export const paghiperClient: ConnectorClient<PaghiperCredentials, PaghiperConfig> = createPaghiperClient();
