import { actionRows } from './reclame-aqui/actions.rows.ts';
import { failureRows } from './reclame-aqui/failures.rows.ts';
import { hugmeHarness } from './reclame-aqui/harness.ts';
import { ticketRows } from './reclame-aqui/tickets.rows.ts';
import { verifyRows } from './reclame-aqui/verify.rows.ts';
import { runConformanceRows } from './support/run-conformance-rows.ts';

/** Reclame Aqui through HugMe's "RA API" (providers.md §2): each answer and what Ponte does with it. */
runConformanceRows('Reclame Aqui: verify credentials (token, organization)', hugmeHarness, verifyRows);
runConformanceRows('Reclame Aqui: tickets (fetch changes)', hugmeHarness, ticketRows);
runConformanceRows('Reclame Aqui: failures, the token renewal and the 429 wait', hugmeHarness, failureRows);
runConformanceRows('Reclame Aqui: actions', hugmeHarness, actionRows);
