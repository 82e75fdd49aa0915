import type { MovementModelFields } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// `records.models.list` with a year lists the models active at any time in that year — the models
// the figures count as "Mô hình đang hoạt động" of that year — not only those founded in it.
let api: TestApi;
const donghoi = () => api.callerAs('dieuphoi.donghoi');
const ducNinhDong = () => api.callerAs('phuong.ducninhdong');
const DUC_NINH_DONG = '18880';
const HAI_THANH = '18853';

const model = (name: string, startDate: string, more: Partial<MovementModelFields> = {}): MovementModelFields => ({
  name,
  kind: 'self_management',
  hostWardId: DUC_NINH_DONG,
  startDate,
  status: 'active',
  ...more,
});

const namesIn = async (year: number, wardId?: string) =>
  (await donghoi().records.models.list({ year, ...(wardId && { wardId }) })).map((m) => m.fields.name).sort((a, b) => a.localeCompare(b, 'vi'));

beforeAll(async () => {
  api = await createTestApi();
  const save = (fields: MovementModelFields) => donghoi().records.models.save({ fields, expectedVersion: 0, idempotencyKey: key() });
  await save(model('Tổ tự quản an ninh trật tự khu phố 1', '2008-03-15'));
  await save(model('Cổng trường an toàn', '2016-09-01'));
  await save(model('Camera an ninh khu dân cư', '2022-02-10'));
  await save(model('Tổ hòa giải cơ sở', '2012-01-01', { status: 'ended', endDate: '2019-06-30' }));
  await save(model('Dòng họ tự quản', '2014-05-01', { status: 'suspended', endDate: '2020-12-31' }));
  await save(model('Khu dân cư an toàn Hải Thành', '2010-01-01', { hostWardId: HAI_THANH }));
});

describe('models listed by year: those active at any time in it', () => {
  it('2022 lists the models of 2008 and 2016 still active, not the one ended in 2019 nor the one suspended since 2020', async () => {
    expect(await namesIn(2022, DUC_NINH_DONG)).toEqual(['Camera an ninh khu dân cư', 'Cổng trường an toàn', 'Tổ tự quản an ninh trật tự khu phố 1']);
    expect(await namesIn(2020, DUC_NINH_DONG)).toEqual(['Cổng trường an toàn', 'Dòng họ tự quản', 'Tổ tự quản an ninh trật tự khu phố 1']);
    // Ended on 30/06/2019: active in part of 2019, so listed in 2019.
    expect(await namesIn(2019, DUC_NINH_DONG)).toContain('Tổ hòa giải cơ sở');
    expect(await namesIn(2007, DUC_NINH_DONG)).toEqual([]);
  });

  it('agrees with the figures: as many models listed as "Mô hình đang hoạt động" counts, for every year', async () => {
    for (const year of [2008, 2012, 2016, 2019, 2020, 2021, 2022, Number(day(0).slice(0, 4))]) {
      const figures = await donghoi().records.summary({ year });
      expect((await donghoi().records.models.list({ year })).length, `year ${year}`).toBe(figures.totals.activeModels);
      expect((await donghoi().records.models.list({ year, wardId: DUC_NINH_DONG })).length, `year ${year}`).toBe(figures.wards[DUC_NINH_DONG]?.activeModels ?? 0);
    }
  });

  it('a ward officer gets the same list for their own ward only; without a year every model is listed', async () => {
    const own = (await ducNinhDong().records.models.list({ year: 2022 })).map((m) => m.fields.name);
    expect(own).toHaveLength(3);
    expect(own).not.toContain('Khu dân cư an toàn Hải Thành');
    expect(await namesIn(2022)).toContain('Khu dân cư an toàn Hải Thành');
    expect(await donghoi().records.models.list({})).toHaveLength(6);
  });
});
