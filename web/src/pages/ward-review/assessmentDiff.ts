import type { AssessmentEntry, Criterion, CriterionValue } from '@antq/domain';

export interface CriterionChange {
  code: string;
  before?: { value: CriterionValue; evidence?: string };
  after?: { value: CriterionValue; evidence?: string };
  valueChanged: boolean;
  evidenceChanged: boolean;
}

const sameValue = (a: CriterionValue | undefined, b: CriterionValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const evidenceOf = (e: AssessmentEntry | undefined) => (e?.evidence ?? '').trim();

/** The criteria whose result or evidence note differs between two submissions, in catalogue order. */
export function assessmentDiff(before: readonly AssessmentEntry[], after: readonly AssessmentEntry[], criteria: readonly Criterion[]): CriterionChange[] {
  const was = new Map(before.map((e) => [e.criterionCode, e]));
  const now = new Map(after.map((e) => [e.criterionCode, e]));
  return criteria.flatMap((c) => {
    const a = was.get(c.code);
    const b = now.get(c.code);
    const valueChanged = !sameValue(a?.value, b?.value);
    const evidenceChanged = evidenceOf(a) !== evidenceOf(b);
    if (!valueChanged && !evidenceChanged) return [];
    const side = (e: AssessmentEntry | undefined) => e && { value: e.value, ...(e.evidence?.trim() && { evidence: e.evidence.trim() }) };
    return [{ code: c.code, ...(a && { before: side(a) }), ...(b && { after: side(b) }), valueChanged, evidenceChanged }];
  });
}
