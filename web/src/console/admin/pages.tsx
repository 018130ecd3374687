import type { AreaPage } from '../../app/areas';

export const adminPages: AreaPage[] = [];
