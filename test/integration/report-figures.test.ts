import { partitions } from '@antq/db';
import { allCriteria, type AssessmentEntry, type CatalogueContent, type MovementModelFields, type SessionUser } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureOf } from '../support/errors.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The figures a clerk reads, with the source stories' own numbers: models active across years,
// a review conference held as the festival day, criteria met per criteria set (Nghi Hương: 34/34
// and 18/22), a paper plan entered later and judged by the day it was received, and a ward
// officer reading their own ward's report.
let api: TestApi;
const donghoi = () => api.callerAs('dieuphoi.donghoi');
const ducNinhDong = () => api.callerAs('phuong.ducninhdong');
const DUC_NINH_DONG = '18880';
const HAI_THANH = '18853';
const quangBinh: SessionUser = { sub: 'local:tinh.quangbinh', username: 'tinh.quangbinh', displayName: 'Tỉnh Quảng Bình', roles: ['province_staff'], provinceId: '44' };
const create = { expectedVersion: 0 };

beforeAll(async () => {
  api = await createTestApi();
});

const model = (name: string, startDate: string, more: Partial<MovementModelFields> = {}): MovementModelFields => ({
  name,
  kind: 'self_management',
  hostWardId: DUC_NINH_DONG,
  startDate,
  status: 'active',
  ...more,
});

describe('"Mô hình đang hoạt động" of a year: models active at any time in it', () => {
  let bId: string;
  it('models founded in 2008 and 2016 and still active count in 2022; one that ended in 2019 does not, one suspended since 2020 is counted but not active', async () => {
    const c = donghoi();
    const save = (fields: MovementModelFields) => c.records.models.save({ fields, ...create, idempotencyKey: key() });
    await save(model('Tổ tự quản an ninh trật tự khu phố 1', '2008-03-15'));
    bId = (await save(model('Cổng trường an toàn', '2016-09-01'))).recordId;
    await save(model('Camera an ninh khu dân cư', '2022-02-10'));
    await save(model('Tổ hòa giải cơ sở', '2012-01-01', { status: 'ended', endDate: '2019-06-30' }));
    await save(model('Dòng họ tự quản', '2014-05-01', { status: 'suspended', endDate: '2020-12-31' }));

    const y2022 = await c.reports.district({ year: 2022 });
    expect(y2022.row).toMatchObject({ models: 4, activeModels: 3 });
    expect(y2022.wards.find((w) => w.unitCode === DUC_NINH_DONG)).toMatchObject({ models: 4, activeModels: 3 });
    expect((await c.reports.district({ year: 2019 })).row).toMatchObject({ models: 4, activeModels: 4 });
    expect((await c.reports.district({ year: 2021 })).row).toMatchObject({ models: 3, activeModels: 2 });
    expect((await c.reports.district({ year: 2007 })).row).toMatchObject({ models: 0, activeModels: 0 });
    expect((await c.records.summary({ year: 2022 })).totals).toMatchObject({ models: 4, activeModels: 3 });
    const recomputed = await c.reports.recomputed({ year: 2022 });
    expect(recomputed.row).toEqual(y2022.row);
  });

  it('ending a model later takes it out of the years after, and the stored figures still equal the recomputed ones', async () => {
    const c = donghoi();
    const current = await c.records.models.get({ recordId: bId });
    await c.records.models.save({ recordId: bId, fields: { ...current.fields, status: 'ended', endDate: '2021-05-01' }, expectedVersion: current.version, idempotencyKey: key() });
    expect((await c.reports.district({ year: 2021 })).row).toMatchObject({ activeModels: 2 });
    expect((await c.reports.district({ year: 2022 })).row).toMatchObject({ models: 3, activeModels: 2 });
    for (const year of [2016, 2021, 2022, Number(day(0).slice(0, 4))]) {
      expect((await c.reports.recomputed({ year })).row).toEqual((await c.reports.district({ year })).row);
    }
    const province = await api.callerFor(quangBinh).reports.province({ year: 2022 });
    expect(province.districts.find((d) => d.unitCode === '450')).toMatchObject({ models: 3, activeModels: 2 });
  });

  it('refuses an end date on an active model, and one before the start', async () => {
    const refused = await failureOf(donghoi().records.models.save({ fields: model('Sai', '2020-01-01', { endDate: '2019-01-01' }), ...create, idempotencyKey: key() }));
    expect(refused.fieldErrors?.['fields.endDate']).toEqual(['Mô hình đang hoạt động không có ngày dừng hoạt động', 'Ngày dừng hoạt động phải sau ngày bắt đầu']);
  });
});

