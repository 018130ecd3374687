export { ReportsOverview } from './overview.ts';
export { registerReportRoutes } from './routes.ts';
