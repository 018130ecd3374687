import { z } from 'zod';
import type { REPUTATION_PERIODS } from './catalog.ts';
import type { HugmeTicket } from './ticket-schema.ts';

const MONTH = 30.44 * 86_400_000;

export const reputationSchema = z.object({
  responseIndex: z.number(),
  solutionsPercentage: z.number(),
  finalGrade: z.number(),
  avgGrade: z.number(),
  complaintsCount: z.number(),
  period: z.object({ periodAlias: z.string(), periodKey: z.string() }),
  reputation: z.object({ code: z.string(), name: z.string() }),
});

export type Reputation = z.infer<typeof reputationSchema>;

/** Fewer evaluations than this and Reclame Aqui shows no reputation for the period. */
const MIN_EVALUATIONS = 10;

/**
 * A company's Reclame Aqui reputation for one period, computed from the sandbox's own tickets with the public
 * formula: final grade = (response index × 2 + solution index × 3 + average grade × 10 × 3 + would-return index × 2) / 100.
 */
export function reputationFor(tickets: HugmeTicket[], now: Date, period: (typeof REPUTATION_PERIODS)[number]): Reputation {
  const to = now.getTime() - period.toMonths * MONTH;
  const from = period.fromMonths === null ? -Infinity : now.getTime() - period.fromMonths * MONTH;
  const inPeriod = tickets.filter((t) => {
    const created = Date.parse(t.creation_date);
    return created >= from && created < to;
  });
  const answered = inPeriod.filter((t) => t.complaint_response_date !== null).length;
  const evaluated = inPeriod.filter((t) => t.rating !== '-1');
  const resolved = evaluated.filter((t) => t.resolved_issue).length;
  const wouldReturn = evaluated.filter((t) => t.back_doing_business).length;
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : round((part / whole) * 100, 1));
  const responseIndex = percent(answered, inPeriod.length);
  const solutionsPercentage = percent(resolved, evaluated.length);
  const avgGrade = evaluated.length === 0 ? 0 : round(evaluated.reduce((sum, t) => sum + Number(t.rating), 0) / evaluated.length, 2);
  const returnIndex = percent(wouldReturn, evaluated.length);
  const finalGrade = round((responseIndex * 2 + solutionsPercentage * 3 + avgGrade * 10 * 3 + returnIndex * 2) / 100, 1);
  return {
    responseIndex,
    solutionsPercentage,
    finalGrade,
    avgGrade,
    complaintsCount: inPeriod.length,
    period: { periodAlias: period.alias, periodKey: period.key },
    reputation: classify(finalGrade, evaluated.length, responseIndex, solutionsPercentage),
  };
}

function classify(grade: number, evaluations: number, responseIndex: number, solutions: number): Reputation['reputation'] {
  if (evaluations < MIN_EVALUATIONS) return { code: 'SEM_INDICE', name: 'Sem índice' };
  if (grade >= 8 && responseIndex >= 90 && solutions >= 90) return { code: 'RA1000', name: 'RA1000' };
  if (grade >= 8) return { code: 'OTIMO', name: 'Ótimo' };
  if (grade >= 7) return { code: 'BOM', name: 'Bom' };
  if (grade >= 6) return { code: 'REGULAR', name: 'Regular' };
  if (grade >= 5) return { code: 'RUIM', name: 'Ruim' };
  return { code: 'NAO_RECOMENDADA', name: 'Não recomendada' };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
