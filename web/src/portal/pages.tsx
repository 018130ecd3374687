import type { AreaPage } from '../app/areas';

/** The customer portal's screens (catalog, request, integration, connect, validation, notifications, tickets). */
export const portalPages: AreaPage[] = [];
