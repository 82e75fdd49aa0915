import type { SessionUser } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { failureOf } from '../support/errors.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The consolidated reports of Hải Phòng (province 31: Kiến An 307 and Hồng Bàng 303 onboarded),
// their drill-down, their isolation and the pull API.
let api: TestApi;
let campaignId: string;
const YEAR = Number(day(0).slice(0, 4));
const kienAn = () => api.callerAs('dieuphoi.kienan');
const province = () => api.callerAs('tinh.haiphong');
const officer = (wardId: string): SessionUser => ({ sub: `local:w${wardId}`, username: `w${wardId}`, displayName: wardId, roles: ['ward_officer'], tenantId: '307', wardId, provinceId: '31' });
const plan = {
  legalReferences: [{ type: 'resolution' as const, number: '20-NQ/ĐU', issuer: 'Đảng ủy phường', date: day(-5) }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ký cam kết', ownerOrganisation: 'Công an phường', dueDate: day(30) }],
  targets: [],
};
const allMet = [
  { criterionCode: '1.1', value: { status: 'met' as const } },
  { criterionCode: '1.2', value: { status: 'met' as const } },
  { criterionCode: '2.1', value: { status: 'met' as const } },
  { criterionCode: '2.2', value: { points: 10 } },
];

beforeAll(async () => {
  api = await createTestApi();
  const catalogue = await kienAn().criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
  const created = await kienAn().campaigns.create({
    name: `Tự đánh giá năm ${YEAR}`,
    catalogueId: catalogue.catalogueId,
    catalogueVersion: 1,
    periodStart: `${YEAR}-01-01`,
    periodEnd: `${YEAR}-12-31`,
    planDeadline: day(20),
    assessmentDeadline: day(40),
    wardIds: ['11434', '11446', '11449'],
    idempotencyKey: key(),
  });
  campaignId = (await kienAn().campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() })).campaignId;
  // Bắc Sơn: plan approved, self-assessment 4/4 approved. Văn Đẩu: plan submitted. Bắc Hà: nothing.
  const bacSon = api.callerFor(officer('11434'));
  const p = await bacSon.plans.submit({ campaignId, wardId: '11434', content: plan, expectedVersion: 0, idempotencyKey: key() });
  await kienAn().plans.approve({ campaignId, wardId: '11434', expectedVersion: p.version, idempotencyKey: key() });
  let a = await bacSon.assessments.submit({ campaignId, wardId: '11434', entries: allMet, expectedVersion: 0, idempotencyKey: key() });
  // Verifying the last criterion approves the self-assessment.
  for (const c of ['1.1', '1.2', '2.1', '2.2']) a = await kienAn().assessments.verify({ campaignId, wardId: '11434', criterionCode: c, decision: 'accept', expectedVersion: a.version, idempotencyKey: key() });
  expect(a.status).toBe('approved');
  await api.callerFor(officer('11446')).plans.submit({ campaignId, wardId: '11446', content: plan, expectedVersion: 0, idempotencyKey: key() });
  await kienAn().records.forums.save({
    fields: { wardId: '11446', title: 'Công an lắng nghe ý kiến nhân dân', date: day(-3), place: 'Nhà văn hóa', attendance: 120, opinions: [
      { text: 'Đèn đường hỏng', handling: 'accepted', acceptedOn: day(-2), remediedOn: day(-1) },
      { text: 'Tụ tập gây ồn', handling: 'answered', answeredOn: day(-2) },
      { text: 'Xe chắn lối đi', handling: 'pending' },
    ] },
    expectedVersion: 0,
    idempotencyKey: key(),
  });
});

describe('the district report', () => {
  it("counts Kiến An's plans, self-assessments and forums, per district and per ward", async () => {
    const r = await kienAn().reports.district({ year: YEAR });
    expect(r.district).toMatchObject({ code: '307', name: 'Quận Kiến An', provinceId: '31' });
    expect(r.row).toMatchObject({ campaigns: 1, plansExpected: 3, plansSubmitted: 2, plansApproved: 1, assessmentsSubmitted: 1, assessmentsApproved: 1, criteriaMetTotal: 4, wardsAllCriteriaMet: 1, forums: 1, opinionsReceived: 3, opinionsResolved: 2 });
    expect(r.wards.find((w) => w.unitCode === '11434')).toMatchObject({ plansApproved: 1, criteriaMetTotal: 4, wardsAllCriteriaMet: 1 });
    expect(r.wards.find((w) => w.unitCode === '11446')).toMatchObject({ plansSubmitted: 1, opinionsReceived: 3 });
    expect(r.campaigns[0]!.groups).toEqual([{ code: '1', met: 2, criteria: 2 }, { code: '2', met: 2, criteria: 2 }]);
    expect(r.campaigns[0]!.grid['11434']).toEqual({ '1.1': true, '1.2': true, '2.1': true, '2.2': true });
  });

  it('equals the report recomputed from the plans, assessments and records', async () => {
    const stored = await kienAn().reports.district({ year: YEAR });
    const recomputed = await kienAn().reports.recomputed({ year: YEAR });
    expect(recomputed.row).toEqual(stored.row);
    expect(recomputed.wards).toEqual(stored.wards);
  });
});

