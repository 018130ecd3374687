/**
 * HugMe's fixed vocabularies (providers.md §2): status codes, interaction and detail types, moderation reasons and
 * reputation periods, with the Portuguese names the provider uses. Data only.
 */

const RA_STATUS = {
  5: 'Não respondido',
  6: 'Respondido',
  7: 'Réplica do consumidor',
  8: 'Réplica da empresa',
  9: 'Avaliado',
  10: 'Congelado',
  12: 'Desativado pelo consumidor',
  13: 'Inativa no RA',
  18: 'Avaliado Resolvido',
  19: 'Avaliado Não Resolvido',
  20: 'Réplica',
} as const;

const HUGME_STATUS = {
  1: 'Pendente',
  2: 'Respondido',
  3: 'Fechado',
  4: 'Arquivado',
  15: 'Inativo na origem',
  16: 'Na fila',
  17: 'Redistribuição',
  21: 'Novo',
  22: 'Aguardando avaliação',
} as const;

/** RA statuses after which the consumer has evaluated the complaint. */
export const EVALUATED_RA_STATUSES: readonly number[] = [9, 18, 19];
/** RA statuses in which the complaint no longer accepts company actions. */
export const CLOSED_RA_STATUSES: readonly number[] = [10, 12, 13];

export function raStatus(id: number): { id: number; name: string } {
  const name = (RA_STATUS as Record<number, string>)[id];
  if (!name) throw new Error(`Unknown RA status ${id}`);
  return { id, name };
}

export function hugmeStatus(id: number): { id: number; name: string } {
  const name = (HUGME_STATUS as Record<number, string>)[id];
  if (!name) throw new Error(`Unknown HugMe status ${id}`);
  return { id, name };
}

export const isRaStatusId = (id: number): boolean => id in RA_STATUS;
export const isHugmeStatusId = (id: number): boolean => id in HUGME_STATUS;

export const INTERACTION_TYPES = {
  1: 'Manifestação',
  2: 'Resposta',
  3: 'Mensagem privada - Empresa',
  6: 'Mensagem privada - Consumidor',
  7: 'Comentário de terceiro',
  8: 'Pedido de Mediação',
  9: 'Resposta de Mediação',
  10: 'Redistribuição',
  11: 'Avaliação',
  151: 'Moderação automática',
} as const;

export type InteractionTypeId = keyof typeof INTERACTION_TYPES;

/** Interaction types written by the consumer (they count as unread until the company acts after them). */
export const CONSUMER_INTERACTION_TYPES: readonly number[] = [1, 6, 7, 11];

export const DETAIL_TYPES = {
  subject: { id: 1, name: 'Assunto' },
  contact: { id: 3, name: 'Contato 1' },
  resolved: { id: 4, name: 'Resolvida' },
  wouldReturn: { id: 5, name: 'Voltaria a fazer negócio' },
  grade: { id: 6, name: 'Nota' },
  ip: { id: 8, name: 'IP' },
  subjectId: { id: 14, name: 'Assunto ID' },
  attachment: { id: 15, name: 'Anexo' },
  raSiteId: { id: 25, name: 'ID Site RA' },
  email: { id: 34, name: 'E-mail' },
  migrate: { id: 36, name: 'Migrar' },
} as const;

const MODERATION_REASONS = {
  1: 'Reclamação de outra empresa',
  4: 'Reclamação em duplicidade',
  5: 'Conteúdo impróprio',
  15: 'Reclamação de terceiros',
  16: 'Reclamação trabalhista',
  17: 'A empresa não violou o direito do consumidor',
  19: 'Este é um caso de fraude',
} as const;

export const MODERATION_REASON_IDS = Object.keys(MODERATION_REASONS).map(Number);
/** The reason that moves a complaint to another company; it needs `migrateTO`. */
export const MODERATION_OTHER_COMPANY = 1;

/** Moderation statuses as this sandbox names them (the provider's own strings are not documented). */
export const MODERATION_STATUS = { pending: 'Em análise', approved: 'Aprovada', refused: 'Reprovada' } as const;

/** Entries of a ticket's `historical[]` (1 and 4 are in a real sample; the others are this sandbox's). */
export const HISTORY_TYPES = {
  created: { id: 1, name: 'CRIACAO' },
  status: { id: 2, name: 'ALTERACAO_STATUS' },
  interaction: { id: 4, name: 'INTERACAO' },
  moderation: { id: 5, name: 'MODERACAO' },
  evaluation: { id: 6, name: 'SOLICITACAO_AVALIACAO' },
  privateEnd: { id: 7, name: 'ENCERRAMENTO_MENSAGEM_PRIVADA' },
} as const;

/** Reputation windows, in months before now: [from, to). GERAL covers everything. */
export const REPUTATION_PERIODS = [
  { key: 'SEISMESES', alias: '6 meses', fromMonths: 6, toMonths: 0 },
  { key: 'DOZEMESES', alias: '12 meses', fromMonths: 12, toMonths: 0 },
  { key: 'UMANOATRAS', alias: 'Ano anterior', fromMonths: 24, toMonths: 12 },
  { key: 'DOISANOSATRAS', alias: 'Dois anos atrás', fromMonths: 36, toMonths: 24 },
  { key: 'GERAL', alias: 'Geral', fromMonths: null, toMonths: 0 },
] as const;

export const SOURCE = { id: 1, name: 'ReclameAQUI' } as const;
