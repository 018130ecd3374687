import type { FailureGroup } from './fuzz-tally.ts';

const top = (counts: Map<string, number>, n: number) =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

/**
 * The failures in a few lines a developer can act on: one block per kind of wrong answer (reason, status, content
 * type and what the bodies share), saying which mutations and routes cause it and one request to replay. The full,
 * finer list (one group per route and mutation) goes to the report file.
 */
export function failureDigest(groups: FailureGroup[], maxLines = 30): string[] {
  const kinds = new Map<string, { count: number; mutations: Map<string, number>; routes: Map<string, number>; first: FailureGroup }>();
  for (const group of groups) {
    const key = [group.reason, group.status, group.contentType, group.signature].join('|');
    const kind = kinds.get(key) ?? { count: 0, mutations: new Map(), routes: new Map(), first: group };
    kind.count += group.count;
    kind.mutations.set(group.mutation, (kind.mutations.get(group.mutation) ?? 0) + group.count);
    const route = `${group.method} ${group.route}`;
    kind.routes.set(route, (kind.routes.get(route) ?? 0) + group.count);
    if (group.count > kind.first.count) kind.first = group;
    kinds.set(key, kind);
  }
  const lines: string[] = [];
  const sorted = [...kinds.values()].sort((a, b) => b.count - a.count);
  for (const [shown, kind] of sorted.entries()) {
    if (lines.length + 3 > maxLines) {
      lines.push(`… and ${sorted.length - shown} more kinds of failure (see the report file)`);
      break;
    }
    const { first } = kind;
    lines.push(
      `${String(kind.count).padStart(5)}x ${first.status} ${first.contentType} (${first.reason}): ${first.example.body}`,
      `        mutations: ${top(kind.mutations, 8)}${kind.mutations.size > 8 ? ', …' : ''}`,
      `        ${kind.routes.size} routes: ${top(kind.routes, 5)}${kind.routes.size > 5 ? ', …' : ''}; e.g. #${first.example.index} ${first.method} ${first.example.target} [${first.mutation}, auth ${first.example.auth}]`,
    );
  }
  return lines;
}