describe('the provincial report of Hải Phòng', () => {
  it('has one row per onboarded district and the province total, from one item per district', async () => {
    const r = await province().reports.province({ year: YEAR });
    expect(r.provinceName).toBe('Thành phố Hải Phòng');
    expect(r.districts.map((d) => d.unitName)).toEqual(['Quận Hồng Bàng', 'Quận Kiến An']);
    const kienAnRow = r.districts.find((d) => d.unitCode === '307')!;
    expect(kienAnRow).toEqual((await kienAn().reports.district({ year: YEAR })).row);
    expect(r.total).toMatchObject({ unitCode: '31', wards: 17, plansSubmitted: 2, opinionsReceived: 3 });
    expect(r.itemsRead).toBe(3);
    // Per campaign too, each with its own criteria met: Kiến An's campaign, 4 criteria met by Bắc Sơn.
    expect(r.campaigns).toEqual([expect.objectContaining({ unitCode: '307', unitName: 'Quận Kiến An', campaignId, assessments: expect.objectContaining({ metTotal: 4, allMet: 1 }) })]);
    expect(r.total.criteriaSets).toEqual([expect.objectContaining({ criteriaCount: 4, campaigns: 1, criteriaMet: 4, wardsAllCriteriaMet: 1 })]);
    expect(r.total.criteriaMetTotal).toBe(4);
  });

  it('drills down from the province to a district, a ward and the submission with its version and review trail', async () => {
    const district = await province().reports.district({ year: YEAR, districtId: '307' });
    expect(district.wards.find((w) => w.unitCode === '11434')!.assessmentsApproved).toBe(1);
    const ward = await province().reports.ward({ year: YEAR, districtId: '307', wardId: '11434' });
    expect(ward.ward.name).toBe('Phường Bắc Sơn');
    expect(ward.campaigns[0]).toMatchObject({ campaignId, plan: { status: 'approved' }, assessment: { status: 'approved', met: 4 } });
    const trail = await province().reports.submission({ districtId: '307', campaignId, wardId: '11434', part: 'assessment' });
    expect(trail.head).toMatchObject({ status: 'approved', submissions: 1 });
    expect(trail.head.version).toBeGreaterThan(1);
    expect(trail.head.history.map((h) => h.action)).toEqual(['submit', 'verify', 'verify', 'verify', 'verify', 'approve']);
    expect(trail.submission).toMatchObject({ submission: 1, submittedBy: 'w11434' });
  });

  it('is read-only: provincial staff cannot change a district they can read', async () => {
    const write = await failureOf(province().plans.approve({ campaignId, wardId: '11446', expectedVersion: 1, idempotencyKey: key() }));
    expect(write.code).toBe('FORBIDDEN');
  });
});

describe('isolation', () => {
  it("a province's staff cannot read another province's districts; a coordinator cannot read another district", async () => {
    expect((await failureOf(province().reports.district({ year: YEAR, districtId: '450' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(province().reports.ward({ year: YEAR, districtId: '412', wardId: '16732' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(kienAn().reports.district({ year: YEAR, districtId: '303' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(api.callerAs('phuong.ducninhdong').reports.district({ year: YEAR }))).code).toBe('NOT_FOUND');
    expect((await failureOf(kienAn().reports.province({ year: YEAR }))).code).toBe('FORBIDDEN');
  });
});

describe('the pull API', () => {
  const get = async (path: string, username?: string, accept?: string) =>
    api.app.request(path, { headers: { ...(username && { authorization: `Bearer ${await api.tokenFor(username)}` }), ...(accept && { accept }) } });

  it('answers the provincial report as JSON with stable field names', async () => {
    const res = await get(`/api/v1/provinces/31/report?year=${YEAR}`, 'tinh.haiphong');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { districts: Array<Record<string, unknown>>; total: Record<string, unknown>; fields: Array<{ field: string }> };
    expect(body.fields.map((f) => f.field)).toContain('plansSubmitted');
    expect(body.districts.find((d) => d.unitCode === '307')).toMatchObject({ plansSubmitted: 2, opinionsResolved: 2 });
    expect(body.total).toMatchObject({ unitCode: '31', plansSubmitted: 2 });
  });

  it('answers CSV with a header row of field names, one row per district and the total', async () => {
    const res = await get(`/api/v1/provinces/31/report?year=${YEAR}&format=csv`, 'tinh.haiphong');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['unitCode', 'unitName', 'wards']);
    expect(lines).toHaveLength(4);
    const kienAnLine = lines.find((l) => l.startsWith('307,'))!.split(',');
    expect(kienAnLine[header.indexOf('plansSubmitted')]).toBe('2');
    const districtCsv = await get(`/api/v1/districts/307/report?year=${YEAR}`, 'dieuphoi.kienan', 'text/csv');
    expect((await districtCsv.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + 7 + 1);
  });

  it('refuses without a token, and hides other provinces and districts', async () => {
    expect((await get(`/api/v1/provinces/31/report?year=${YEAR}`)).status).toBe(401);
    expect((await get(`/api/v1/provinces/44/report?year=${YEAR}`, 'tinh.haiphong')).status).toBe(404);
    expect((await get(`/api/v1/districts/450/report?year=${YEAR}`, 'tinh.haiphong')).status).toBe(404);
    expect((await get(`/api/v1/districts/303/report?year=${YEAR}`, 'dieuphoi.kienan')).status).toBe(404);
    const bad = await get('/api/v1/provinces/31/report?year=abc', 'tinh.haiphong');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.year).toBeDefined();
  });
});
