// The performance goals of issue 16 on a 2-core machine, checked against one `bench all` run's reports.

type Engine = 'pglite' | 'postgres';

export interface GoalCheck {
  figure: string;
  goal: string;
  value: number | null;
  met: boolean | null;
}

interface Goal {
  figure: string;
  /** Where the figure is in the reports, by benchmark then path. */
  path: string[];
  at: 'least' | 'most';
  bound: Record<Engine, number>;
  unit?: string;
}

const both = (value: number): Record<Engine, number> => ({ pglite: value, postgres: value });

const GOALS: Goal[] = [
  { figure: 'authenticated GET /v1/auth/me ÷ bare', path: ['http', 'meRatio'], at: 'least', bound: both(0.8) },
  { figure: 'authenticated GET /v1/accounts/{id} ÷ bare', path: ['http', 'oneAccountRatio'], at: 'least', bound: { pglite: 0.15, postgres: 0.4 } },
  { figure: 'callbacks stored and acknowledged ÷ bare', path: ['sync', 'callbacks', 'ratio'], at: 'least', bound: { pglite: 0.3, postgres: 0.5 } },
  { figure: 'polls/s over 10,000 integrations', path: ['sync', 'polling', 'pollsPerSecond'], at: 'least', bound: both(100) },
  { figure: 'webhooks delivered ÷ bare signed POSTs', path: ['notifications', 'delivery', 'ratio'], at: 'least', bound: both(0.3) },
  // 22 templates and rules for the price of at most 6 (10 on PostgreSQL, where each of the transaction's ~90 statements is a round trip).
  { figure: 'catalog activation ÷ one template and rule', path: ['activation', 'ratio'], at: 'most', bound: { pglite: 6, postgres: 10 } },
  { figure: 'start to /healthz, new data folder', path: ['startup', 'seconds', 'startFresh'], at: 'most', bound: both(3), unit: 's' },
  { figure: 'start to /healthz, existing data folder', path: ['startup', 'seconds', 'startExisting'], at: 'most', bound: both(2), unit: 's' },
  { figure: 'RSS of an idle embedded server (new folder)', path: ['startup', 'rssMiB', 'idleAfterFreshStart'], at: 'most', bound: both(300), unit: 'MiB' },
  { figure: 'RSS of an idle embedded server (existing folder)', path: ['startup', 'rssMiB', 'idleAfterExistingStart'], at: 'most', bound: both(300), unit: 'MiB' },
];

function valueAt(reports: Record<string, unknown>, path: string[]): number | null {
  let value: unknown = reports;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Each goal with the run's figure and whether it was met (null when the run has no such figure). */
export function checkGoals(engine: Engine, reports: Record<string, unknown>): GoalCheck[] {
  return GOALS.map((goal) => {
    const value = valueAt(reports, goal.path);
    const bound = goal.bound[engine];
    const unit = goal.unit ? ` ${goal.unit}` : '';
    return {
      figure: goal.figure,
      goal: `${goal.at === 'least' ? '≥' : '<'} ${bound}${unit}`,
      value: value === null ? null : Math.round(value * 1000) / 1000,
      met: value === null ? null : goal.at === 'least' ? value >= bound : value < bound,
    };
  });
}
