export { EVENTS_APPENDED_SIGNAL, EventsService, READABLE_EVENTS_HORIZON_SQL, type Event, type NewEvent } from './service.ts';
export { registerEventRoutes } from './routes.ts';
export { type EventOrigin } from './schema.ts';
export { EventReactions, type EventReaction } from './reactions.ts';
