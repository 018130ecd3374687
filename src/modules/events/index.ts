export { EventsService, type Event, type EventPage, type NewEvent } from './service.ts';
export { registerEventRoutes } from './routes.ts';
export { EVENT_ORIGINS, type EventOrigin } from './schema.ts';
