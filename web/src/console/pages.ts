import type { AreaPage } from '../app/areas';
import { adminPages } from './admin/pages';
import { deskPages } from './desk/pages';
import { operationsPages } from './operations/pages';

/** The operator console: operations (integrations, onboarding, connectors), the support desk, and administration. */
export const consolePages: AreaPage[] = [...operationsPages, ...deskPages, ...adminPages];
