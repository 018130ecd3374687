import type { SeededPicker } from '../../sandbox-kit/random.ts';
import type { ResponseVariants } from './response-variants.ts';
import type { HugmeStore, RateWindow } from './store.ts';

/** What every route of one HugMe sandbox shares: its state, its clock and its settings. */
export interface HugmeSandboxContext {
  store: HugmeStore;
  rate: RateWindow;
  now: () => Date;
  seed: number;
  tokenTtlSeconds: number;
  complaintsPerDay: number;
  historyDays: number;
  /** Draws the made-up parts of complaints created through the control API (deterministic per seed). */
  controlPicker: SeededPicker;
  /** The shapes the provider answers in where providers.md leaves them open (changed through `/_control/variants`). */
  variants: ResponseVariants;
}
