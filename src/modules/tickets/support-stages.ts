import { Problem } from '../../platform/http/problems.ts';
import { supportProblems } from './errors.ts';
import type { TicketStage } from './schema.ts';

/**
 * The support desk's stages (DESIGN.md, "Support desk"), one table: where each stage may go next. Escalation is
 * reached only through the evidence gate; engineering hands an escalated ticket back to investigation or resolves it;
 * a resolved ticket is closed, or reopened for more investigation.
 */
const SUPPORT_STAGES: Record<TicketStage, readonly TicketStage[]> = {
  received: ['initial_analysis'],
  initial_analysis: ['investigation', 'resolved', 'escalated'],
  investigation: ['resolved', 'escalated'],
  escalated: ['investigation', 'resolved'],
  resolved: ['closed', 'investigation'],
  closed: [],
};

/** Refuses a move the table does not have, with a 409 naming the current stage and the allowed ones. */
export function assertStageMove(from: TicketStage, to: TicketStage): void {
  const allowed = SUPPORT_STAGES[from];
  if (allowed.includes(to)) return;
  throw new Problem(supportProblems.support_stage_conflict, `The ticket is ${from}; from there it can go to ${allowed.length ? allowed.join(', ') : 'nothing else'}, not ${to}`, {
    field: 'body.stage',
    stage: from,
    allowedStages: [...allowed],
    requestedStage: to,
  });
}

/** The status a support ticket shows beside its stage, so lists filtered by status keep working for every kind. */
export function statusOfStage(stage: TicketStage): 'open' | 'resolved' | 'closed' {
  if (stage === 'resolved' || stage === 'closed') return stage;
  return 'open';
}
