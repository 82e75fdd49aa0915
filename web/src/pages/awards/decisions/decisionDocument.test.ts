import { describe, expect, it } from 'vitest';
import type { NominationOutput } from '../types';
import { achievementOf } from './decisionDocument';

const nomination = (id: string, subject: NominationOutput['fields']['achievement']['subject']) =>
  ({ nominationId: id, fields: { achievement: { summary: 'x', subject } } }) as unknown as NominationOutput;
const p09 = { type: 'programme' as const, refId: '01J0000000000000000000000P', label: '09/CTr-BCA-MTTW', fromYear: 2013, toYear: 2023 };

describe("the decision's document", () => {
  it('says what the awards are for when every line shares it, and leaves the default otherwise', () => {
    const all = [nomination('A', p09), nomination('B', p09), nomination('C', { type: 'period', label: 'Năm 2024', fromYear: 2024, toYear: 2024 })];
    expect(achievementOf(['A', 'B'], all)).toBe('đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013–2023');
    expect(achievementOf(['C'], all)).toBe('đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024');
    expect(achievementOf(['A', 'C'], all)).toBeUndefined();
    expect(achievementOf(['A', 'unknown'], all)).toBeUndefined();
  });
});
