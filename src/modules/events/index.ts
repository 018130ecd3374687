export { EventsService, READABLE_EVENTS_HORIZON_SQL, type Event, type EventPage, type NewEvent } from './service.ts';
export { registerEventRoutes } from './routes.ts';
export { EVENT_ORIGINS, type EventOrigin } from './schema.ts';
