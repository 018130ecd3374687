import pinoPretty from 'pino-pretty';
import { pino, stdSerializers, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino';
import { loggableError } from '../database/query-errors.ts';
import { REDACTED } from './redact.ts';

export type Logger = PinoLogger;

/** Paths pino blanks out before writing; request bodies are never logged whole (see the HTTP plugin). */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.apiKey',
  '*.token',
  '*.secret',
  '*.key',
  '*.masterKey',
  'config.masterKey',
  'config.databaseUrl',
];

/**
 * Readable lines for a person at a terminal (time, level, message, then the fields), written synchronously in this
 * thread so the order of lines and the exit code stay as they are with JSON.
 */
export function readableLogStream(fileDescriptor: 1 | 2 = 1): DestinationStream {
  return pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', sync: true, destination: fileDescriptor });
}

export function createLogger(options: { level: string; destination?: DestinationStream | undefined }): Logger {
  const pinoOptions: LoggerOptions = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    base: { service: 'ponte' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A failed query's parameters (a batch of rows, personal data) never reach a log line.
    serializers: { err: (error: Error) => stdSerializers.err(loggableError(error) as Error) },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
