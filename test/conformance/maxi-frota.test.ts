import { fuelingErrorRows } from './maxi-frota/errors.rows.ts';
import { fuelingRows } from './maxi-frota/fuelings.rows.ts';
import { maxiFrotaHarness } from './maxi-frota/harness.ts';
import { keyExchangeRows } from './maxi-frota/key-exchange.rows.ts';
import { runConformanceRows } from './support/run-conformance-rows.ts';

/** Maxi Frota (providers.md §4, a proposal [U]): each answer and what Ponte does with it. */
runConformanceRows('Maxi Frota: key exchange (verify credentials)', maxiFrotaHarness, keyExchangeRows);
runConformanceRows('Maxi Frota: fuelings (fetch changes)', maxiFrotaHarness, fuelingRows);
runConformanceRows('Maxi Frota: failures and the token retry', maxiFrotaHarness, fuelingErrorRows);
