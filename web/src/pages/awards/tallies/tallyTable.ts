import { type AuthorityLevel, authorityLevels, type RecipientKind, recipientKinds } from '@antq/domain';
import type { AwardFormOutput, TalliesOutput, TallyEntry } from '../types';

/** Which count was clicked; the entries behind it are those `selects` keeps. */
export type TallySelection =
  | { by: 'all' }
  | { by: 'kind'; kind: RecipientKind }
  | { by: 'form'; formCode: string }
  | { by: 'formKind'; formCode: string; kind: RecipientKind }
  | { by: 'level'; level: AuthorityLevel }
  | { by: 'subject'; subject: string }
  | { by: 'ward'; wardId: string };

/** The key the API counts subjects by: "programme:<recordId>", "period:Năm 2024". */
export const subjectKeyOf = (e: Pick<TallyEntry, 'subjectType' | 'subjectRef'>) => `${e.subjectType}:${e.subjectRef}`;

export function selects(s: TallySelection, e: TallyEntry): boolean {
  switch (s.by) {
    case 'all':
      return true;
    case 'kind':
      return e.recipientKind === s.kind;
    case 'form':
      return e.formCode === s.formCode;
    case 'formKind':
      return e.formCode === s.formCode && e.recipientKind === s.kind;
    case 'level':
      return e.level === s.level;
    case 'subject':
      return subjectKeyOf(e) === s.subject;
    case 'ward':
      return e.wardIds.includes(s.wardId);
  }
}

export type KindCounts = Record<RecipientKind, number>;
const noKinds = (): KindCounts => ({ collective: 0, individual: 0, household: 0 });

export interface FormKindRow {
  formCode: string;
  counts: KindCounts;
  total: number;
}

/**
 * The forms × recipient kinds table ("Giấy khen của Chủ tịch UBND quận/huyện: 12 tập thể, 10 cá
 * nhân"): one row per form given that year, in the catalogue's order (ward, district… as the
 * catalogue lists them), forms the catalogue no longer has last; and the totals per kind.
 */
export function formKindRows(t: Pick<TalliesOutput, 'byForm' | 'byFormAndRecipientKind'>, forms: readonly Pick<AwardFormOutput, 'code'>[]): { rows: FormKindRow[]; totals: KindCounts } {
  const rows = new Map<string, FormKindRow>();
  const totals = noKinds();
  for (const [key, count] of Object.entries(t.byFormAndRecipientKind)) {
    const [formCode = '', kind] = key.split('|');
    if (!recipientKinds.includes(kind as RecipientKind)) continue;
    const row = rows.get(formCode) ?? { formCode, counts: noKinds(), total: 0 };
    row.counts[kind as RecipientKind] += count;
    row.total += count;
    totals[kind as RecipientKind] += count;
    rows.set(formCode, row);
  }
  const order = new Map(forms.map((f, i) => [f.code, i]));
  const place = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return { rows: [...rows.values()].sort((a, b) => place(a.formCode) - place(b.formCode) || b.total - a.total || a.formCode.localeCompare(b.formCode)), totals };
}

/** A count per key with its name, the largest first, then by name in Vietnamese order. */
export function countRows(counts: Record<string, number>, nameOf: (key: string) => string): Array<{ key: string; name: string; count: number }> {
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, name: nameOf(key), count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

/** The levels in their order of authority, each with its count (none left out, so the table keeps its shape). */
export const levelRows = (byLevel: Record<string, number>) => authorityLevels.map((level) => ({ level, count: byLevel[level] ?? 0 }));

/**
 * What a list of entries holds, per form and kind, in the catalogue's order: the line above the
 * names ("Giấy khen của Chủ tịch UBND quận/huyện: 12 tập thể, 10 cá nhân").
 */
export function kindBreakdown(entries: readonly TallyEntry[], forms: readonly Pick<AwardFormOutput, 'code'>[]): FormKindRow[] {
  const byForm: Record<string, number> = {};
  const byFormAndRecipientKind: Record<string, number> = {};
  for (const e of entries) {
    byForm[e.formCode] = (byForm[e.formCode] ?? 0) + 1;
    const key = `${e.formCode}|${e.recipientKind}`;
    byFormAndRecipientKind[key] = (byFormAndRecipientKind[key] ?? 0) + 1;
  }
  return formKindRows({ byForm, byFormAndRecipientKind }, forms).rows;
}

/** "12 tập thể, 10 cá nhân": the kinds present, in the usual order. */
export function kindsPhrase(counts: KindCounts, phrase: (n: number, kind: RecipientKind) => string): string {
  return recipientKinds
    .filter((k) => counts[k] > 0)
    .map((k) => phrase(counts[k], k))
    .join(', ');
}
