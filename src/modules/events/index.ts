export { EventsService, type Event, type EventPage, type NewEvent } from './service.ts';
export { registerEventRoutes } from './routes.ts';
