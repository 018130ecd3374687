import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { isPrivateAddress, PrivateAddressError, publicOnlyAgent } from '../../src/modules/notifications/endpoint-guard.ts';
import { DeliveryError } from '../../src/modules/notifications/delivery.ts';
import { sendWebhook } from '../../src/modules/notifications/webhook-channel.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => receiver?.close());

const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
const delivery = (environment: 'sandbox' | 'production') => ({
  notificationId: 'ntf_guard',
  locale: 'pt-BR' as const,
  event: { id: 'evt_guard', type: 'payment.paid', accountId: 'acc_x', integrationId: null, environment, subject: null, data: {}, origin: 'live' as const, occurredAt: new Date().toISOString() },
});

describe('production webhooks reach public addresses only', () => {
  it('knows private, loopback, link-local and mapped addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.0.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '200.147.67.142', '172.32.0.1', '2800:3f0:4001:80b::200e', 'example.com']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses a name that resolves to loopback at connect time', async () => {
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const error = await request(url, { method: 'POST', body: '{}', dispatcher: publicOnlyAgent }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect([error, (error as { cause?: unknown })?.cause].some((candidate) => candidate instanceof PrivateAddressError)).toBe(true);
    expect(receiver.received).toHaveLength(0);
  });

  it('fails a production delivery to a private endpoint for good, and lets the sandbox environment post locally', async () => {
    for (const url of [receiver.url, receiver.url.replace('127.0.0.1', 'localhost')]) {
      const error = await sendWebhook(delivery('production'), { url, signingSecrets: [secret] }, 'test', new Date()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ permanent: true, message: expect.stringContaining('private or loopback') });
    }
    expect(receiver.received).toHaveLength(0);
    await sendWebhook(delivery('sandbox'), { url: receiver.url, signingSecrets: [secret] }, 'test', new Date());
    expect(receiver.received).toHaveLength(1);
  });
});
