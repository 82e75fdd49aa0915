import { keys, ScopeViolationError } from '@antq/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const DUC_NINH_DONG = '18880'; // Thành phố Đồng Hới (450)

describe('a coordinator', () => {
  it("sees their district's wards from the catalogue, sorted the Vietnamese way", async () => {
    const wards = await api.callerAs('dieuphoi.kienan').wards.list();
    expect(wards.map((w) => w.name)).toEqual([
      'Phường Bắc Hà',
      'Phường Bắc Sơn',
      'Phường Đồng Hoà',
      'Phường Nam Sơn',
      'Phường Ngọc Sơn',
      'Phường Trần Thành Ngọ',
      'Phường Văn Đẩu',
    ]);
    expect(new Set(wards.map((w) => w.tenantId))).toEqual(new Set(['307']));
  });

  it("gets nothing when asking for another district's ward", async () => {
    await expect(api.callerAs('dieuphoi.kienan').wards.get({ wardId: DUC_NINH_DONG })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cannot steer the tenant through the input: extra fields are ignored, the token decides', async () => {
    const token = await api.tokenFor('dieuphoi.kienan');
    const input = encodeURIComponent(JSON.stringify({ tenantId: '450', districtCode: '450' }));
    const res = await api.app.request(`/trpc/wards.list?input=${input}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { result: { data: Array<{ tenantId: string }> } };
    expect(body.result.data.length).toBe(7);
    expect(body.result.data.every((w) => w.tenantId === '307')).toBe(true);
  });

  it("sees their own tenant only", async () => {
    expect((await api.callerAs('dieuphoi.donghoi').tenants.current()).name).toBe('Thành Phố Đồng Hới');
  });
});

describe('a ward officer', () => {
  it('sees only their own ward', async () => {
    const wards = await api.callerAs('phuong.ducninhdong').wards.list();
    expect(wards).toHaveLength(1);
    expect(wards[0]).toMatchObject({ wardId: DUC_NINH_DONG, name: 'Phường Đức Ninh Đông' });
  });

  it('is refused another ward of the same district', async () => {
    const other = (await api.callerAs('dieuphoi.donghoi').wards.list()).find((w) => w.wardId !== DUC_NINH_DONG)!;
    await expect(api.callerAs('phuong.ducninhdong').wards.get({ wardId: other.wardId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bạn chỉ được xem và cập nhật dữ liệu của phường/xã mình.',
    });
  });

  it('cannot use operator or provincial procedures', async () => {
    await expect(api.callerAs('phuong.ducninhdong').tenants.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.callerAs('phuong.ducninhdong').provinces.districts()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('provincial staff', () => {
  it("see the province's onboarded districts and no other province's", async () => {
    const { provinceId, districts } = await api.callerAs('tinh.haiphong').provinces.districts();
    expect(provinceId).toBe('31');
    expect(districts.map((d) => d.name)).toEqual(['Quận Hồng Bàng', 'Quận Kiến An']);
  });

  it('are not a tenant: tenant procedures refuse them', async () => {
    await expect(api.callerAs('tinh.haiphong').wards.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the tenant-scoped repository (against DynamoDB Local)', () => {
  it('refuses keys outside its tenant before sending anything', async () => {
    const kienAn = api.data.forTenant('307');
    await expect(kienAn.get(keys.tenant('450'))).rejects.toBeInstanceOf(ScopeViolationError);
    await expect(kienAn.query({ pk: 'D#3070' })).rejects.toBeInstanceOf(ScopeViolationError);
    await expect(kienAn.batchGet([keys.tenant('307'), keys.tenant('450')])).rejects.toBeInstanceOf(ScopeViolationError);
    expect(await kienAn.get(keys.tenant('307'))).toMatchObject({ name: 'Quận Kiến An' });
  });

  it('province repositories are read-only', async () => {
    const haiPhong = api.data.forProvince('31', ['307']);
    await expect(
      haiPhong.commit([], { tenantId: '307', actor: { sub: 's', username: 'u' }, action: 'x', entityType: 'X', entityId: '1' }),
    ).rejects.toBeInstanceOf(ScopeViolationError);
  });
});
