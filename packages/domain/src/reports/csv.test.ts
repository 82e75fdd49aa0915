import { describe, expect, it } from 'vitest';
import { districtYearFigures } from './district-year.js';
import { reportCsv, reportRow } from './rows.js';

describe('the report CSV', () => {
  it('keeps a cell that would run as a formula in Excel as text, and leaves numbers and ordinary names alone', () => {
    const rows = ['=HYPERLINK("http://x","bấm")', '+1+1', '-2', '@SUM(A1)', 'Phường Đông Sơn'].map((name, i) =>
      reportRow({ code: `1000${i}`, name, wards: 3 }, districtYearFigures(0, undefined)),
    );
    const lines = reportCsv(rows).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toMatch(/^10000,"'=HYPERLINK\(""http:\/\/x"",""bấm""\)",3,/);
    expect(lines.slice(2, 6).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      "10001,'+1+1,3",
      "10002,'-2,3",
      "10003,'@SUM(A1),3",
      '10004,Phường Đông Sơn,3',
    ]);
  });
});
