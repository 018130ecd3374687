import type { FastifyInstance } from 'fastify';
import { TICKET_LOG_PREFIX } from './ticket-log/sandbox/prefix.ts';

interface SandboxEntry {
  name: string;
  /** Port offset from PONTE_SANDBOX_PORT, so each provider has a stable address. */
  portOffset: number;
  /** The part of the provider's base URL after the host, so `baseUrl` works as the connector's base URL. */
  basePath: string;
  build(options: { seed: number }): Promise<FastifyInstance>;
}

/** The provider simulators, by connector key (and the WhatsApp channel's); each is loaded only when it starts, so listing them costs nothing. */
export const SANDBOXES = {
  paghiper: {
    name: 'PagHiper',
    portOffset: 0,
    basePath: '',
    build: async (options) => (await import('./paghiper/sandbox/app.ts')).buildPaghiperSandbox(options),
  },
  'reclame-aqui': {
    name: 'Reclame Aqui (HugMe)',
    portOffset: 1,
    basePath: '/api',
    build: async (options) => (await import('./reclame-aqui/sandbox/app.ts')).buildHugmeSandbox(options),
  },
  'ticket-log': {
    name: 'Ticket Log',
    portOffset: 2,
    basePath: TICKET_LOG_PREFIX,
    build: async (options) => (await import('./ticket-log/sandbox/app.ts')).buildTicketLogSandbox(options),
  },
  'maxi-frota': {
    name: 'Maxi Frota',
    portOffset: 3,
    basePath: '',
    build: async (options) => (await import('./maxi-frota/sandbox/app.ts')).buildMaxiFrotaSandbox(options),
  },
  // Not a connector: the WhatsApp notification channel's provider, at its Graph base (`…/v20.0/{phone-number-id}/messages`).
  'whatsapp-cloud': {
    name: 'WhatsApp Cloud API',
    portOffset: 4,
    basePath: '',
    build: async (options) => (await import('./whatsapp-cloud/sandbox/app.ts')).buildWhatsappCloudSandbox(options),
  },
} satisfies Record<string, SandboxEntry>;

export type SandboxKey = keyof typeof SANDBOXES;
export const SANDBOX_KEYS = Object.keys(SANDBOXES) as SandboxKey[];

export interface RunningSandbox {
  key: SandboxKey;
  /** Where the sandbox listens (control API under `/_control`). */
  address: string;
  /** The address a connector uses in place of the provider's real base URL. */
  baseUrl: string;
  close(): Promise<void>;
}

export async function startSandbox(key: SandboxKey, options: { host: string; port: number; seed?: number }): Promise<RunningSandbox> {
  const entry: SandboxEntry = SANDBOXES[key];
  const app = await entry.build({ seed: options.seed ?? 1 });
  const address = await app.listen({ host: options.host, port: options.port });
  return { key, address, baseUrl: `${address}${entry.basePath}`, close: () => app.close() };
}

/** Starts every sandbox, at `basePort` + its offset (or on free ports when `basePort` is 0). */
export async function startAllSandboxes(options: { host: string; basePort: number; seed?: number }): Promise<RunningSandbox[]> {
  const started: RunningSandbox[] = [];
  try {
    for (const key of SANDBOX_KEYS) {
      const port = options.basePort === 0 ? 0 : options.basePort + SANDBOXES[key].portOffset;
      started.push(await startSandbox(key, { host: options.host, port, seed: options.seed }));
    }
    return started;
  } catch (error) {
    await Promise.all(started.map((sandbox) => sandbox.close()));
    throw error;
  }
}
