import type { Criterion } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { evidenceWithoutValue, toAnswers, toEntries, valueLabel } from './values';

const criteria: Criterion[] = [
  { code: '1.1', text: 'A', scoring: { kind: 'status' } },
  { code: '1.2', text: 'B', scoring: { kind: 'points', max: 10 } },
  { code: '2.1', text: 'C', scoring: { kind: 'status' } },
];

describe('self-assessment answers', () => {
  it('sends answered criteria in catalogue order, with evidence when typed', () => {
    const answers = toAnswers([
      { criterionCode: '1.2', value: { points: 7.5 } },
      { criterionCode: '1.1', value: { status: 'met' }, evidence: 'Nghị quyết 15-NQ/ĐU' },
    ]);
    answers['2.1'] = { evidence: ' ' };
    expect(toEntries(answers, criteria)).toEqual([
      { criterionCode: '1.1', value: { status: 'met' }, evidence: 'Nghị quyết 15-NQ/ĐU' },
      { criterionCode: '1.2', value: { points: 7.5 } },
    ]);
  });

  it('points out evidence typed for a criterion without a result', () => {
    expect(evidenceWithoutValue({ '2.1': { evidence: 'Biên bản' } }, criteria)).toEqual(['2.1']);
  });

  it('names values in the console language', () => {
    expect(valueLabel({ status: 'largely_met' }, criteria[0]!, vi)).toBe('Cơ bản đạt');
    expect(valueLabel({ points: 7.5 }, criteria[1]!, vi)).toBe('7,5/10 điểm');
    expect(valueLabel(undefined, criteria[1]!, en)).toBe('Not scored');
  });
});
