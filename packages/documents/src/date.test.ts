import { describe, expect, it } from 'vitest';
import { vietnameseDate, vietnameseLongDate, vietnameseShortDate } from './date.js';

describe('Vietnamese dates (Nghị định 30/2020/NĐ-CP)', () => {
  it('pads days below 10 and the months January and February only', () => {
    expect(vietnameseDate('2023-01-05')).toBe('ngày 05 tháng 01 năm 2023');
    expect(vietnameseDate('2024-02-09')).toBe('ngày 09 tháng 02 năm 2024');
    expect(vietnameseDate('2019-08-28')).toBe('ngày 28 tháng 8 năm 2019');
    expect(vietnameseDate('2023-05-30')).toBe('ngày 30 tháng 5 năm 2023');
    expect(vietnameseDate('2022-12-01')).toBe('ngày 01 tháng 12 năm 2022');
    expect(vietnameseDate('2021-10-10')).toBe('ngày 10 tháng 10 năm 2021');
  });

  it('writes the place-and-date line', () => {
    expect(vietnameseLongDate('Kiến An', '2023-05-30')).toBe('Kiến An, ngày 30 tháng 5 năm 2023');
    expect(vietnameseLongDate(' Hải Phòng ', '2023-01-05')).toBe('Hải Phòng, ngày 05 tháng 01 năm 2023');
  });

  it('writes the short form with the same rule', () => {
    expect(vietnameseShortDate('2023-09-15')).toBe('15/9/2023');
    expect(vietnameseShortDate('2023-02-03')).toBe('03/02/2023');
  });

  it('refuses dates that are malformed or do not exist', () => {
    expect(() => vietnameseDate('30/05/2023')).toThrow(RangeError);
    expect(() => vietnameseDate('2023-02-30')).toThrow(RangeError);
    expect(() => vietnameseDate('2023-13-01')).toThrow(RangeError);
  });
});
