import { z } from 'zod';
import { defineJob } from '../../platform/queue/job-definition.ts';

/** Timers name the step they were set for (the transition that entered it): a timer of a finished step does nothing. */
const step = { integrationId: z.string(), transitionId: z.string(), dueAt: z.string() };

/** One onboarding e-mail to the customer, rendered when sent (the /connect link from its id, never stored in clear). */
export const onboardingMailJob = defineJob({
  name: 'onboarding.mail',
  schema: z.object({
    integrationId: z.string(),
    ticketId: z.string(),
    kind: z.string(),
    linkId: z.string().nullable(),
    reason: z.string().nullable(),
  }),
  retryLimit: 8,
  retryDelaySeconds: 30,
  expireInSeconds: 120,
});

/** A customer who has not answered: reminded after 1 and 3 business days. */
export const onboardingReminderJob = defineJob({ name: 'onboarding.reminder', schema: z.object({ ...step, businessDays: z.number().int() }), expireInSeconds: 120 });

/** A received key not exchanged within 12 hours of its generation (or receipt) has expired. */
export const keyExpiryJob = defineJob({ name: 'onboarding.key-expiry', schema: z.object(step), expireInSeconds: 120 });

/** The key exchange (or verification) again, after the provider could not be reached. */
export const keyExchangeJob = defineJob({ name: 'onboarding.exchange-key', schema: z.object({ integrationId: z.string(), transitionId: z.string() }), retryLimit: 20, retryDelaySeconds: 30, expireInSeconds: 120 });

/** The provider's 15-day approval: a warning to agents before it runs out, a breach when it does. */
export const approvalSlaJob = defineJob({ name: 'onboarding.approval-sla', schema: z.object({ ...step, stage: z.enum(['warning', 'breach']) }), expireInSeconds: 120 });

/** Once data has arrived after activation: "os dados estão corretos?" to the customer, with the first records. */
export const validationRequestJob = defineJob({ name: 'onboarding.validation-request', schema: z.object({ ...step, attempt: z.number().int() }), expireInSeconds: 120 });

/** Every minute: integrations whose credentials stopped working get a ticket and a /connect link for new ones. */
export const reconnectSweepJob = defineJob({ name: 'onboarding.reconnects', schema: z.object({}), retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 300, policy: 'short' });

export const ONBOARDING_JOBS = [reconnectSweepJob, onboardingMailJob, onboardingReminderJob, keyExpiryJob, keyExchangeJob, approvalSlaJob, validationRequestJob];
