/**
 * The "happy path" of each kind of subject: the order its events normally come in. A notification for a later step
 * cancels the earlier ones of the same subject still waiting to be sent (paid cancels the overdue reminder), and goes
 * first when many are due at once. Events off the path (an `.updated`, an integration's state) take no part.
 */
const STEPS: Record<string, number> = {
  'payment.created': 1,
  'payment.reserved': 2,
  'payment.processing': 2,
  'payment.overdue': 2,
  'payment.paid': 3,
  'payment.canceled': 3,
  'payment.completed': 4,
  'payment.refunded': 5,
  'complaint.created': 1,
  'complaint.answered': 2,
  'complaint.evaluated': 3,
  'complaint.closed': 4,
};

export function happyPathStep(eventType: string): number | null {
  return STEPS[eventType] ?? null;
}

/** Notifications are sent by priority when due together: later steps first, then whatever is off the path. */
export function priorityOf(eventType: string): number {
  return happyPathStep(eventType) ?? 0;
}

/** The subject whose steps cancel each other: one payment or complaint of one integration. */
export function subjectKeyOf(event: { integrationId: string | null; subject: { model: string; id: string } | null }): string | null {
  return event.integrationId && event.subject ? `${event.integrationId}:${event.subject.model}:${event.subject.id}` : null;
}
