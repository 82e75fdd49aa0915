import { keys } from '@antq/db';
import { createLogger, migrateDerivedItems } from '@antq/api/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// Data from before the district-year item: the migration rebuilds every district's derived items
// once from its source data, and then never again.
let api: TestApi;
const YEAR = Number(day(0).slice(0, 4));

beforeAll(async () => {
  api = await createTestApi();
});

describe('migrating derived items', () => {
  it("rebuilds a district's year item from its records and decisions once, and leaves it alone afterwards", async () => {
    const kienAn = api.callerAs('dieuphoi.kienan');
    await kienAn.records.forums.save({
      fields: { wardId: '11434', title: 'Diễn đàn', date: day(-1), place: 'Nhà văn hóa', attendance: 80, opinions: [{ text: 'Đèn đường', handling: 'answered', answeredOn: day(0) }] },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    const before = await kienAn.reports.district({ year: YEAR });
    expect(before.row.forums).toBe(1);
    // As an older version left it: no district-year item.
    const platform = api.data.platform();
    await platform.commit([{ Delete: { TableName: platform.tableName, Key: keys.districtYear('307', YEAR) } }], { actor: { sub: 't', username: 't' }, action: 'test.forget', entityType: 'Test', entityId: 'x' });
    expect((await kienAn.reports.district({ year: YEAR })).row.forums).toBe(0);

    expect(await migrateDerivedItems(api.data, createLogger('silent'))).toBeGreaterThan(0);
    expect((await kienAn.reports.district({ year: YEAR })).row).toEqual(before.row);
    expect(await migrateDerivedItems(api.data, createLogger('silent'))).toBe(0);
  });
});