describe('a review conference held as the festival day: one record, counted once per column', () => {
  it('Phường 1, 15/8/2022: "tổng kết 15 năm … và hưởng ứng Ngày hội" is one event, one conference, one festival day', async () => {
    const ward = ducNinhDong();
    await ward.records.conferences.save({
      fields: {
        kind: 'final',
        alsoFestival: true,
        title: 'Hội nghị tổng kết 15 năm xây dựng mô hình (2007–2022) và hưởng ứng Ngày hội toàn dân bảo vệ ANTQ',
        wardId: DUC_NINH_DONG,
        periodFromYear: 2007,
        periodToYear: 2022,
        subject: { type: 'movement' },
        date: '2022-08-15',
        participants: 250,
      },
      ...create,
      idempotencyKey: key(),
    });
    // Đông Sơn's 10-year review had the subject "xây dựng nền quốc phòng toàn dân".
    await donghoi().records.conferences.save({
      fields: { kind: 'final', title: 'Tổng kết 10 năm xây dựng nền quốc phòng toàn dân', wardId: HAI_THANH, periodFromYear: 2012, periodToYear: 2022, subject: { type: 'national_defence' }, date: '2022-11-20', participants: 90 },
      ...create,
      idempotencyKey: key(),
    });
    const r = await donghoi().reports.district({ year: 2022 });
    expect(r.row).toMatchObject({ conferences: 2, reviewConferences: 2, festivals: 1 });
    expect(r.wards.find((w) => w.unitCode === DUC_NINH_DONG)).toMatchObject({ conferences: 1, reviewConferences: 1, festivals: 1 });
    expect(r.figures.movement).toMatchObject({ gatherings: 2, conferences: 2, festivals: 1 });

    const res = await api.app.request('/api/v1/districts/450/report?year=2022', { headers: { authorization: `Bearer ${await api.tokenFor('dieuphoi.donghoi')}` } });
    const body = (await res.json()) as { fields: Array<{ field: string; header: string }>; total: Record<string, unknown> };
    expect(body.fields).toContainEqual({ field: 'festivals', header: 'Ngày hội toàn dân bảo vệ ANTQ' });
    expect(body.total).toMatchObject({ conferences: 2, reviewConferences: 2, festivals: 1 });
  });
});

/** The cells of one CSV line (RFC 4180 quotes: catalogue titles have commas). */
const csvCells = (line: string): string[] => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"(.*)"$/s, '$1').replace(/""/g, '"'));

/** Every criterion of a catalogue answered, the first `met` of them met. */
function answers(catalogue: CatalogueContent, met: number): AssessmentEntry[] {
  return allCriteria(catalogue).map((c, i) => ({
    criterionCode: c.code,
    value: c.scoring.kind === 'points' ? { points: i < met ? c.scoring.max : 0 } : { status: i < met ? 'met' : 'not_met' },
  }));
}

