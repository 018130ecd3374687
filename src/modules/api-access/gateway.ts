import type { FastifyReply } from 'fastify';
import { Problem } from '../../platform/http/problems.ts';
import { apiAccessProblems } from './errors.ts';
import type { ApiKeysService } from './keys.ts';

/** A partner API's gateway, authenticated: what it may see is bounded by its partner API. */
export interface Gateway {
  /** The gateway key's id (its HTTP Basic client_id). */
  id: string;
  partnerApiId: string;
}

const BASIC = /^Basic\s+([A-Za-z0-9+/=]+)$/i;
const CHALLENGE = 'Basic realm="ponte-gateway", charset="UTF-8"';

/**
 * Authenticates a partner API's gateway as RFC 7662 §2.1 suggests for introspection: HTTP Basic, client_id the
 * gateway key's id, client_secret the key itself (RFC 6749 §2.3.1: both form-urlencoded before base64). Only an
 * active key of purpose `gateway` passes; every refusal is the same 401 with a Basic challenge, so a guesser learns
 * nothing about which part was wrong.
 */
export class GatewayAuthenticator {
  constructor(private readonly keys: ApiKeysService) {}

  async authenticate(authorization: string | undefined, reply: FastifyReply): Promise<Gateway> {
    const refuse = (detail: string): never => {
      reply.header('www-authenticate', CHALLENGE);
      throw new Problem(apiAccessProblems.gateway_unauthenticated, detail, { field: 'header.authorization' });
    };
    const match = authorization ? BASIC.exec(authorization.trim()) : null;
    if (!match) return refuse('Send Authorization: Basic base64(client_id:client_secret) with the gateway key’s id and the key');
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return refuse('The Basic credentials must read client_id:client_secret');
    let clientId: string;
    let secret: string;
    try {
      clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
      secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    } catch {
      return refuse('The Basic credentials are not well encoded');
    }
    const key = secret ? await this.keys.findBySecret(secret) : null;
    if (!key || key.id !== clientId || key.purpose !== 'gateway' || key.status !== 'active' || key.partnerApiId === null) {
      return refuse('No active gateway key matches this client_id and client_secret');
    }
    return { id: key.id, partnerApiId: key.partnerApiId };
  }
}
