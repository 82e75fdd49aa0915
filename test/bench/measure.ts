import { type ReportRow, type SessionUser, totalRow } from '@antq/domain';
import { type ReadCounter, type ReadTally, totalMs } from './counting-client.js';
import type { Caller } from './seed.js';

export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export interface PathResult {
  p50: number;
  p95: number;
  /** p50 of the time spent waiting on DynamoDB per run (summed over its requests). */
  dynamoP50: number;
  runs: number;
  read: ReadTally;
}

export interface ReportComparison {
  province: PathResult & { itemsReadClaimed: number };
  recomputed: PathResult;
  total: ReportRow;
  /** Report fields where the stored path and the recomputation disagree (province total or any district). */
  mismatches: string[];
}

const ROUNDS = 6;
const STORED_PER_ROUND = 5;

/**
 * The provincial report as provincial staff get it (province index + one BatchGet of the districts'
 * year items), against the same rows recomputed from every district's plans, assessments, records
 * and decisions (`reports.recomputed`, the 30 districts in parallel: the kindest setting for the
 * slow path). Both are warmed up, then timed in alternating rounds so that load from elsewhere on
 * the machine falls on both; each run is alone on the client, so its read tally is its own. A last,
 * untimed run of each weighs the bytes read.
 */
export async function compareReports(options: {
  counter: ReadCounter;
  callerFor: (user: SessionUser) => Caller;
  provinceStaff: SessionUser;
  coordinators: SessionUser[];
  year: number;
  province: { code: string; name: string };
}): Promise<ReportComparison> {
  const { counter, callerFor, year } = options;
  const stored = () => callerFor(options.provinceStaff).reports.province({ year });
  const recompute = () => Promise.all(options.coordinators.map((c) => callerFor(c).reports.recomputed({ year })));

  await stored();
  await recompute();
  const storedRuns = [];
  const recomputeRuns = [];
  for (let round = 0; round < ROUNDS; round++) {
    recomputeRuns.push(await timed(() => counter.measure(recompute)));
    for (let i = 0; i < STORED_PER_ROUND; i++) storedRuns.push(await timed(() => counter.measure(stored)));
  }
  counter.weigh = true;
  const storedWeighed = await counter.measure(stored);
  const recomputeWeighed = await counter.measure(recompute);
  counter.weigh = false;

  const report = storedWeighed.result;
  const recomputedRows = recomputeWeighed.result.map((r) => r.row);
  const recomputedTotal = totalRow(recomputedRows, options.province);
  const mismatches = diffRows('total', report.total, recomputedTotal);
  for (const row of report.districts) {
    const other = recomputedRows.find((r) => r.unitCode === row.unitCode);
    mismatches.push(...(other ? diffRows(row.unitCode, row, other) : [`${row.unitCode}: missing from the recomputation`]));
  }
  const summary = (runs: Array<{ ms: number; result: { read: ReadTally } }>, weighed: ReadTally): PathResult => ({
    p50: percentile(runs.map((r) => r.ms), 50),
    p95: percentile(runs.map((r) => r.ms), 95),
    dynamoP50: percentile(runs.map((r) => totalMs(r.result.read)), 50),
    runs: runs.length,
    // The reads are the same on every run; the weighed one stands for all.
    read: weighed,
  });
  return {
    province: { ...summary(storedRuns, storedWeighed.read), itemsReadClaimed: report.itemsRead },
    recomputed: summary(recomputeRuns, recomputeWeighed.read),
    total: report.total,
    mismatches,
  };
}

function diffRows(label: string, a: ReportRow, b: ReportRow): string[] {
  // Compared by value: some fields are lists (criteria per set), not numbers.
  const show = (v: unknown) => JSON.stringify(v);
  return (Object.keys(a) as Array<keyof ReportRow>).filter((f) => show(a[f]) !== show(b[f])).map((f) => `${label}.${f}: ${show(a[f])} ≠ ${show(b[f])}`);
}
