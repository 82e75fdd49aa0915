import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citizenForumSchema, describeIssues, labelled, reviewConferenceSchema } from '../index.js';

const problems = (schema: z.ZodType, input: unknown) => describeIssues(schema.safeParse(input).error!);

describe('schema messages name the field in Vietnamese', () => {
  it('a missing place and a negative attendance, as a ward would send them', () => {
    const d = problems(citizenForumSchema, { wardId: '18880', date: '2023-05-10', attendance: -3 });
    expect(d.fieldErrors.place).toEqual(['Địa điểm: cần nhập']);
    expect(d.fieldErrors.attendance).toEqual(['Số người tham dự không được âm']);
    expect(d.summary).toBe('Địa điểm: cần nhập; Số người tham dự không được âm');
    expect(d.summary).not.toMatch(/mong đợi|Đầu vào|Quá nhỏ/);
  });

  it('dates, numbers, choices and list items', () => {
    const d = problems(reviewConferenceSchema, {
      kind: 'tong-ket',
      title: 'Tổng kết 15 năm',
      periodFromYear: 2007.5,
      periodToYear: 2022,
      subject: { type: 'movement' },
      date: '2022-15-08',
      participants: 'nhiều',
    });
    expect(d.fieldErrors.kind?.[0]).toMatch(/^Loại không hợp lệ \(chọn một trong: interim, final, festival\)$/);
    expect(d.fieldErrors.periodFromYear).toEqual(['Từ năm phải là số nguyên']);
    expect(d.fieldErrors.date).toEqual(['Ngày không hợp lệ (ngày theo định dạng yyyy-mm-dd)']);
    expect(d.fieldErrors.participants).toEqual(['Số người tham dự phải là số']);
    const opinions = problems(citizenForumSchema, { wardId: '18880', date: '2023-05-10', place: 'Nhà văn hóa', attendance: 10, opinions: [{ text: 'a', handling: 'pending' }, { text: 'b', handling: 'answered' }] });
    expect(opinions.summary).toBe('Cần ngày trả lời (ý kiến 2)');
  });

  it('a label given with the schema wins over the field name', () => {
    const schema = z.object({ year: labelled(z.number().int().min(1945), 'Năm tổng kết') });
    expect(problems(schema, { year: 1900 }).fieldErrors.year).toEqual(['Năm tổng kết phải từ 1945 trở lên']);
    expect(problems(schema, {}).fieldErrors.year).toEqual(['Năm tổng kết: cần nhập']);
  });
});
