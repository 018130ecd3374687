import type { AreaPage } from '../../app/areas';

export const operationsPages: AreaPage[] = [];
