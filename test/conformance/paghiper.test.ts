import { paghiperHarness } from './paghiper/harness.ts';
import { actionRows } from './paghiper/actions.rows.ts';
import { callbackRows } from './paghiper/callback.rows.ts';
import { listErrorRows, listRows, verifyRows } from './paghiper/list.rows.ts';
import { runConformanceRows } from './support/run-conformance-rows.ts';

/** PagHiper (providers.md §1): each documented answer and what Ponte does with it. */
runConformanceRows('PagHiper: verify credentials', paghiperHarness, verifyRows);
runConformanceRows('PagHiper: list (fetch changes)', paghiperHarness, [...listRows, ...listErrorRows]);
runConformanceRows('PagHiper: actions (create, status, cancel)', paghiperHarness, actionRows);
runConformanceRows('PagHiper: notification callback', paghiperHarness, callbackRows);
