import { citizenForumSchema, describeIssues, fieldLabels } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { englishLabels, localizeFieldErrors, localizeFieldMessage } from './fieldMessages';

describe('schema messages in the console’s language', () => {
  it('has an English label for every label the schemas name fields by', () => {
    const missing = [...new Set(Object.values(fieldLabels))].filter((l) => !englishLabels[l]);
    expect(missing).toEqual([]);
  });

  it('puts the known sentences in English, with the label translated and the dd/mm/yyyy hint', () => {
    expect(localizeFieldMessage('Ngày trả lời: cần nhập', 'en')).toBe('Answered on: required');
    expect(localizeFieldMessage('Ngày bắt đầu không hợp lệ (ngày theo định dạng yyyy-mm-dd)', 'en')).toBe('Start date: not a valid date (type it as dd/mm/yyyy)');
    expect(localizeFieldMessage('Tên mô hình không được để trống', 'en')).toBe('Model name must not be empty');
    expect(localizeFieldMessage('Địa điểm dài quá 300 ký tự', 'en')).toBe('Venue is longer than 300 characters');
    expect(localizeFieldMessage('Số người tham dự không được âm', 'en')).toBe('Attendance must not be negative');
    expect(localizeFieldMessage('Năm sinh phải từ 1900 trở lên', 'en')).toBe('Year of birth must be 1900 or more');
    expect(localizeFieldMessage('Kinh phí phải là số', 'en')).toBe('Budget must be a number');
    expect(localizeFieldMessage('Trường “foo” không hợp lệ', 'en')).toBe('Field “foo” is not valid');
    expect(localizeFieldMessage('Ý kiến: cần ít nhất một mục', 'en')).toBe('Opinions: at least one is needed');
  });

  it('keeps Vietnamese in Vietnamese, but asks for dates the way the console’s fields take them', () => {
    expect(localizeFieldMessage('Ngày trả lời: cần nhập', 'vi')).toBe('Ngày trả lời: cần nhập');
    expect(localizeFieldMessage('Ngày bắt đầu không hợp lệ (ngày theo định dạng yyyy-mm-dd)', 'vi')).toBe('Ngày bắt đầu không hợp lệ (nhập ngày theo dạng dd/mm/yyyy)');
  });

  it('leaves a rule’s own sentence as it is', () => {
    expect(localizeFieldMessage('Cần ghi lý do điều chỉnh', 'en')).toBe('Cần ghi lý do điều chỉnh');
  });

  it('translates what a real schema reports', () => {
    const parsed = citizenForumSchema.safeParse({ date: '31/12/2023' });
    expect(parsed.success).toBe(false);
    const errors = localizeFieldErrors(describeIssues(parsed.error!).fieldErrors, 'en');
    expect(Object.values(errors).flat().some((m) => /[ạảãàáâậầấẩẫăắằặẳẵ]/.test(m) && !/“/.test(m))).toBe(false);
    expect(errors.date).toEqual(['Date: not a valid date (type it as dd/mm/yyyy)']);
  });
});
