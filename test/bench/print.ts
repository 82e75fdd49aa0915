import type { ReadTally } from './counting-client.js';
import type { ReportComparison } from './measure.js';
import type { BenchProvince } from './province.js';
import type { Latencies } from './submission.js';

// Targets from ARCHITECTURE.md, "Performance targets".
const TARGET_REPORT_SPEEDUP = 20;
const TARGET_SUBMISSION_OVERHEAD = 1.3;

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`;
const int = (n: number) => Math.round(n).toLocaleString('en');
const ratio = (n: number) => `${n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en')}×`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
const calls = (t: ReadTally) =>
  Object.entries(t.calls)
    .map(([op, n]) => `${op}×${n}`)
    .join(', ');
const reads = (t: ReadTally) => `${int(t.itemsReturned)} items read (${int(t.itemsScanned)} scanned, ${kb(t.bytesReturned)}; ${calls(t)})`;

export function printReport(r: {
  province: BenchProvince;
  year: number;
  criteria: number;
  seed: { ms: number; tally: ReadTally };
  reports: ReportComparison;
  submission: {
    http: Latencies;
    caller: Latencies;
    callerReads: Latencies;
    callerWrite: Latencies;
    bare: Latencies;
    bareShape: { items: number; bytes: number };
    apiTransaction?: { items: number; bytes: number };
    procedureReads: ReadTally;
    samples: number;
  };
  totalMs: number;
}) {
  const { province, reports, submission: s } = r;
  const districts = province.districts.length;
  const wards = districts * (province.districts[0]?.wardIds.length ?? 0);
  const speedup = reports.recomputed.p50 / reports.province.p50;
  const overhead = s.http.p50 / s.bare.p50;
  const itemsTarget = districts + 2;
  const t = reports.total;
  const lines = [
    '',
    `Benchmark: ${province.provinceName} (${province.districts.length} districts × ${wards / districts} wards = ${wards} wards; ${province.realWards} real, ${province.syntheticWards} synthetic) × ${r.criteria} criteria, year ${r.year}`,
    `Seeded in ${ms(r.seed.ms)} through the tRPC procedures: ${int(r.seed.tally.calls.TransactWriteItems ?? 0)} transactions, ${int(r.seed.tally.itemsReturned)} items read.`,
    `Province total: ${t.plansSubmitted} plans submitted (${t.plansApproved} approved), ${t.assessmentsSubmitted} self-assessments submitted (${t.assessmentsApproved} approved), ${t.criteriaSets.map((s) => `${int(s.criteriaMet)} criteria met of ${s.criteriaCount}`).join(', ') || 'no criteria met'}, ${t.forums} forums, ${t.commitments} commitment signings, ${t.awards} awards.`,
    '',
    `Provincial report (${districts} districts, ${wards} wards, ${r.criteria} criteria), in process:`,
    `  stored:     p50 ${ms(reports.province.p50)}, p95 ${ms(reports.province.p95)} (${reports.province.runs} runs; waiting on DynamoDB p50 ${ms(reports.province.dynamoP50)})`,
    `              ${reads(reports.province.read)}; the API's own itemsRead says ${reports.province.itemsReadClaimed}`,
    `  recomputed: p50 ${ms(reports.recomputed.p50)}, p95 ${ms(reports.recomputed.p95)} (${reports.recomputed.runs} runs, ${districts} districts in parallel)`,
    `              ${reads(reports.recomputed.read)}`,
    `  ratio ${ratio(speedup)} faster (target ≥ ${TARGET_REPORT_SPEEDUP}×: ${verdict(speedup >= TARGET_REPORT_SPEEDUP)}); items read ${reports.province.read.itemsReturned} (target ≤ districts + 2 = ${itemsTarget}: ${verdict(reports.province.read.itemsReturned <= itemsTarget)})`,
    reports.mismatches.length === 0
      ? `  same figures: the province total and all ${districts} district rows are equal field by field`
      : `  FIGURES DIFFER (${reports.mismatches.length}): ${reports.mismatches.slice(0, 10).join('; ')}`,
    '',
    `Ward submission (assessments.save, ${r.criteria} criteria), ${s.samples} samples each, interleaved:`,
    `  over HTTP:                      p50 ${ms(s.http.p50)}, p95 ${ms(s.http.p95)}`,
    `  in process (tRPC caller):       p50 ${ms(s.caller.p50)}, p95 ${ms(s.caller.p95)}; of which reads p50 ${ms(s.callerReads.p50)} (${calls(s.procedureReads).replace(/, TransactWriteItems×1$/, '')}), transaction p50 ${ms(s.callerWrite.p50)}`,
    `  bare TransactWriteItems:        p50 ${ms(s.bare.p50)}, p95 ${ms(s.bare.p95)} (${s.bareShape.items} items, ${kb(s.bareShape.bytes)}; the API's: ${s.apiTransaction ? `${s.apiTransaction.items} items, ${kb(s.apiTransaction.bytes)}` : 'not seen'})`,
    `  ratio HTTP ÷ bare ${ratio(overhead)} (target ≤ ${TARGET_SUBMISSION_OVERHEAD}: ${verdict(overhead <= TARGET_SUBMISSION_OVERHEAD)}); per save the procedure sends ${calls(s.procedureReads)}`,
    '',
    `Done in ${ms(r.totalMs)}.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
