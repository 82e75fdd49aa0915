import { keys, onboardTenant, partitions } from '@antq/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const auditCount = async (tenantId: string) =>
  (await api.data.platform().query({ pk: partitions.auditOf(tenantId) })).length;

describe('onboarding a district (operator)', () => {
  it('creates the tenant, all its wards from the catalogue, the registries and one audit entry', async () => {
    const result = await api.callerAs('vanhanh').tenants.onboard({ districtCode: '462' });
    expect(result.created).toBe(true);
    expect(result.tenant).toMatchObject({ tenantId: '462', name: 'Thị xã Quảng Trị', provinceId: '45', provinceName: 'Tỉnh Quảng Trị', wardCount: 5 });

    const platform = api.data.platform();
    const wards = await platform.query<{ wardId: string; name: string }>({ pk: 'D#462', skBeginsWith: 'WARD#' });
    expect(wards).toHaveLength(5);
    expect(wards.find((w) => w.wardId === '19357')?.name).toBe('Phường 1');
    expect(await platform.get(keys.provinceTenant('45', '462'))).toBeDefined();
    expect(await platform.get(keys.platformTenant('462'))).toBeDefined();
    const audits = await platform.query<{ action: string; actor: { username: string } }>({ pk: partitions.auditOf('462') });
    expect(audits.map((a) => a.action)).toEqual(['tenant.onboard.wards', 'tenant.onboard']);
    expect(audits[1]).toMatchObject({ action: 'tenant.onboard', actor: { username: 'vanhanh' } });
  });

  it('is idempotent: a second call reports the existing tenant and writes nothing', async () => {
    const before = await auditCount('462');
    const again = await api.callerAs('vanhanh').tenants.onboard({ districtCode: '462' });
    expect(again.created).toBe(false);
    expect(again.tenant.wardCount).toBe(5);
    expect(await auditCount('462')).toBe(before);
  });

  it('lists onboarded tenants for the operator, sorted the Vietnamese way', async () => {
    const names = (await api.callerAs('vanhanh').tenants.list()).map((t) => t.name);
    expect(names).toEqual(['Quận Hồng Bàng', 'Quận Kiến An', 'Thành Phố Đồng Hới', 'Thành phố Thanh Hóa', 'Thành phố Vinh', 'Thị xã Quảng Trị']);
  });

  it('answers an unknown district code with NOT_FOUND and a Vietnamese message', async () => {
    await expect(api.callerAs('vanhanh').tenants.onboard({ districtCode: '999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không có quận/huyện mã 999 trong danh mục đơn vị hành chính.',
    });
    expect(await api.data.platform().get(keys.tenant('999'))).toBeUndefined();
  });

  it('refuses a malformed code as BAD_REQUEST over HTTP, with the field and nothing written', async () => {
    const token = await api.tokenFor('vanhanh');
    const res = await api.app.request('/trpc/tenants.onboard', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ districtCode: '41' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; data: { fieldErrors: Record<string, string[]> } } };
    expect(body.error.data.fieldErrors.districtCode).toEqual(['Mã quận/huyện phải gồm 3 chữ số (mã GSO)']);
    expect(body.error.message).toBe('Dữ liệu không hợp lệ: Mã quận/huyện phải gồm 3 chữ số (mã GSO)');
    expect(await api.data.platform().get(keys.tenant('41'))).toBeUndefined();
  });

  it('is for operators only', async () => {
    const attempt = api.callerAs('dieuphoi.kienan').tenants.onboard({ districtCode: '304' });
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await api.data.platform().get(keys.tenant('304'))).toBeUndefined();
  });
});

describe('onboarding a unit of 200 wards (a province after the 2025 reform has up to 168 communes)', () => {
  const unit = {
    province: { id: '91', name: 'Tỉnh Thử Nghiệm', type: 'Tỉnh', level: 'province' as const },
    district: { id: '991', name: 'Huyện Thử Nghiệm', type: 'Huyện', level: 'district' as const },
    wards: Array.from({ length: 200 }, (_, i) => ({ id: String(90000 + i), name: `Xã Thử ${i + 1}`, type: 'Xã', level: 'ward' as const })),
    catalogueDate: '01/03/2025',
  };
  const actor = { sub: 'test', username: 'vanhanh' };

  it('is one command that can be cut short and finished by running it again', async () => {
    const platform = api.data.platform();
    // Cut short before the last step: an item in the way of the final transaction.
    await platform.write({ Put: { TableName: platform.tableName, Item: { ...keys.platformTenant('991'), entity: 'Blocker' } } });
    await expect(onboardTenant(platform, unit, actor)).rejects.toThrow();
    expect(await platform.get(keys.tenant('991'))).toBeUndefined();
    expect(await platform.query({ pk: 'D#991', skBeginsWith: 'WARD#' })).toHaveLength(200);

    await platform.write({ Delete: { TableName: platform.tableName, Key: keys.platformTenant('991') } });
    const { tenant, created } = await onboardTenant(platform, unit, actor);
    expect({ created, wardCount: tenant.wardCount }).toEqual({ created: true, wardCount: 200 });
    expect(await platform.query({ pk: 'D#991', skBeginsWith: 'WARD#' })).toHaveLength(200);
    expect((await onboardTenant(platform, unit, actor)).created).toBe(false);
    expect((await api.data.forTenant('991').query({ pk: 'D#991', skBeginsWith: 'WARD#' })).length).toBe(200);
  });
});
