/** What every benchmark receives from `bench/main.ts`. */
export interface BenchOptions {
  json: boolean;
  durationSeconds: number;
  connections: number;
}

/** What a benchmark hands back: the JSON report, a short human table, and why the run is not valid (if it is not). */
export interface BenchResult {
  report: Record<string, unknown>;
  table: string;
  problems: string[];
}

/** A benchmark module: `bench/<name>.ts` exporting `run`. */
export interface BenchmarkModule {
  run(options: BenchOptions): Promise<BenchResult>;
}

/** Progress for people watching; stderr, so stdout stays one JSON object with --json. */
export function progress(options: BenchOptions, message: string): void {
  if (!options.json) process.stderr.write(`${message}\n`);
}

/** Renders rows as a left-aligned first column and right-aligned others. */
export function formatTable(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  return cells
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}

/** Nearest-rank percentile of `values` (sorted here), in whole milliseconds. */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!);
}
