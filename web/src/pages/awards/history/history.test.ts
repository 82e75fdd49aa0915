import { describe, expect, it } from 'vitest';
import type { HistoryRecipient } from '../types';
import { historyRows, longestRun } from './history';

const award = (year: number, formCode = 'giay-khen-chu-tich-ubnd-huyen') => ({ year, formCode, outcomeId: `${year}-${formCode}`, decisionId: `D${year}` });
const recipient = (name: string, years: HistoryRecipient['years']): HistoryRecipient => ({ recipientKey: `collective:${name}`, recipientName: name, recipientKind: 'collective', years });

describe('award history over years', () => {
  it('measures the longest run of consecutive years', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([2019])).toBe(1);
    expect(longestRun([2015, 2016, 2018, 2019, 2020, 2023])).toBe(3);
  });

  it('groups a year given two forms, and orders by years awarded, then the run, then the name', () => {
    const rows = historyRows([
      recipient('Tổ dân phố 3', [award(2020), award(2022), award(2024)]),
      recipient('Công an phường Bắc Sơn', [award(2022), award(2023), award(2023, 'co-thi-dua-ubnd-tinh'), award(2024)]),
      recipient('Phường Đồng Hoà', [award(2023)]),
      recipient('Phường Bắc Hà', [award(2023)]),
    ]);
    expect(rows.map((r) => [r.recipientName, r.years.length, r.streak])).toEqual([
      ['Công an phường Bắc Sơn', 3, 3],
      ['Tổ dân phố 3', 3, 1],
      ['Phường Bắc Hà', 1, 1],
      ['Phường Đồng Hoà', 1, 1],
    ]);
    expect(rows[0]!.years[1]).toEqual({
      year: 2023,
      awards: [
        { formCode: 'giay-khen-chu-tich-ubnd-huyen', decisionId: 'D2023', outcomeId: '2023-giay-khen-chu-tich-ubnd-huyen' },
        { formCode: 'co-thi-dua-ubnd-tinh', decisionId: 'D2023', outcomeId: '2023-co-thi-dua-ubnd-tinh' },
      ],
    });
  });
});
