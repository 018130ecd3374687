import type { AreaPage } from '../../app/areas';

export const deskPages: AreaPage[] = [];
