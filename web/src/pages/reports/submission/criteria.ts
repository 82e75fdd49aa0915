import type { AssessmentEntry, CriterionValue } from '@antq/domain';

const byCode = new Intl.Collator('vi', { numeric: true });

/** The campaign's criteria by code: each one's text, and its place in the catalogue. */
export function criterionIndex(criteria: ReadonlyArray<{ code: string; text: string }>) {
  const place = new Map(criteria.map((c, i) => [c.code, { i, text: c.text }]));
  return {
    textOf: (code: string): string | undefined => place.get(code)?.text,
    /**
     * Entries in catalogue order, as the ward filled them in; an entry for a code the catalogue
     * does not list (the campaign's catalogue changed since) goes last, in code order.
     */
    sort: (entries: readonly AssessmentEntry[]): AssessmentEntry[] =>
      [...entries].sort(
        (a, b) =>
          (place.get(a.criterionCode)?.i ?? Number.MAX_SAFE_INTEGER) - (place.get(b.criterionCode)?.i ?? Number.MAX_SAFE_INTEGER) ||
          byCode.compare(a.criterionCode, b.criterionCode),
      ),
  };
}

/** A result in words: "Đạt", "Cơ bản đạt", "7 điểm" (the report has no maximum to put after it). */
export const resultText = (value: CriterionValue, status: Record<string, string>, points: (n: number) => string): string =>
  'status' in value ? (status[value.status] ?? value.status) : points(value.points);
