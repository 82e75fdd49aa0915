const byCode = new Intl.Collator('vi', { numeric: true });

/**
 * The grid's columns: every criterion of the campaign in catalogue order (so a criterion no ward
 * has a result for still shows, as blanks). A report item written before campaigns listed their
 * criteria has none: then the codes some ward has a result for, in code order, without groups.
 */
export function gridColumns(
  criteria: ReadonlyArray<{ code: string; groupCode: string }>,
  grid: Record<string, Record<string, boolean>>,
): Array<{ code: string; groupCode?: string }> {
  if (criteria.length > 0) return [...criteria];
  const codes = new Set(Object.values(grid).flatMap((w) => Object.keys(w)));
  return [...codes].sort(byCode.compare).map((code) => ({ code }));
}
