import { describe, expect, it } from 'vitest';
import { parseDateInput, toDateInput } from './dateInput';
import { foldVietnamese, formatDate, formatDateTime, formatNumber, formatScore, formatVnd, matchesSearch, vietnamToday } from './index';

describe('formatDate', () => {
  it('shows calendar dates as dd/mm/yyyy without moving them across time zones', () => {
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
  });

  it('shows instants on the Vietnamese calendar day', () => {
    // 17:30 UTC on 21 April is already 22 April in Hà Nội.
    expect(formatDate('2023-04-21T17:30:00.000Z')).toBe('22/04/2023');
    expect(formatDate(new Date('2023-04-21T03:00:00.000Z'))).toBe('21/04/2023');
  });

  it('answers a dash for a missing or unreadable date', () => {
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });
});

describe('formatNumber', () => {
  it('uses Vietnamese separators', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(7)).toBe('7');
    expect(formatNumber(undefined)).toBe('—');
  });
});

describe('Vietnamese search', () => {
  it('ignores case, tone marks and the stroke of đ', () => {
    expect(foldVietnamese('Phường Đức Ninh Đông')).toBe('phuong duc ninh dong');
    expect(matchesSearch('Phường Đồng Hoà', 'dong hoa')).toBe(true);
    expect(matchesSearch('Phường Đồng Hoà', 'ĐỒNG')).toBe(true);
    expect(matchesSearch('Phường Bắc Sơn', 'nam')).toBe(false);
    expect(matchesSearch('Phường Bắc Sơn', '  ')).toBe(true);
  });

  it('finds names whatever the Unicode composition of the query', () => {
    expect(matchesSearch('Phường Văn Đẩu', 'Va\u0306n')).toBe(true);
  });
});

describe('formatDateTime, vietnamToday', () => {
  it('shows instants in Việt Nam time', () => {
    expect(formatDateTime('2023-04-21T17:30:00.000Z')).toBe('22/04/2023 00:30');
    expect(formatDateTime(undefined)).toBe('—');
    expect(vietnamToday(new Date('2023-04-21T17:30:00.000Z'))).toBe('2023-04-22');
  });
});

describe('formatVnd, formatScore', () => {
  it('uses Vietnamese separators', () => {
    expect(formatVnd(150000000)).toBe('150.000.000 đồng');
    expect(formatVnd(undefined)).toBe('—');
    expect(formatScore(18, 22)).toBe('18/22');
    expect(formatScore(7.5, 10)).toBe('7,5/10');
  });
});

describe('dates typed in forms', () => {
  it('reads dd/mm/yyyy and its usual variants, and ISO', () => {
    expect(parseDateInput('21/04/2023')).toBe('2023-04-21');
    expect(parseDateInput('21/4/2023')).toBe('2023-04-21');
    expect(parseDateInput('21-04-2023')).toBe('2023-04-21');
    expect(parseDateInput('21.04.2023')).toBe('2023-04-21');
    expect(parseDateInput('21042023')).toBe('2023-04-21');
    expect(parseDateInput('2023-04-21')).toBe('2023-04-21');
    expect(parseDateInput('  ')).toBe('');
  });

  it('refuses what is not a calendar date', () => {
    expect(parseDateInput('31/02/2023')).toBeUndefined();
    expect(parseDateInput('04/21/2023')).toBeUndefined();
    expect(parseDateInput('hôm qua')).toBeUndefined();
  });

  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(toDateInput('2023-04-21')).toBe('21/04/2023');
    expect(toDateInput('')).toBe('');
  });
});

describe('numberInProse', () => {
  it('keeps a number verbatim once, without a typed "Số:" in front', async () => {
    const { numberInProse } = await import('./index');
    expect(numberInProse('Số: 318/QĐ-UBND')).toBe('318/QĐ-UBND');
    expect(numberInProse('số 45/KH-UBND')).toBe('45/KH-UBND');
    expect(numberInProse('15-NQ/ĐU')).toBe('15-NQ/ĐU');
    expect(numberInProse('09/CTr-BCA-MTTW')).toBe('09/CTr-BCA-MTTW');
  });
});
