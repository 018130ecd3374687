import type { paths } from '../../api/openapi';

/** Response shapes of the routes these pages read, derived from the generated API types. */
type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

export type Notification = Ok<'/v1/notifications', 'get'>['data'][number];
export type NotificationStatus = Notification['status'];
export type ApiKey = Ok<'/v1/api-keys', 'get'>['data'][number];
export type CreatedApiKey = Ok<'/v1/api-keys', 'post'>;
export type ApiRequest = Ok<'/v1/api-requests', 'get'>['data'][number];
export type User = Ok<'/v1/users', 'get'>['data'][number];
export type Environment = ApiKey['environment'];

export const NOTIFICATION_STATUSES: NotificationStatus[] = ['scheduled', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled', 'skipped'];

export const STATUS_COLORS: Record<NotificationStatus, string> = {
  scheduled: 'blue',
  sending: 'cyan',
  sent: 'teal',
  delivered: 'green',
  read: 'green',
  failed: 'red',
  canceled: 'gray',
  skipped: 'yellow',
};
