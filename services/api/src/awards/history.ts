import { keys, type Repository, sortKeyPrefixes } from '@antq/db';
import { awardEntries, type RecipientKind } from '@antq/domain';

export interface RecipientHistory {
  recipientKey: string;
  recipientName: string;
  recipientKind: RecipientKind;
  years: Array<{ year: number; formCode: string; outcomeId: string; decisionId: string }>;
}

/**
 * Who was rewarded in which years ("đơn vị dẫn đầu nhiều năm liền"), from the district-year items
 * of the range (one BatchGet), never from the decisions. Revoked outcomes have left those items.
 */
export async function awardHistory(repo: Repository, tenantId: string, fromYear: number, toYear: number): Promise<RecipientHistory[]> {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const items = await repo.batchGet<Record<string, unknown>>(years.map((y) => keys.districtYear(tenantId, y)));
  const byRecipient = new Map<string, RecipientHistory>();
  for (const item of items) {
    const year = Number(String(item.SK).slice(sortKeyPrefixes.districtYear.length));
    for (const e of awardEntries(item)) {
      const h = byRecipient.get(e.recipientKey) ?? { recipientKey: e.recipientKey, recipientName: e.recipientName, recipientKind: e.recipientKind, years: [] };
      h.years.push({ year, formCode: e.formCode, outcomeId: e.outcomeId, decisionId: e.decisionId });
      byRecipient.set(e.recipientKey, h);
    }
  }
  const distinctYears = (h: RecipientHistory) => new Set(h.years.map((y) => y.year)).size;
  return [...byRecipient.values()]
    .map((h) => ({ ...h, years: h.years.sort((a, b) => a.year - b.year) }))
    .sort((a, b) => distinctYears(b) - distinctYears(a) || a.recipientName.localeCompare(b.recipientName, 'vi'));
}
