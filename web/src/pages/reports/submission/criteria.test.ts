import { describe, expect, it } from 'vitest';
import { criterionIndex, resultText } from './criteria';

describe('criterionIndex', () => {
  const index = criterionIndex([
    { code: '1.2', text: 'Ban Chỉ đạo có chương trình công tác' },
    { code: '1.10', text: 'Tổ dân phố an toàn' },
    { code: '2.1', text: 'Nắm tình hình' },
  ]);

  it('names a criterion by its code', () => {
    expect(index.textOf('1.10')).toBe('Tổ dân phố an toàn');
    expect(index.textOf('9.9')).toBeUndefined();
  });

  it('puts entries in catalogue order, unknown codes last in code order', () => {
    const entry = (criterionCode: string) => ({ criterionCode, value: { status: 'met' as const } });
    expect(index.sort(['9.10', '2.1', '9.2', '1.10', '1.2'].map(entry)).map((e) => e.criterionCode)).toEqual(['1.2', '1.10', '2.1', '9.2', '9.10']);
  });
});

describe('resultText', () => {
  it('says a status in words and points with their unit', () => {
    const status = { met: 'Đạt', largely_met: 'Cơ bản đạt', not_met: 'Chưa đạt' };
    const points = (n: number) => `${n} điểm`;
    expect(resultText({ status: 'largely_met' }, status, points)).toBe('Cơ bản đạt');
    expect(resultText({ points: 7 }, status, points)).toBe('7 điểm');
  });
});
