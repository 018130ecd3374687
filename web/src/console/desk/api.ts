import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, ApiProblem, unwrap } from '../../api/client';
import type { paths } from '../../api/openapi';

export type Ticket = paths['/v1/tickets']['get']['responses'][200]['content']['application/json']['data'][number];
export type TicketQuery = NonNullable<paths['/v1/tickets']['get']['parameters']['query']>;
export type TicketDetail = paths['/v1/tickets/{ticketId}']['get']['responses'][200]['content']['application/json'];
export type SupportTicket = paths['/v1/support/tickets/{ticketId}']['get']['responses'][200]['content']['application/json'];
export type SupportChanges = paths['/v1/support/tickets/{ticketId}']['patch']['requestBody']['content']['application/json'];
export type EvidenceBody = paths['/v1/support/tickets/{ticketId}/evidence']['post']['requestBody']['content']['application/json'];
export type Complaint = paths['/v1/complaints/{ticketId}']['get']['responses'][200]['content']['application/json'];
export type ComplaintAnswerBody = paths['/v1/complaints/{ticketId}/answers']['post']['requestBody']['content']['application/json'];
export type ComplaintAnswer = paths['/v1/complaints/{ticketId}/answers']['post']['responses'][201]['content']['application/json'];
export type SlaPolicies = paths['/v1/support/sla-policies']['get']['responses'][200]['content']['application/json'];
export type SlaTimer = NonNullable<SupportTicket['sla']>['firstAnswer'];

export type Stage = NonNullable<Ticket['stage']>;
export type Category = NonNullable<Ticket['category']>;
export type Priority = Ticket['priority'];
export type Kind = Ticket['kind'];
export type EvidenceItem = SupportTicket['evidence']['items'][number]['item'];
export type Requirement = SupportTicket['evidence']['missing'][number];
export type AnswerType = ComplaintAnswerBody['type'];

export const STAGES = ['received', 'initial_analysis', 'investigation', 'escalated', 'resolved', 'closed'] as const satisfies readonly Stage[];
export const CATEGORIES = [
  'api_question',
  'invalid_api_key',
  'access_token',
  'off_hours_error',
  'product_question',
  'unexplained_error',
  'key_user_confusion',
  'key_request',
  'bug',
  'onboarding',
  'complaint',
  'sync_failure',
] as const satisfies readonly Category[];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];
/** The kinds that walk the desk's stages; onboarding tickets follow their status in the operations area. */
export const DESK_KINDS = ['support', 'complaint', 'sync_failure'] as const satisfies readonly Kind[];
export const MANDATORY_EVIDENCE = ['apiKey', 'user', 'environment', 'endpoint', 'payload', 'occurredAt', 'errorMessage'] as const satisfies readonly EvidenceItem[];
export const OPTIONAL_EVIDENCE = ['status', 'problemCode', 'requestId'] as const satisfies readonly EvidenceItem[];
export const ANSWER_TYPES = ['public_answer', 'private_message', 'request_evaluation', 'request_moderation'] as const satisfies readonly AnswerType[];
export const MODERATION_REASONS = ['1', '4', '5', '15', '16', '17', '19'] as const;

/** The stages a ticket may move to by hand (escalation has its own gate, its own button). Mirrors support-stages.ts. */
export const NEXT_STAGES: Record<Stage, readonly Stage[]> = {
  received: ['initial_analysis'],
  initial_analysis: ['investigation', 'resolved'],
  investigation: ['resolved'],
  escalated: ['investigation', 'resolved'],
  resolved: ['closed', 'investigation'],
  closed: [],
};

const PAGE = 500;
const MAX_PAGES = 20;

/** Every ticket matching the server-side filters, page after page (the list API pages by id). */
export function useTicketList(query: Pick<TicketQuery, 'accountId' | 'kind' | 'assigneeId'>) {
  return useQuery({
    queryKey: ['tickets', 'desk-list', query],
    queryFn: async () => {
      const all: Ticket[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { data } = await unwrap(api.GET('/v1/tickets', { params: { query: { ...query, limit: PAGE, ...(after ? { after } : {}) } } }));
        all.push(...data);
        if (data.length < PAGE) break;
        after = data.at(-1)!.id;
      }
      return all.filter((ticket) => ticket.stage !== null);
    },
  });
}

export function supportTicketQuery(ticketId: string, enabled = true) {
  return {
    queryKey: ['tickets', ticketId, 'support'],
    queryFn: () => unwrap(api.GET('/v1/support/tickets/{ticketId}', { params: { path: { ticketId } } })),
    enabled,
  };
}

export function useAccounts() {
  return useQuery({ queryKey: ['desk-accounts'], queryFn: async () => (await unwrap(api.GET('/v1/accounts'))).data, staleTime: 60_000 });
}

/** Staff only: the people a ticket can be assigned to. */
export function useStaff() {
  return useQuery({
    queryKey: ['desk-staff'],
    queryFn: async () => (await unwrap(api.GET('/v1/users'))).data.filter((user) => user.role === 'admin' || user.role === 'agent'),
    staleTime: 60_000,
  });
}

/** The desk's own words for refusals the common messages do not know: the problem keeps its code and request id. */
export function localized(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const text = t(`problems.${error.code}`, { defaultValue: '' });
  if (!text) return error;
  const provider = typeof error.problem.providerMessage === 'string' ? error.problem.providerMessage : '';
  return new ApiProblem({ ...error.problem, code: `desk.${error.code}`, detail: provider ? `${text} ${provider}` : text });
}
