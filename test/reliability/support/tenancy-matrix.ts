import type { TestPonte } from '../../support/test-ponte.ts';
import type { ClassifiedRoute, RouteRequest } from './tenancy-classification.ts';
import { send, type Answer, type Credential, type Operators, type Side } from './tenancy-fixtures.ts';

/** One broken promise, named by its route so a reader knows where to look. */
export interface Finding {
  route: string;
  check: string;
  detail: string;
}

export class MatrixTally {
  crossAccountRequests = 0;
  crossAccount404s = 0;
  /** Answers to another account's customer that were not 404, by route: `403` (admin-only), `200` (a narrowed list). */
  otherAnswersByRoute: Record<string, Record<string, number>> = {};
  adminOnly403Checks = 0;
  staffOnly403Checks = 0;
  ownerChecks = 0;
  findings: Finding[] = [];

  fail(route: string, check: string, detail: string): void {
    this.findings.push({ route, check, detail });
  }

  noteOther(route: string, status: number): void {
    const byStatus = (this.otherAnswersByRoute[route] ??= {});
    byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
  }
}

export interface MatrixContext {
  ponte: TestPonte;
  operators: Operators;
  /** The account whose customer asks about the others' objects. */
  asking: Side;
  ghost: Side;
  tally: MatrixTally;
  /** A digest of every table that holds state (not the request log): equal before and after means nothing changed. */
  digest(): Promise<Map<string, string>>;
}

let uniqueCounter = 0;
const unique = () => `t${Date.now().toString(36)}${(uniqueCounter++).toString(36)}`;

/** Whether the route's request names an account's objects: it differs between an account and ids naming nothing. */
export const namesOwnedObjects = (spec: ClassifiedRoute, side: Side, ghost: Side) =>
  JSON.stringify(spec.request(side, 'same')) !== JSON.stringify(spec.request(ghost, 'same'));

/** What of an account must never reach another account's customer. */
export function markersOf(side: Side): string[] {
  return [
    side.accountId,
    side.accountName,
    side.customerId,
    side.customerEmail,
    side.spareUserId,
    side.keyId,
    side.spareKeyId,
    side.integrationId,
    side.spareIntegrationId,
    side.complaintIntegrationId,
    side.complaintTicketId,
    side.ruleId,
    side.spareRuleId,
    side.notificationId,
    side.spareNotificationId,
    side.templateId,
    side.spareTemplateId,
    side.optOutId,
    side.ticketId,
    side.supportTicketId,
    side.whatsappPhone,
    side.paghiperCredentials.apiKey,
    side.paghiperCredentials.token,
    side.callbackToken,
  ];
}

const problemCode = (answer: Answer): string | null => {
  try {
    return ((answer.json() as { code?: unknown }).code as string | undefined) ?? null;
  } catch {
    return null;
  }
};

const describe = (answer: Answer) => `${answer.status} ${problemCode(answer) ?? ''} ${answer.body.slice(0, 400)}`.trim();

const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table));

/**
 * One route of the matrix against one account's objects (`owner`): another account's customer (key and console
 * session) gets 404 (403 on admin-only routes), the same answer as for ids that name nothing, learns nothing of the
 * object and changes nothing; staff-only and admin-only routes refuse the roles below them (403); the owner (the
 * account's customer, or the staff the route is for) gets 2xx, so the 404s cannot come from a route that answers 404
 * to everyone.
 */
