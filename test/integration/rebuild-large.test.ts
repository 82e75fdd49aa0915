import { keys, putItem, toItem } from '@antq/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { unusedId } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

/**
 * A rebuild rewrites one contribution per record of a year in the district-year item: 1,000
 * records are more than one update expression can name (DynamoDB stops at 4 KB), so it takes
 * several updates, and the figures come out right.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('rebuilding the movement figures of a year with 1,000 records', () => {
  it('works, and the figures equal the records', async () => {
    const repo = api.data.forTenant('450');
    const now = new Date().toISOString();
    const records = Array.from({ length: 1000 }, (_, i) => {
      const recordId = unusedId();
      const date = `2024-0${(i % 9) + 1}-15`;
      return toItem(keys.movementRecord('450', 'forum', recordId), 'Movement:forum', {
        recordId,
        type: 'forum',
        wardId: '18880',
        date,
        fields: { wardId: '18880', title: `Đối thoại ${i + 1}`, date, place: 'Nhà văn hóa', attendance: 30, opinions: [{ text: 'Ý kiến', handling: 'accepted', acceptedOn: date, remediedOn: date }] },
        version: 1,
        createdAt: now,
        createdBy: 'phuong.ducninhdong',
        updatedAt: now,
        updatedBy: 'phuong.ducninhdong',
      });
    });
    // Written as paper records are back-filled: straight into the table, without their figures.
    for (let start = 0; start < records.length; start += 90) {
      await repo.commit(records.slice(start, start + 90).map((r) => putItem(repo.tableName, r)), { tenantId: '450', actor: { sub: 'test', username: 'test' }, action: 'test.backfill', entityType: 'Movement:forum', entityId: String(start) });
    }
    expect((await api.callerAs('dieuphoi.donghoi').records.summary({ year: 2024 })).totals.forums).toBe(0);

    await api.callerAs('dieuphoi.donghoi').records.rebuildSummaries();
    const figures = await api.callerAs('dieuphoi.donghoi').records.summary({ year: 2024 });
    expect(figures.totals).toMatchObject({ forums: 1000, opinionsReceived: 1000, opinionsResolved: 1000 });
    expect(figures.wards['18880']).toMatchObject({ forums: 1000 });
  });
});
