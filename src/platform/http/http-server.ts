import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from '../logging/logger.ts';

/**
 * The Fastify instance every module registers its routes on (built by server.ts). Its own file so the plugins that
 * server.ts registers can name it without importing server.ts back.
 */
export type HttpServer = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger, ZodTypeProvider>;
