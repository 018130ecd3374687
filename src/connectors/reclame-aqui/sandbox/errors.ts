import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/**
 * Every error the HugMe sandbox answers, declared once. The wire shape is HugMe's envelope
 * `{"message","code","success":false}`; the numeric codes (HTTP status × 10, plus 4091 for a ticket whose state
 * forbids the action) follow the one public client that names them, which providers.md marks as unverified.
 */
export const HUGME_ERRORS = {
  invalid_client: { status: 401, code: 4010, message: 'Credenciais do cliente inválidas' },
  missing_token: { status: 401, code: 4010, message: 'Token de acesso não informado' },
  invalid_token: { status: 401, code: 4010, message: 'Token de acesso inválido' },
  expired_token: { status: 401, code: 4010, message: 'Token de acesso expirado' },
  unsupported_grant_type: { status: 400, code: 4000, message: 'grant_type inválido: use client_credentials' },
  invalid_request: { status: 400, code: 4000, message: 'Requisição inválida' },
  invalid_filter: { status: 400, code: 4000, message: 'Filtro inválido' },
  invalid_page: { status: 400, code: 4000, message: 'Paginação inválida' },
  invalid_moderation_reason: { status: 400, code: 4000, message: 'Motivo de moderação inválido' },
  ticket_state: { status: 400, code: 4091, message: 'O ticket não permite esta ação no momento' },
  ticket_not_found: { status: 404, code: 4040, message: 'Ticket não encontrado' },
  company_not_found: { status: 404, code: 4040, message: 'Empresa não encontrada' },
  attachment_not_found: { status: 404, code: 4040, message: 'Anexo não encontrado' },
  route_not_found: { status: 404, code: 4040, message: 'Recurso não encontrado' },
  client_not_found: { status: 404, code: 4040, message: 'Cliente não encontrado' },
  client_exists: { status: 409, code: 4090, message: 'Já existe um cliente com este client_id' },
  payload_too_large: { status: 413, code: 4130, message: 'Corpo da requisição grande demais' },
  rate_limited: { status: 429, code: 4290, message: 'Limite de requisições excedido' },
  internal: { status: 500, code: 5000, message: 'Erro interno' },
} as const;

export type HugmeErrorKey = keyof typeof HUGME_ERRORS;

/** An expected failure, carried to the error handler, which answers it in HugMe's envelope. */
export class HugmeError extends Error {
  readonly key: HugmeErrorKey;
  readonly detail: string | undefined;
  readonly headers: Record<string, string>;

  constructor(key: HugmeErrorKey, detail?: string, headers: Record<string, string> = {}) {
    super(detail ? `${HUGME_ERRORS[key].message}: ${detail}` : HUGME_ERRORS[key].message);
    this.key = key;
    this.detail = detail;
    this.headers = headers;
  }
}

export interface ErrorEnvelope {
  message: string;
  code: number;
  success: false;
}

function sendHugmeError(reply: FastifyReply, error: HugmeError): FastifyReply {
  const declared = HUGME_ERRORS[error.key];
  const body: ErrorEnvelope = { message: error.message, code: declared.code, success: false };
  return reply.status(declared.status).headers(error.headers).type('application/json').send(body);
}

/** Maps HugmeErrors, Fastify's own errors (validation, body parsing, sizes) and bugs onto the envelope. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HugmeError, request, reply) => {
    if (error instanceof HugmeError) return sendHugmeError(reply, error);
    if (error.validation) {
      const fields = [...new Set(error.validation.map((issue) => describeIssue(issue)))].join(', ');
      return sendHugmeError(reply, new HugmeError('invalid_request', fields));
    }
    if (error.statusCode === 413) return sendHugmeError(reply, new HugmeError('payload_too_large'));
    const known = FASTIFY_ERRORS[error.code];
    if (known) return sendHugmeError(reply, new HugmeError('invalid_request', known));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendHugmeError(reply, new HugmeError('invalid_request', error.message));
    }
    request.log.error({ err: error }, 'HugMe sandbox bug');
    return sendHugmeError(reply, new HugmeError('internal'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendHugmeError(reply, new HugmeError('route_not_found', `${request.method} ${request.url.split('?')[0]}`)),
  );
}

/** Fastify's own request errors, said in the provider's language. */
const FASTIFY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'JSON inválido',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'JSON vazio',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Content-Type não suportado',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length inválido',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'multipart/form-data inválido',
  FST_FILES_LIMIT_REACHED: 'arquivos demais',
};

function describeIssue(issue: { instancePath?: string; message?: string; params?: unknown }): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  return path ? `campo ${path} (${issue.message ?? 'inválido'})` : 'corpo da requisição ausente ou inválido';
}