describe('criteria met per criteria set, never summed across sets', () => {
  const vinh = () => api.callerAs('dieuphoi.vinh');
  const NGHI_HUONG = '16732';

  async function campaign(criteriaCount: number, name: string) {
    const sample = (await vinh().criteria.list()).find((c) => c.sample && c.criteriaCount === criteriaCount)!;
    const created = await vinh().campaigns.create({
      name,
      catalogueId: sample.catalogueId,
      catalogueVersion: Math.max(...sample.publishedVersions),
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      planDeadline: '2023-04-30',
      assessmentDeadline: '2023-11-30',
      wardIds: [NGHI_HUONG, '16681'],
      idempotencyKey: key(),
    });
    return (await vinh().campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() })).campaignId;
  }

  it('Phường Nghi Hương 2023: 34/34 of the model ward set and 18/22 of "Công an phường điển hình kiểu mẫu"', async () => {
    const ward = api.callerAs('phuong.nghihuong');
    for (const [count, met] of [[34, 34], [22, 18]] as const) {
      const campaignId = await campaign(count, `Tự đánh giá ${count} tiêu chí năm 2023`);
      const { catalogue } = await ward.assessments.get({ campaignId, wardId: NGHI_HUONG });
      await ward.assessments.submit({ campaignId, wardId: NGHI_HUONG, entries: answers(catalogue, met), expectedVersion: 0, idempotencyKey: key() });
    }
    const r = await vinh().reports.district({ year: 2023 });
    expect(r.campaigns.map((c) => [c.criteriaCount, c.assessments.metTotal])).toEqual(expect.arrayContaining([[34, 34], [22, 18]]));
    expect(r.row.criteriaMetTotal).toBeNull();
    expect(r.row.criteriaSets.map((s) => [s.criteriaCount, s.campaigns, s.assessmentsSubmitted, s.criteriaMet, s.wardsAllCriteriaMet])).toEqual(
      expect.arrayContaining([
        [34, 1, 1, 34, 1],
        [22, 1, 1, 18, 0],
      ]),
    );
    const nghiHuong = r.wards.find((w) => w.unitCode === NGHI_HUONG)!;
    expect(nghiHuong.criteriaMetTotal).toBeNull();
    expect(nghiHuong.criteriaSets.find((s) => s.criteriaCount === 22)).toMatchObject({ criteriaMet: 18, assessmentsSubmitted: 1 });
    // A ward that answered no set has nothing to add up, and a sum within one set is still given.
    expect(r.wards.find((w) => w.unitCode === '16681')).toMatchObject({ criteriaMetTotal: 0 });
    expect((await vinh().reports.recomputed({ year: 2023 })).row).toEqual(r.row);

    const csv = await api.app.request('/api/v1/districts/412/report?year=2023&format=csv', { headers: { authorization: `Bearer ${await api.tokenFor('dieuphoi.vinh')}` } });
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(',');
    const wardLine = lines.find((l) => l.startsWith(`${NGHI_HUONG},`))!.split(',');
    expect(wardLine[header.indexOf('criteriaMetTotal')]).toBe('');
    expect(header).toContain('festivals');

    // The pull API's criteria-set table: one row per unit and set, criteria met added up within a set.
    const sets = await api.app.request('/api/v1/districts/412/report?year=2023&format=csv&table=criteria', { headers: { authorization: `Bearer ${await api.tokenFor('dieuphoi.vinh')}` } });
    const setLines = (await sets.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map(csvCells);
    const [setHeader, ...setRows] = setLines;
    expect(setHeader).toEqual(['unitCode', 'unitName', 'catalogueTitle', 'criteriaCount', 'campaigns', 'assessmentsExpected', 'assessmentsSubmitted', 'assessmentsApproved', 'criteriaMet', 'wardsAllCriteriaMet']);
    const of = (unit: string, count: string) => setRows.find((l) => l[0] === unit && l[3] === count)!;
    expect(of(NGHI_HUONG, '22')[8]).toBe('18');
    expect(of(NGHI_HUONG, '34')[8]).toBe('34');
    expect(of('412', '22')).toMatchObject({ 6: '1', 8: '18', 9: '0' });
    const json = (await (await api.app.request('/api/v1/districts/412/report?year=2023', { headers: { authorization: `Bearer ${await api.tokenFor('dieuphoi.vinh')}` } })).json()) as {
      total: { criteriaMetTotal: number | null; criteriaSets: Array<{ criteriaCount: number; criteriaMet: number }> };
      criteriaSetFields: Array<{ field: string }>;
    };
    expect(json.total.criteriaMetTotal).toBeNull();
    expect(json.total.criteriaSets.map((x) => [x.criteriaCount, x.criteriaMet]).sort()).toEqual([[22, 18], [34, 34]]);
    expect(json.criteriaSetFields.map((f) => f.field)).toContain('criteriaMet');
  });
});

