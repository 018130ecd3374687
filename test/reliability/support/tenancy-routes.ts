import diagnostics from 'node:diagnostics_channel';

/** One route as Fastify registered it: `GET /v1/integrations/:integrationId`. */
export interface RegisteredRoute {
  method: string;
  url: string;
  /** Reachable without a token (`config.public`). */
  public: boolean;
  /** Left out of /openapi.json (`schema.hide`). */
  hidden: boolean;
}

export const routeKey = (route: Pick<RegisteredRoute, 'method' | 'url'>) => `${route.method} ${route.url}`;

/**
 * Records the routes of every Fastify instance made from now on, through Fastify's `fastify.initialization`
 * diagnostics channel and an `onRoute` hook on each new instance. Ponte's app is built and made ready inside
 * createPonte, so this is the one way to see its routes as registered (hidden ones included) without asking src/ for
 * a list: a route added tomorrow is in the table with nobody editing the test. Call it before the app is built, and
 * read `routesOf(ponte.app)` afterwards (the sandboxes' own instances are recorded apart).
 */
export function recordRoutes(): { routesOf(app: object): RegisteredRoute[]; stop(): void } {
  const byInstance = new Map<object, RegisteredRoute[]>();
  const channel = diagnostics.channel('fastify.initialization');
  const onInstance = (message: unknown) => {
    const fastify = (message as { fastify: { addHook(name: 'onRoute', hook: (route: RouteOptions) => void): void } }).fastify;
    const routes: RegisteredRoute[] = [];
    byInstance.set(fastify, routes);
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        routes.push({ method, url: route.url, public: route.config?.public === true, hidden: route.schema?.hide === true });
      }
    });
  };
  channel.subscribe(onInstance);
  return {
    routesOf(app) {
      const routes = byInstance.get(app);
      if (!routes) throw new Error('this app was built before recordRoutes() was called, or by another module instance of fastify');
      return withoutMirroredHeads(routes);
    },
    stop: () => channel.unsubscribe(onInstance),
  };
}

interface RouteOptions {
  method: string | string[];
  url: string;
  config?: { public?: boolean };
  schema?: { hide?: boolean };
}

/**
 * Fastify answers HEAD for every GET route by itself (exposeHeadRoutes): the HEAD runs the GET's handler and hooks,
 * so it is the GET's row of the matrix. A HEAD with no GET beside it stays, to be classified like any route.
 */
function withoutMirroredHeads(routes: RegisteredRoute[]): RegisteredRoute[] {
  const gets = new Set(routes.filter((route) => route.method === 'GET').map((route) => route.url));
  const seen = new Set<string>();
  return routes.filter((route) => {
    if (route.method === 'HEAD' && gets.has(route.url)) return false;
    const key = routeKey(route);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
