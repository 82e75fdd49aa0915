import { describe, expect, it } from 'vitest';
import type { TallyEntry } from '../types';
import { countRows, formKindRows, kindBreakdown, kindsPhrase, levelRows, selects } from './tallyTable';

const GK = 'giay-khen-chu-tich-ubnd-huyen';
const BK = 'bang-khen-chu-tich-ubnd-tinh';
const forms = [{ code: 'giay-khen-chu-tich-ubnd-xa' }, { code: GK }, { code: BK }];

const entry = (i: number, change: Partial<TallyEntry>): TallyEntry => ({
  outcomeId: `D-${i}`,
  decisionId: 'D',
  formCode: GK,
  level: 'district',
  recipientKind: 'collective',
  subjectType: 'programme',
  subjectRef: 'P09',
  wardIds: [],
  recipientKey: `collective:${i}`,
  recipientName: `Tập thể ${i}`,
  ...change,
});

// Quận Kiến An, 30/5/2023: 12 collectives and 10 individuals given the district's Giấy khen for programme 09.
const programme09 = [
  ...Array.from({ length: 12 }, (_, i) => entry(i, {})),
  ...Array.from({ length: 10 }, (_, i) => entry(100 + i, { recipientKind: 'individual' })),
];

describe('the forms × kinds table', () => {
  it('puts "12 tập thể, 10 cá nhân" on the Giấy khen row, in the catalogue order, with totals per kind', () => {
    const { rows, totals } = formKindRows(
      { byForm: { [GK]: 22, [BK]: 1, 'retired-form': 2 }, byFormAndRecipientKind: { [`${GK}|collective`]: 12, [`${GK}|individual`]: 10, [`${BK}|household`]: 1, 'retired-form|collective': 2 } },
      forms,
    );
    expect(rows.map((r) => r.formCode)).toEqual([GK, BK, 'retired-form']);
    expect(rows[0]).toEqual({ formCode: GK, counts: { collective: 12, individual: 10, household: 0 }, total: 22 });
    expect(totals).toEqual({ collective: 14, individual: 10, household: 1 });
  });

  it('says what a list of entries adds up to, per form', () => {
    const breakdown = kindBreakdown([...programme09, entry(200, { formCode: BK, recipientKind: 'household' })], forms);
    expect(breakdown.map((r) => [r.formCode, kindsPhrase(r.counts, (n, k) => `${n} ${k}`)])).toEqual([
      [GK, '12 collective, 10 individual'],
      [BK, '1 household'],
    ]);
  });
});

describe('the entries behind a count', () => {
  const all = [...programme09, entry(300, { subjectType: 'period', subjectRef: 'Năm 2023', wardIds: ['11449'], level: 'ward', formCode: 'giay-khen-chu-tich-ubnd-xa' })];
  it('are those of the clicked cell, subject, level or ward', () => {
    expect(all.filter((e) => selects({ by: 'formKind', formCode: GK, kind: 'individual' }, e))).toHaveLength(10);
    expect(all.filter((e) => selects({ by: 'subject', subject: 'programme:P09' }, e))).toHaveLength(22);
    expect(all.filter((e) => selects({ by: 'subject', subject: 'period:Năm 2023' }, e)).map((e) => e.outcomeId)).toEqual(['D-300']);
    expect(all.filter((e) => selects({ by: 'ward', wardId: '11449' }, e))).toHaveLength(1);
    expect(all.filter((e) => selects({ by: 'level', level: 'district' }, e))).toHaveLength(22);
    expect(all.filter((e) => selects({ by: 'all' }, e))).toHaveLength(23);
  });
});

describe('counts by one dimension', () => {
  it('list the largest first, then by name in Vietnamese order, leaving out zeros', () => {
    const names: Record<string, string> = { a: 'Phường Đồng Hoà', b: 'Phường Bắc Sơn', c: 'Phường Văn Đẩu', d: 'Phường Bắc Hà' };
    expect(countRows({ a: 2, b: 2, c: 5, d: 0 }, (k) => names[k]!).map((r) => r.name)).toEqual(['Phường Văn Đẩu', 'Phường Bắc Sơn', 'Phường Đồng Hoà']);
  });

  it('keep every level, in the order of authority', () => {
    expect(levelRows({ district: 22, ministry: 1 })).toEqual([
      { level: 'ward', count: 0 },
      { level: 'district', count: 22 },
      { level: 'province', count: 0 },
      { level: 'ministry', count: 1 },
      { level: 'government', count: 0 },
    ]);
  });
});
