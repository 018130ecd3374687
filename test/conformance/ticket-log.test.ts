import { runConformanceRows } from './support/run-conformance-rows.ts';
import { errorRows } from './ticket-log/errors.rows.ts';
import { ticketLogHarness } from './ticket-log/harness.ts';
import { searchRows, verifyRows } from './ticket-log/search.rows.ts';

/** Ticket Log (providers.md §3): each answer seen in the field and what Ponte does with it. */
runConformanceRows('Ticket Log: verify credentials', ticketLogHarness, verifyRows);
runConformanceRows('Ticket Log: one day of transactions (fetch changes)', ticketLogHarness, searchRows);
runConformanceRows('Ticket Log: failures', ticketLogHarness, errorRows);