describe('a paper plan or self-assessment entered later, judged by the day it was received', () => {
  let campaignId: string;
  beforeAll(async () => {
    const sample = (await donghoi().criteria.list()).find((c) => c.sample && c.criteriaCount === 34)!;
    const created = await donghoi().campaigns.create({
      name: 'Xây dựng phường điển hình năm 2023 (nhập lại từ hồ sơ giấy)',
      catalogueId: sample.catalogueId,
      catalogueVersion: Math.max(...sample.publishedVersions),
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      planDeadline: '2023-04-30',
      assessmentDeadline: '2023-11-30',
      wardIds: [DUC_NINH_DONG, HAI_THANH],
      idempotencyKey: key(),
    });
    campaignId = (await donghoi().campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() })).campaignId;
  });
  const content = {
    legalReferences: [{ type: 'resolution' as const, number: '15-NQ/ĐU', issuer: 'Đảng ủy phường Đức Ninh Đông', date: '2023-04-21' }],
    steeringCommittee: { head: 'Bí thư Đảng ủy phường', members: [] },
    activities: [{ title: 'Ký cam kết giữa các tổ dân phố', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
    targets: [],
  };

  it('Đức Ninh Đông\'s plan received on 21/4/2023 is on time; Hải Thành\'s received on 10/5/2023 is late; both are marked as entered later', async () => {
    const onTime = await donghoi().plans.submit({ campaignId, wardId: DUC_NINH_DONG, content, receivedOn: '2023-04-25', expectedVersion: 0, idempotencyKey: key() });
    expect(onTime).toMatchObject({ status: 'submitted', late: false });
    expect(onTime.history.at(-1)).toMatchObject({ action: 'submit', by: 'dieuphoi.donghoi', receivedOn: '2023-04-25', late: false });
    const late = await donghoi().plans.submit({ campaignId, wardId: HAI_THANH, content, receivedOn: '2023-05-10', expectedVersion: 0, idempotencyKey: key() });
    expect(late.late).toBe(true);
    const trail = await donghoi().reports.submission({ campaignId, wardId: DUC_NINH_DONG, part: 'plan' });
    expect(trail.submissions[0]).toMatchObject({ submission: 1, submittedBy: 'dieuphoi.donghoi', late: false });
    expect(trail.submission).toMatchObject({ receivedOn: '2023-04-25' });
    const report = await donghoi().reports.district({ year: 2023 });
    const row = report.campaigns.find((c) => c.campaignId === campaignId)!;
    expect(row.plans).toMatchObject({ submitted: 2, onTime: 1, late: 1 });
    const audit = await api.data.forTenant('450').query<{ action: string; after?: { history?: Array<{ receivedOn?: string }> } }>({ pk: partitions.auditOf('450') });
    expect(audit.filter((a) => a.action === 'plan.submit.enteredLater')).toHaveLength(2);
  });

  it('a self-assessment received on 28/11/2023 is on time', async () => {
    const { catalogue } = await donghoi().assessments.get({ campaignId, wardId: DUC_NINH_DONG });
    const a = await donghoi().assessments.submit({ campaignId, wardId: DUC_NINH_DONG, entries: answers(catalogue, 30), receivedOn: '2023-11-28', expectedVersion: 0, idempotencyKey: key() });
    expect(a).toMatchObject({ status: 'submitted', late: false });
  });

  it('only a coordinator enters a paper submission, only with the day it was received, and never a day in the future', async () => {
    const mine = await failureOf(ducNinhDong().plans.submit({ campaignId, wardId: DUC_NINH_DONG, content, receivedOn: '2023-04-25', expectedVersion: 1, idempotencyKey: key() }));
    expect(mine).toMatchObject({ code: 'FORBIDDEN', message: 'Chỉ cán bộ điều phối cấp quận/huyện được nhập hồ sơ giấy với ngày nhận hồ sơ.' });
    const noDate = await failureOf(donghoi().assessments.submit({ campaignId, wardId: HAI_THANH, entries: [], expectedVersion: 0, idempotencyKey: key() }));
    expect(noDate.code).toBe('FORBIDDEN');
    const future = await failureOf(donghoi().assessments.submit({ campaignId, wardId: HAI_THANH, entries: [], receivedOn: day(3), expectedVersion: 0, idempotencyKey: key() }));
    expect(future.fieldErrors?.receivedOn).toEqual(['Ngày nhận hồ sơ không được sau ngày hôm nay']);
  });
});

describe("a ward officer reads their own ward's report", () => {
  it('Đức Ninh Đông reads its row, campaigns and records, and nothing of another ward or of the district', async () => {
    const ward = ducNinhDong();
    const own = await ward.reports.ward({ year: 2022, wardId: DUC_NINH_DONG });
    expect(own.ward).toEqual({ code: DUC_NINH_DONG, name: 'Phường Đức Ninh Đông' });
    expect(own.row).toMatchObject({ festivals: 1, conferences: 1 });
    expect(own.records.map((r) => r.type)).toContain('conference');
    const withDistrict = await ward.reports.ward({ year: 2022, districtId: '450', wardId: DUC_NINH_DONG });
    expect(withDistrict.row).toEqual(own.row);
    const other = await failureOf(ward.reports.ward({ year: 2022, wardId: HAI_THANH }));
    expect(other).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy phường/xã này trong phạm vi của bạn.' });
    expect((await failureOf(ward.reports.ward({ year: 2022, districtId: '307', wardId: DUC_NINH_DONG }))).code).toBe('NOT_FOUND');
    expect((await failureOf(ward.reports.district({ year: 2022 }))).code).toBe('NOT_FOUND');
  });
});
