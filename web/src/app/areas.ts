import type { ReactNode } from 'react';
import type { Role } from './session';

/**
 * One screen of an app (portal or console): its path under the app, and its place in the menu. Each area of the app
 * (the portal, the console's integrations, its support desk, …) exports its list; the app puts them together.
 */
export interface AreaPage {
  /** Relative to the app: '' is its home, 'integrations/:integrationId' a detail. */
  path: string;
  element: ReactNode;
  /** Listed in the menu when set: an i18n key (namespace-qualified, e.g. 'console:nav.integrations'). */
  nav?: { label: string; roles?: Role[] };
}

/**
 * The first element of every query key names what it shows, so that a live change of that kind refreshes it:
 * 'notifications', 'sync-runs', 'tickets', 'integrations' (see live.ts). Other queries may use any other name.
 */
export const LIVE_TOPICS = ['notifications', 'sync-runs', 'tickets', 'integrations'] as const;
