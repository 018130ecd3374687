export { NotificationsService, type NewRule, type Rule, type Notification } from './service.ts';
export { NotificationWorker, type WorkerSettings } from './worker.ts';
export { registerNotificationRoutes } from './routes.ts';
export { notificationProblems } from './errors.ts';
export { renderEmail, NOTIFIABLE_EVENT_TYPES } from './templates.ts';
export { webhookPayload } from './webhook-channel.ts';
