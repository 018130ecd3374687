import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { Logger } from '../logging/logger.ts';
import type { HttpServer } from './http-server.ts';

/** Where Vite builds the browser app (`base: '/ui/'`): web/dist at the package's root, three levels up from src/ and dist/. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** The address of the built files: Vite's `base`. */
const FILES_PREFIX = '/ui/';

/** The app's own addresses: every path under them is a client-side route answered with index.html. */
const APP_ROUTES = ['/console', '/portal'] as const;

/**
 * The browser app's policy: its scripts and styles are files of its own origin and its data comes from /v1 on the
 * same host. No inline script; inline styles only because the component library writes `style` attributes.
 */
const WEB_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Vite's hashed files: a new build gets new names, so a browser may keep each one for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aplicativo web não compilado · Web app not built · Ponte</title>
</head>
<body>
<main>
<h1>O aplicativo web da Ponte não foi compilado</h1>
<p>Quem administra este servidor deve rodar <code>npm run build:web</code> e recarregar esta página.</p>
<h1 lang="en">Ponte's web app is not built</h1>
<p lang="en">Whoever runs this server should run <code>npm run build:web</code>, then reload this page.</p>
</main>
</body>
</html>
`;

/**
 * The browser app (console and customer portal): Vite's build in `dist` served at /ui/, and index.html at /console,
 * /portal and every path under them, where the app routes itself. index.html is read on each request, so a rebuild
 * is served without a restart; without a build those routes answer 503 saying how to make one (and /ui/ has nothing).
 */
export async function registerWebApp(app: HttpServer, options: { dist: string; logger: Logger }): Promise<void> {
  const dist = path.resolve(options.dist);
  const indexFile = path.join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    options.logger.warn({ dist }, `the web app is not built (no ${indexFile}): /console and /portal answer 503 until \`npm run build:web\` makes it`);
  }

  await app.register(async (scope) => {
    // After helmet's onRequest (registered on the root before), so this policy replaces the API's for these answers.
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('content-security-policy', WEB_APP_CONTENT_SECURITY_POLICY);
    });
    // A folder made after the start needs a restart (its files are then served); a rebuild inside it does not.
    if (existsSync(dist)) await scope.register(fastifyStatic, {
      root: dist,
      prefix: FILES_PREFIX,
      // index.html is the app's entry, answered at the app's routes below; /ui/ itself lists nothing.
      index: false,
      dotfiles: 'ignore',
      // Each file looked up when asked for, not listed at start: a rebuild's new hashed names are served.
      wildcard: true,
      setHeaders: (reply, file) => {
        const assets = path.join(dist, 'assets') + path.sep;
        reply.header('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache');
      },
    });

    const sendApp = async (reply: FastifyReply) => {
      const html = await readFile(indexFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (html === null) {
        return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('retry-after', '60').send(NOT_BUILT_PAGE);
      }
      // Revalidated on every visit: it names the current build's hashed files.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    };
    for (const route of APP_ROUTES) {
      scope.get(route, { schema: { hide: true } }, (_request, reply) => sendApp(reply));
      scope.get(`${route}/*`, { schema: { hide: true } }, (_request, reply) => sendApp(reply));
    }
  });
}
