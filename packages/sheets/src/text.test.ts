import { describe, expect, it } from 'vitest';
import { foldLabel, parseNumber, parseStatus } from './text.js';

describe('labels typed by people', () => {
  it('reads the three levels with or without diacritics, in any case', () => {
    for (const label of ['Đạt', 'đạt', 'dat', 'DAT', ' Đạt. ', 'Đã đạt']) expect(parseStatus(label)).toBe('met');
    for (const label of ['Cơ bản đạt', 'co ban dat', 'CƠ BẢN ĐẠT', 'Co  ban  dat']) expect(parseStatus(label)).toBe('largely_met');
    for (const label of ['Chưa đạt', 'chua dat', 'Không đạt', 'khong dat']) expect(parseStatus(label)).toBe('not_met');
    for (const label of ['', 'x', 'đạt 80%', '10']) expect(parseStatus(label)).toBeUndefined();
  });

  it('folds decomposed (NFD) input, as some Mac keyboards produce it', () => {
    expect(foldLabel('Cơ bản đạt'.normalize('NFD'))).toBe('co ban dat');
    expect(foldLabel('Nhóm (mã)')).toBe('nhom ma');
  });

  it('reads points with a decimal comma or point and an optional unit', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber(' 10 điểm')).toBe(10);
    expect(parseNumber('-1')).toBe(-1);
    for (const text of ['', 'mười', '1.000.000', '5/10']) expect(parseNumber(text)).toBeUndefined();
  });
});
