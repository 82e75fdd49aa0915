import type { Criterion } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { assessmentDiff } from './assessmentDiff';

const criterion = (code: string): Criterion => ({ code, text: `Tiêu chí ${code}`, scoring: { kind: 'status' } }) as unknown as Criterion;
const criteria = ['1.1', '1.2', '2.1', '2.2'].map(criterion);

describe('assessmentDiff', () => {
  it('lists the criteria whose result or evidence changed, in catalogue order', () => {
    const before = [
      { criterionCode: '2.1', value: { status: 'not_met' as const }, evidence: 'Chưa có' },
      { criterionCode: '1.1', value: { status: 'met' as const }, evidence: 'Nghị quyết 15-NQ/ĐU' },
      { criterionCode: '1.2', value: { status: 'met' as const } },
    ];
    const after = [
      { criterionCode: '1.1', value: { status: 'met' as const }, evidence: 'Nghị quyết 15-NQ/ĐU ' },
      { criterionCode: '1.2', value: { status: 'met' as const }, evidence: 'Quyết định 20/QĐ-UBND' },
      { criterionCode: '2.1', value: { status: 'met' as const }, evidence: 'Chưa có' },
      { criterionCode: '2.2', value: { status: 'largely_met' as const } },
    ];
    const diff = assessmentDiff(before, after, criteria);
    expect(diff.map((d) => [d.code, d.valueChanged, d.evidenceChanged])).toEqual([
      ['1.2', false, true],
      ['2.1', true, false],
      ['2.2', true, false],
    ]);
    expect(diff[2]).toMatchObject({ after: { value: { status: 'largely_met' } } });
    expect(diff[2]!.before).toBeUndefined();
  });

  it('finds nothing between identical submissions', () => {
    const entries = [{ criterionCode: '1.1', value: { points: 7 } }];
    expect(assessmentDiff(entries, entries, criteria)).toEqual([]);
  });
});
