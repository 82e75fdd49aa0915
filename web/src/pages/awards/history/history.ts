import type { HistoryRecipient } from '../types';

export interface HistoryYear {
  year: number;
  awards: Array<{ formCode: string; decisionId: string; outcomeId: string }>;
}

export interface HistoryRow {
  recipientKey: string;
  recipientName: string;
  recipientKind: HistoryRecipient['recipientKind'];
  /** The years awarded, each once, oldest first, with what was given that year. */
  years: HistoryYear[];
  /** The longest run of consecutive years ("3 năm liền"). */
  streak: number;
}

/** The longest run of consecutive years in a sorted list of distinct years. */
export function longestRun(years: readonly number[]): number {
  let best = 0;
  let run = 0;
  years.forEach((y, i) => {
    run = i > 0 && y === years[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

/**
 * Each recipient's awards grouped by year, ordered as "khen thưởng nhiều năm liền" reads: most
 * years awarded first, then the longest run of consecutive years, then the name in Vietnamese order.
 */
export function historyRows(list: readonly HistoryRecipient[]): HistoryRow[] {
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return list
    .map((r) => {
      const byYear = new Map<number, HistoryYear>();
      for (const y of r.years) {
        const entry = byYear.get(y.year) ?? { year: y.year, awards: [] };
        entry.awards.push({ formCode: y.formCode, decisionId: y.decisionId, outcomeId: y.outcomeId });
        byYear.set(y.year, entry);
      }
      const years = [...byYear.values()].sort((a, b) => a.year - b.year);
      return { recipientKey: r.recipientKey, recipientName: r.recipientName, recipientKind: r.recipientKind, years, streak: longestRun(years.map((y) => y.year)) };
    })
    .sort((a, b) => b.years.length - a.years.length || b.streak - a.streak || collator.compare(a.recipientName, b.recipientName));
}
