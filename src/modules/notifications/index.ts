export { NotificationsService } from './service.ts';
export { NotificationWorker, type WorkerSettings } from './worker.ts';
export { registerNotificationRoutes } from './routes.ts';
export { renderEmail, NOTIFIABLE_EVENT_TYPES } from './templates.ts';
export { webhookPayload } from './webhook-channel.ts';
export { createDefaultRules } from './default-rules.ts';
export { NotificationSettingsService, registerNotificationSettingsRoutes } from './settings.ts';
