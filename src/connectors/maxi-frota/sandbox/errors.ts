import type { FastifyReply } from 'fastify';

/**
 * Every error the Maxi Frota sandbox answers, in one place: a stable `codigo`, its HTTP status and a Portuguese
 * message. The body is `{"codigo","mensagem"}` (providers.md §4 proposal [U]). Only CHAVE_EXPIRADA comes from the
 * proposal itself; the other codes follow its naming.
 */
export const MAXI_FROTA_ERRORS = {
  CHAVE_INVALIDA: { status: 401, mensagem: 'Chave de autorização inválida.' },
  CHAVE_EXPIRADA: {
    status: 401,
    mensagem: 'Chave de autorização expirada: a chave vale 12 horas a partir da geração. Gere uma nova chave no portal Maxi Frota.',
  },
  CHAVE_JA_UTILIZADA: {
    status: 401,
    mensagem: 'Chave de autorização já utilizada: cada chave pode ser trocada por tokens uma única vez.',
  },
  REFRESH_TOKEN_INVALIDO: { status: 401, mensagem: 'Refresh token inválido ou já utilizado.' },
  REFRESH_TOKEN_EXPIRADO: { status: 401, mensagem: 'Refresh token expirado: solicite uma nova chave de autorização ao cliente.' },
  TOKEN_INVALIDO: { status: 401, mensagem: 'Token de acesso ausente ou inválido.' },
  TOKEN_EXPIRADO: { status: 401, mensagem: 'Token de acesso expirado: renove-o com o refresh token.' },
  PARAMETRO_INVALIDO: { status: 400, mensagem: 'Parâmetro inválido.' },
  REQUISICAO_INVALIDA: { status: 400, mensagem: 'Requisição inválida.' },
  ERRO_INTERNO: { status: 500, mensagem: 'Erro interno do servidor.' },
} as const satisfies Record<string, { status: number; mensagem: string }>;

export type MaxiFrotaErrorCode = keyof typeof MAXI_FROTA_ERRORS;

/** Sends the error `codigo` with its registered status; `mensagem` replaces the default text when given. */
export function sendMaxiFrotaError(reply: FastifyReply, codigo: MaxiFrotaErrorCode, mensagem?: string, status?: number) {
  const error = MAXI_FROTA_ERRORS[codigo];
  if (codigo === 'TOKEN_INVALIDO' || codigo === 'TOKEN_EXPIRADO') {
    reply.header('www-authenticate', `Bearer error="invalid_token", error_description="${codigo}"`);
  }
  return reply.status(status ?? error.status).send({ codigo, mensagem: mensagem ?? error.mensagem });
}
