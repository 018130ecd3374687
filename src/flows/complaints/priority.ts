import type { ComplaintPriority } from '../../modules/complaints/index.ts';

/** Case- and accent-insensitive text, so "Crítico" and "critico" read the same. */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** Words in a sync group's name and the priority they mean, most urgent first (pt-BR and en). */
const WORDS: readonly [ComplaintPriority, readonly string[]][] = [
  ['urgent', ['urgente', 'urgent', 'critico', 'critical', 'vip']],
  ['high', ['alta', 'alto', 'high', 'prioritario']],
  ['low', ['baixa', 'baixo', 'low']],
];

/**
 * The priority a converted complaint gets from its integration's sync group (the channel article's "grupo de
 * sincronização"): the settings' own map by group name first, then words in the group's name ("Urgente",
 * "Prioridade alta", "Baixa", in pt-BR or en, whole words), else `normal`; no group is `normal` too.
 */
export function priorityOfSyncGroup(group: string | null | undefined, priorities: Record<string, ComplaintPriority>): ComplaintPriority {
  if (!group) return 'normal';
  const folded = fold(group);
  for (const [name, priority] of Object.entries(priorities)) {
    if (fold(name) === folded) return priority;
  }
  const words = folded.split(/[^a-z0-9]+/);
  for (const [priority, list] of WORDS) {
    if (list.some((word) => words.includes(word))) return priority;
  }
  return 'normal';
}
