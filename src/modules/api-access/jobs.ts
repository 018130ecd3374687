import { z } from 'zod';
import { defineJob } from '../../platform/queue/job-definition.ts';

/** Daily clean-up of request-log rows and expired tokens past the retention period, and of ended sign-in attempt windows. */
export const purgeRequestLogJob = defineJob({
  name: 'api-access.purge-request-log',
  schema: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 60,
  expireInSeconds: 600,
});
