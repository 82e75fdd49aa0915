import type { AssessmentEntry, Criterion, CriterionValue } from '@antq/domain';
import { formatNumber } from '../../format';
import type { Messages } from '../../i18n';

/** A criterion's result in words: "Đạt", "Cơ bản đạt", "7/10 điểm". */
export function valueLabel(value: CriterionValue | undefined, criterion: Criterion, t: Messages): string {
  if (!value) return t.assessment.notAnswered;
  if ('status' in value) return t.status.value[value.status];
  const max = criterion.scoring.kind === 'points' ? criterion.scoring.max : 1;
  return t.assessment.pointsValue(value.points, max);
}

export const shortValue = (value: CriterionValue): string => ('status' in value ? value.status : formatNumber(value.points));

/** One criterion while a ward officer fills it in. */
export interface Answer {
  value?: CriterionValue;
  evidence: string;
}
export type Answers = Record<string, Answer>;

export function toAnswers(entries: readonly AssessmentEntry[]): Answers {
  return Object.fromEntries(entries.map((e) => [e.criterionCode, { value: e.value, evidence: e.evidence ?? '' }]));
}

/** The entries to send, in catalogue order: answered criteria only (a value is what an entry is). */
export function toEntries(answers: Answers, criteria: readonly Criterion[]): AssessmentEntry[] {
  return criteria.flatMap((c) => {
    const a = answers[c.code];
    if (!a?.value) return [];
    return [{ criterionCode: c.code, value: a.value, ...(a.evidence.trim() && { evidence: a.evidence }) }];
  });
}

/** Criteria with evidence typed but no result: saving would lose the evidence, so they are pointed out. */
export function evidenceWithoutValue(answers: Answers, criteria: readonly Criterion[]): string[] {
  return criteria.filter((c) => !answers[c.code]?.value && (answers[c.code]?.evidence ?? '').trim() !== '').map((c) => c.code);
}

export function valuesOf(answers: Answers): Record<string, CriterionValue | undefined> {
  return Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a.value]));
}