export async function checkRoute(context: MatrixContext, key: string, spec: ClassifiedRoute, owner: Side): Promise<void> {
  const { ponte, tally, asking, ghost } = context;
  const method = key.split(' ')[0]!;
  const owned = namesOwnedObjects(spec, owner, ghost);
  const markers = markersOf(owner);

  const attempt = async (credential: Credential, label: string, check: string, request: RouteRequest, judge: (answer: Answer) => string | null) => {
    const before = await context.digest();
    const answer = await send(ponte, credential, method, request.url, request.body);
    const changed = changedTables(before, await context.digest());
    const sent = JSON.stringify(request);
    const leaked = markers.filter((marker) => answer.body.includes(marker) && !sent.includes(marker));
    const verdict = judge(answer);
    if (verdict) tally.fail(key, `${check} (${label})`, `${verdict}; answered ${describe(answer)}`);
    if (leaked.length > 0) tally.fail(key, `${check} (${label})`, `the answer shows ${owner.label}'s ${leaked.join(', ')}`);
    if (changed.length > 0) tally.fail(key, `${check} (${label})`, `a refused request changed ${changed.join(', ')}`);
    return answer;
  };

  // Another account's customer, with its key's token and with its console session.
  for (const [label, credential] of [['key', asking.customer.bearer], ['session', asking.customer.session]] as const) {
    const ghostRequest = spec.request(ghost, unique());
    const forGhost = owned ? await send(ponte, credential, method, ghostRequest.url, ghostRequest.body) : null;
    const answer = await attempt(credential, label, `${asking.label}'s customer on ${owner.label}'s objects`, spec.request(owner, unique()), (answer) => {
      if (forGhost && (answer.status !== forGhost.status || problemCode(answer) !== problemCode(forGhost))) {
        return `differs from the answer for ids that name nothing (${describe(forGhost)}): the object's existence shows`;
      }
      if (spec.access === 'admin') return answer.status === 403 || (owned && answer.status === 404) ? null : 'expected 403 (admin-only) or 404';
      if (!owned) return spec.access === 'staff' ? (answer.status === 403 ? null : 'expected 403 (staff only)') : answer.status < 300 ? null : 'expected 2xx';
      if (spec.list && answer.status < 300) return answer.body === forGhost?.body ? null : 'a narrowed list differs from the one for ids that name nothing';
      // A staff route that refuses customers before it looks anything up answers every customer alike (the owner's
      // own customer's 403 is checked below): as uniform as a 404, and the same as for ids that name nothing.
      if (spec.access === 'staff' && answer.status === 403) return null;
      return answer.status === 404 ? null : 'expected 404';
    });
    if (owned || spec.access === 'customer') tally.crossAccountRequests++;
    if (answer.status === 404) tally.crossAccount404s++;
    else tally.noteOther(key, answer.status);
  }

  // The asking customer's own account, referring to the other account's object: as if it did not exist.
  if (spec.crossReference) {
    for (const [label, credential] of [['key', asking.customer.bearer], ['session', asking.customer.session]] as const) {
      const ghostRequest = spec.crossReference(ghost);
      const forGhost = await send(ponte, credential, method, ghostRequest.url, ghostRequest.body);
      const request = spec.crossReference(owner);
      const answer = await attempt(credential, label, `${asking.label}'s customer referring to ${owner.label}'s object`, request, (answer) => {
        if (answer.status !== forGhost.status || problemCode(answer) !== problemCode(forGhost) || (answer.status < 300 && answer.body !== forGhost.body)) {
          return `differs from the answer for an id that names nothing (${describe(forGhost)})`;
        }
        return answer.status === 404 || answer.status < 300 ? null : 'expected 404, or the same list as for an id that names nothing';
      });
      tally.crossAccountRequests++;
      if (answer.status === 404) tally.crossAccount404s++;
      else tally.noteOther(`${key} (referring)`, answer.status);
    }
  }

  // The roles below the route's: agents on admin-only routes, the owner's own customer on staff and admin routes.
  const refusals: [string, Credential][] = [];
  if (spec.access === 'admin') refusals.push(['agent', context.operators.agent]);
  if (spec.access !== 'customer') refusals.push([`${owner.label}'s customer`, owner.customer.bearer]);
  for (const [label, credential] of refusals) {
    await attempt(credential, label, `${spec.access}-only route`, spec.request(owner, unique()), (answer) => (answer.status === 403 ? null : 'expected 403'));
    if (spec.access === 'admin') tally.adminOnly403Checks++;
    else tally.staffOnly403Checks++;
  }

  // The owner: the account's customer (by key and by session in turn), or the staff the route is for.
  const ownerCredential =
    spec.access === 'customer' ? (tally.ownerChecks % 2 === 0 ? owner.customer.bearer : owner.customer.session) : spec.access === 'staff' ? context.operators.agent : context.operators.admin;
  const request = spec.request(owner, unique());
  const answer = await send(ponte, ownerCredential, method, request.url, request.body);
  tally.ownerChecks++;
  const expected = spec.owner;
  if (expected ? answer.status !== expected.status || problemCode(answer) !== expected.code : answer.status >= 300) {
    tally.fail(key, `the owner (${spec.access})`, `expected ${expected ? `${expected.status} ${expected.code} (${expected.why})` : '2xx'}; answered ${describe(answer)}`);
  } else if (spec.list && !answer.body.includes(spec.ownerShows?.(owner) ?? owner.accountId)) {
    // A list that answers every customer with nothing would pass the checks above: the owner's shows its data.
    tally.fail(key, `the owner (${spec.access})`, `the owner's list shows none of its account's data; answered ${describe(answer)}`);
  }
}
