import { allCriteria, type CatalogueContent, type Criterion, type StatusValue } from './catalogue.js';

/** What a ward reports, or the district verifies, for one criterion. */
export type CriterionValue = { status: StatusValue } | { points: number };

export interface Score {
  /** Status criteria met count 1 each; points criteria count their points. */
  value: number;
  max: number;
  /** Criteria with a value at all. */
  answered: number;
  /** Criteria fully met (status "met", or points at the maximum). */
  met: number;
  total: number;
}

/** The most a criterion can add to a score. */
export const criterionMax = (c: Criterion): number => (c.scoring.kind === 'points' ? c.scoring.max : 1);

/** What a value adds to a score: "met" is 1, anything less 0; points as given, capped at the maximum. */
export function criterionScore(c: Criterion, value: CriterionValue | undefined): number {
  if (!value) return 0;
  if (c.scoring.kind === 'points') return 'points' in value ? Math.min(Math.max(value.points, 0), c.scoring.max) : 0;
  return 'status' in value && value.status === 'met' ? 1 : 0;
}

export function isMet(c: Criterion, value: CriterionValue | undefined): boolean {
  return value !== undefined && criterionScore(c, value) === criterionMax(c);
}

/** Scores a set of values against a catalogue, e.g. 18/22 or 28/34. */
export function scoreOf(content: CatalogueContent, values: Record<string, CriterionValue | undefined>): Score {
  const criteria = allCriteria(content);
  let value = 0;
  let max = 0;
  let answered = 0;
  let met = 0;
  for (const c of criteria) {
    const v = values[c.code];
    max += criterionMax(c);
    value += criterionScore(c, v);
    if (v) answered++;
    if (isMet(c, v)) met++;
  }
  return { value: round(value), max: round(max), answered, met, total: criteria.length };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Checks a value fits its criterion's scoring; returns a Vietnamese message when it does not. */
export function valueProblem(c: Criterion, value: CriterionValue): string | undefined {
  if (c.scoring.kind === 'points') {
    if (!('points' in value)) return `Tiêu chí ${c.code} chấm bằng điểm (tối đa ${c.scoring.max})`;
    if (value.points < 0 || value.points > c.scoring.max) return `Điểm tiêu chí ${c.code} phải từ 0 đến ${c.scoring.max}`;
    return undefined;
  }
  return 'status' in value ? undefined : `Tiêu chí ${c.code} đánh giá theo mức Đạt / Cơ bản đạt / Chưa đạt`;
}
