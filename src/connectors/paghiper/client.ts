import type { ConnectorClient, VerifyResult } from '../sdk/client.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { paghiperCall, type CallOptions, type PaghiperContext } from './api.ts';
import { handlePaghiperCallback } from './callback.ts';
import { fetchPaymentChanges } from './changes.ts';
import { paghiperManifest } from './manifest.ts';
import type { PaghiperConfig, PaghiperCredentials } from './types.ts';

export type { PaghiperConfig, PaghiperCredentials } from './types.ts';

const cancelInput = paghiperManifest.actions.find((action) => action.key === 'cancel_charge')?.input;

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

/** cancel_charge: POST cancel with status "canceled"; PagHiper's reject ("status atual do pedido…") → rejected. */
async function cancelCharge(context: PaghiperContext, input: unknown, options: CallOptions): Promise<Record<string, unknown>> {
  const parsed = cancelInput?.safeParse(input);
  if (!parsed?.success) throw new TypeError('cancel_charge needs {transactionId (16 characters), method: boleto | pix}');
  const { transactionId, method } = parsed.data as { transactionId: string; method: 'boleto' | 'pix' };
  const result = await paghiperCall(context, method, 'cancel', { transaction_id: transactionId, status: 'canceled' }, options);
  return { transactionId, method, status: 'canceled', providerMessage: typeof result.response_message === 'string' ? result.response_message : null };
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
    handleCallback: (context, delivery) => handlePaghiperCallback(context, delivery, callOptions),
    async runAction(context, action, input) {
      if (action !== 'cancel_charge') throw new TypeError(`PagHiper has no action ${action}`);
      return cancelCharge(context, input, callOptions);
    },
  };
}

export const paghiperClient: ConnectorClient<PaghiperCredentials, PaghiperConfig> = createPaghiperClient();
