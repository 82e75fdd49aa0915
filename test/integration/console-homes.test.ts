import type { PlanContent } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The console's homes, the names its trails show and the operator's catalogue picker: what each
// reads, and that each stays inside the caller's tenant, ward or province.
let api: TestApi;
const DUC_NINH_DONG = '18880';
const coordinator = () => api.callerAs('dieuphoi.donghoi');
const ward = () => api.callerAs('phuong.ducninhdong');
let campaignId: string;

const planContent: PlanContent = {
  legalReferences: [{ type: 'resolution', number: '15-NQ/ĐU', issuer: 'Đảng ủy phường Đức Ninh Đông', date: '2023-04-21' }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ký cam kết 3 nội dung', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
  targets: [],
};

beforeAll(async () => {
  api = await createTestApi();
  const catalogue = await coordinator().criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
  const created = await coordinator().campaigns.create({
    name: 'Phường điển hình năm 2023',
    catalogueId: catalogue.catalogueId,
    catalogueVersion: 1,
    periodStart: day(-30),
    periodEnd: day(300),
    planDeadline: day(3),
    assessmentDeadline: day(200),
    wardIds: [],
    idempotencyKey: key(),
  });
  campaignId = created.campaignId;
  await coordinator().campaigns.act({ campaignId, action: 'open', expectedVersion: created.version, idempotencyKey: key() });
  const sent = await ward().plans.submit({ campaignId, wardId: DUC_NINH_DONG, content: planContent, expectedVersion: 0, idempotencyKey: key() });
  await coordinator().plans.return({ campaignId, wardId: DUC_NINH_DONG, reason: 'Bổ sung kế hoạch của UBND phường', expectedVersion: sent.version, idempotencyKey: key() });
});

describe("the ward officer's home", () => {
  it('lists the open campaigns with the returned plan, its reason and who returned it', async () => {
    const home = await ward().home.ward();
    expect(home.campaigns).toHaveLength(1);
    expect(home.campaigns[0]).toMatchObject({
      campaignId,
      planDeadline: day(3),
      plan: { status: 'returned', submissions: 1, returnReason: 'Bổ sung kế hoạch của UBND phường', returnedBy: 'dieuphoi.donghoi' },
      assessment: { status: 'not_started', submissions: 0 },
    });
    expect(home.campaigns[0]).not.toHaveProperty('content');
  });

  it('is a ward officer’s only', async () => {
    await expect(coordinator().home.ward()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe("the coordinator's home", () => {
  it('counts plans and self-assessments by status, per open campaign, with criteria per group', async () => {
    const home = await coordinator().home.district();
    const line = home.campaigns.find((c) => c.campaignId === campaignId)!;
    expect(line).toMatchObject({ wardCount: 15, plansNotSent: 15, assessmentsNotSent: 15, overduePlans: [], assessedWards: 0 });
    expect(line.plans).toMatchObject({ returned: 1, not_started: 14 });
    expect(line.groups.map((g) => g.code).length).toBeGreaterThan(0);
    expect(home.trend).toEqual([expect.objectContaining({ campaigns: 1, wards: 15 })]);
  });

  it('is refused to ward officers and stays in the district', async () => {
    await expect(ward().home.district()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await api.callerAs('dieuphoi.kienan').home.district();
    expect(other.campaigns.some((c) => c.campaignId === campaignId)).toBe(false);
  });
});

describe('names in trails', () => {
  it("gives the district's people by username, to its coordinators and ward officers", async () => {
    const names = await ward().people.names({});
    expect(names['dieuphoi.donghoi']).toBe('Trần Thị Lan');
    expect(names['phuong.ducninhdong']).toBe('Lê Văn Minh');
    expect(names['dieuphoi.kienan']).toBeUndefined();
    await expect(ward().people.names({ districtId: '307' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("gives provincial staff a district of their province, and nothing of another province's", async () => {
    const names = await api.callerAs('tinh.haiphong').people.names({ districtId: '307' });
    expect(names['dieuphoi.kienan']).toBeDefined();
    await expect(api.callerAs('tinh.haiphong').people.names({ districtId: '450' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe("the operator's catalogue picker", () => {
  it('lists provinces, the districts of one with their wards counted, and previews one', async () => {
    const operator = api.callerAs('vanhanh');
    const provinces = await operator.catalogue.provinces();
    expect(provinces).toHaveLength(63);
    expect(provinces.find((p) => p.id === '44')).toMatchObject({ name: 'Tỉnh Quảng Bình', onboarded: 1 });
    const districts = await operator.catalogue.districts({ provinceId: '44' });
    expect(districts.find((d) => d.id === '458')).toMatchObject({ name: 'Thị xã Ba Đồn', wardCount: 16, onboarded: false });
    expect(districts.find((d) => d.id === '450')).toMatchObject({ onboarded: true });
    const preview = await operator.catalogue.preview({ districtCode: '458' });
    expect(preview).toMatchObject({ district: { name: 'Thị xã Ba Đồn' }, province: { name: 'Tỉnh Quảng Bình' }, onboarded: false });
    expect(preview.wards).toHaveLength(16);
  });

  it('is the operator’s only', async () => {
    await expect(coordinator().catalogue.provinces()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.callerAs('tinh.haiphong').catalogue.districts({ provinceId: '31' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
