import { partitions } from '@antq/db';
import type { AssessmentEntry, PlanContent } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { failureOf } from '../support/errors.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
const W = '18880';
const coordinator = () => api.callerAs('dieuphoi.donghoi');
const ward = () => api.callerAs('phuong.ducninhdong');

async function openCampaign(deadlines: { plan: number; assessment: number }) {
  const catalogue = await coordinator().criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
  const campaign = await coordinator().campaigns.create({
    name: `Chiến dịch ${deadlines.plan}`,
    catalogueId: catalogue.catalogueId,
    catalogueVersion: 1,
    periodStart: day(-60),
    periodEnd: day(200),
    planDeadline: day(deadlines.plan),
    assessmentDeadline: day(deadlines.assessment),
    wardIds: [W, '18853'],
    idempotencyKey: key(),
  });
  const opened = await coordinator().campaigns.act({ campaignId: campaign.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() });
  return opened;
}

const entries: AssessmentEntry[] = [
  { criterionCode: '1.1', value: { status: 'met' }, evidence: 'Biên bản triển khai' },
  { criterionCode: '1.2', value: { status: 'met' }, evidence: 'Nghị quyết 15-NQ/ĐU ngày 21/4/2023' },
  { criterionCode: '2.1', value: { status: 'largely_met' }, evidence: 'Mô hình tự quản' },
  { criterionCode: '2.2', value: { points: 8 }, evidence: '80% hộ ký cam kết' },
];

const plan: PlanContent = {
  legalReferences: [{ type: 'resolution', number: '15-NQ/ĐU', issuer: 'Đảng ủy phường', date: '2023-04-21' }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ký cam kết', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
  targets: [],
};

beforeAll(async () => {
  api = await createTestApi();
});

describe('a self-assessment, verified criterion by criterion', () => {
  let campaignId: string;
  beforeAll(async () => {
    campaignId = (await openCampaign({ plan: 30, assessment: 60 })).campaignId;
  });

  it('refuses values that do not fit the criterion, and an incomplete submission, naming them', async () => {
    const tooMany = await failureOf(ward().assessments.save({ campaignId, wardId: W, entries: [{ criterionCode: '2.2', value: { points: 11 } }], expectedVersion: 0, idempotencyKey: key() }));
    expect(tooMany).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { 'entries.0.value': ['Điểm tiêu chí 2.2 phải từ 0 đến 10'] } });
    const unknown = await failureOf(ward().assessments.save({ campaignId, wardId: W, entries: [{ criterionCode: '9.9', value: { status: 'met' } }], expectedVersion: 0, idempotencyKey: key() }));
    expect(unknown.fieldErrors?.['entries.0.criterionCode']).toEqual(['Tiêu chí 9.9 không có trong bộ tiêu chí của chiến dịch']);
    const incomplete = await failureOf(ward().assessments.submit({ campaignId, wardId: W, entries: entries.slice(0, 2), expectedVersion: 0, idempotencyKey: key() }));
    expect(incomplete.fieldErrors?.entries).toEqual(['Chưa tự đánh giá các tiêu chí: 2.1, 2.2']);
  });

  it('is submitted with a self-reported score', async () => {
    const a = await ward().assessments.submit({ campaignId, wardId: W, entries, expectedVersion: 0, idempotencyKey: key() });
    expect(a).toMatchObject({ status: 'submitted', submissions: 1 });
    const { summary } = await coordinator().campaigns.dashboard({ campaignId });
    // 1.1 and 1.2 met (1 each), 2.1 largely met (0), 2.2 8 of 10 points.
    expect(summary.wards[W]!.assessment).toMatchObject({ selfScore: 10, maxScore: 13, selfMet: 2, verifiedScore: 0, verifiedCount: 0 });
  });

  it('is verified: accepted as reported or adjusted with a note, and approved when every criterion is verified', async () => {
    let version = 1;
    for (const code of ['1.1', '1.2', '2.1']) {
      version = (await coordinator().assessments.verify({ campaignId, wardId: W, criterionCode: code, decision: 'accept', expectedVersion: version, idempotencyKey: key() })).version;
    }
    const noNote = await failureOf(coordinator().assessments.verify({ campaignId, wardId: W, criterionCode: '2.2', decision: 'adjust', value: { points: 6 }, expectedVersion: version, idempotencyKey: key() }));
    expect(noNote.fieldErrors?.note).toEqual(['Cần ghi lý do điều chỉnh']);
    const done = await coordinator().assessments.verify({ campaignId, wardId: W, criterionCode: '2.2', decision: 'adjust', value: { points: 6 }, note: 'Chỉ 60% hộ ký', expectedVersion: version, idempotencyKey: key() });
    expect(done.status).toBe('approved');
    expect(done.verifications['2.2']).toMatchObject({ decision: 'adjust', value: { points: 6 }, note: 'Chỉ 60% hộ ký' });
    const { summary, totals } = await coordinator().campaigns.dashboard({ campaignId });
    expect(summary.wards[W]!.assessment).toMatchObject({ status: 'approved', selfScore: 10, verifiedScore: 8, verifiedCount: 4 });
    expect(summary.wards[W]!.assessment.criteria['2.2']).toEqual({ value: { points: 6 }, verified: true, met: false });
    expect(totals.criteriaMet).toEqual({ '1.1': 1, '1.2': 1 });
  });

  it('a ward officer cannot verify', async () => {
    expect((await failureOf(ward().assessments.verify({ campaignId, wardId: W, criterionCode: '1.1', decision: 'accept', expectedVersion: 5, idempotencyKey: key() }))).code).toBe('FORBIDDEN');
  });
});

describe('idempotency keys on mutations', () => {
  it('a retried submission lands once and returns the first result', async () => {
    const { campaignId } = await openCampaign({ plan: 30, assessment: 60 });
    const input = { campaignId, wardId: W, content: plan, expectedVersion: 0, idempotencyKey: key() };
    const first = await ward().plans.submit(input);
    const audits = (await api.data.forTenant('450').query({ pk: partitions.auditOf('450') })).length;
    const retry = await ward().plans.submit(input);
    expect(retry).toEqual(first);
    const { submissions } = await ward().plans.get({ campaignId, wardId: W });
    expect(submissions).toHaveLength(1);
    expect((await api.data.forTenant('450').query({ pk: partitions.auditOf('450') })).length).toBe(audits);
  });

  it('a key reused for another request is refused', async () => {
    const { campaignId } = await openCampaign({ plan: 30, assessment: 60 });
    const idempotencyKey = key();
    await ward().plans.save({ campaignId, wardId: W, content: plan, expectedVersion: 0, idempotencyKey });
    const other = await failureOf(ward().plans.save({ campaignId, wardId: W, content: { ...plan, notes: 'khác' }, expectedVersion: 1, idempotencyKey }));
    expect(other.code).toBe('UNPROCESSABLE_CONTENT');
  });
});

describe('timeliness and locking', () => {
  it('a submission after the deadline is accepted and marked late; the dashboard counts it', async () => {
    const { campaignId } = await openCampaign({ plan: -1, assessment: 60 });
    const p = await ward().plans.submit({ campaignId, wardId: W, content: plan, expectedVersion: 0, idempotencyKey: key() });
    expect(p).toMatchObject({ status: 'submitted', late: true });
    const { totals } = await coordinator().campaigns.dashboard({ campaignId });
    expect(totals.plans.late).toBe(1);
    // The other ward has not started and is past the deadline.
    expect(totals.overduePlans).toEqual(['18853']);
  });

  it('a locked campaign accepts no ward work until unlocked', async () => {
    const c = await openCampaign({ plan: -1, assessment: 60 });
    const locked = await coordinator().campaigns.act({ campaignId: c.campaignId, action: 'lock', expectedVersion: c.version, idempotencyKey: key() });
    const refused = await failureOf(ward().plans.save({ campaignId: c.campaignId, wardId: W, content: plan, expectedVersion: 0, idempotencyKey: key() }));
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', message: 'Chiến dịch đã bị khóa: không nhận thêm hồ sơ.' });
    await coordinator().campaigns.act({ campaignId: c.campaignId, action: 'unlock', expectedVersion: locked.version, idempotencyKey: key() });
    expect((await ward().plans.save({ campaignId: c.campaignId, wardId: W, content: plan, expectedVersion: 0, idempotencyKey: key() })).status).toBe('draft');
  });

  it('a campaign pins a published catalogue version only, and a published version never changes', async () => {
    const draft = await coordinator().criteria.import({ content: smallCatalogue, publish: false, idempotencyKey: key() });
    const refused = await failureOf(
      coordinator().campaigns.create({ name: 'x', catalogueId: draft.catalogueId, catalogueVersion: 1, periodStart: day(0), periodEnd: day(10), planDeadline: day(1), assessmentDeadline: day(2), wardIds: [], idempotencyKey: key() }),
    );
    expect(refused.fieldErrors?.catalogueVersion).toEqual(['Chỉ dùng được phiên bản bộ tiêu chí đã ban hành']);
    const published = await coordinator().criteria.publish({ catalogueId: draft.catalogueId, expectedVersion: 1, idempotencyKey: key() });
    const edited = await coordinator().criteria.saveDraft({ catalogueId: draft.catalogueId, content: { ...smallCatalogue, title: 'Bản sửa' }, expectedVersion: published.version, idempotencyKey: key() });
    expect(edited).toMatchObject({ latestVersion: 2, latestStatus: 'draft', publishedVersions: [1] });
    const v1 = await coordinator().criteria.get({ catalogueId: draft.catalogueId, catalogueVersion: 1 });
    expect(v1.version).toMatchObject({ status: 'published', content: { title: smallCatalogue.title } });
  });
});

describe('accepting the remaining criteria at once', () => {
  it('verifies every criterion not yet verified in one change, approves, and answers a retry with the first result', async () => {
    const { campaignId } = await openCampaign({ plan: 30, assessment: 60 });
    const submitted = await ward().assessments.submit({ campaignId, wardId: W, entries, expectedVersion: 0, idempotencyKey: key() });
    const adjusted = await coordinator().assessments.verify({
      campaignId,
      wardId: W,
      criterionCode: '2.2',
      decision: 'adjust',
      value: { points: 6 },
      note: 'Chỉ 60% hộ ký cam kết',
      expectedVersion: submitted.version,
      idempotencyKey: key(),
    });
    const request = { campaignId, wardId: W, expectedVersion: adjusted.version, idempotencyKey: key() };
    const approved = await coordinator().assessments.acceptRemaining(request);
    expect(approved.status).toBe('approved');
    expect(approved.version).toBe(adjusted.version + 1);
    expect(Object.keys(approved.verifications).sort()).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(approved.verifications['2.2']).toMatchObject({ decision: 'adjust', value: { points: 6 } });
    expect(approved.verifications['2.1']).toMatchObject({ decision: 'accept', value: { status: 'largely_met' } });
    expect(approved.history.slice(-2).map((h) => h.action)).toEqual(['verify', 'approve']);
    expect(approved.history.at(-2)!.reason).toBe('Chấp nhận 3 tiêu chí còn lại: 1.1, 1.2, 2.1');
    expect(await coordinator().assessments.acceptRemaining(request)).toEqual(approved);
    const summary = await coordinator().campaigns.summary({ campaignId });
    expect(summary.wards[W]!.assessment).toMatchObject({ status: 'approved', verifiedCount: 4 });
    const again = await failureOf(coordinator().assessments.acceptRemaining({ ...request, expectedVersion: approved.version, idempotencyKey: key() }));
    expect(again).toMatchObject({ code: 'PRECONDITION_FAILED', message: 'Không còn tiêu chí nào chưa xác minh.' });
    const byWard = await failureOf(ward().assessments.acceptRemaining({ ...request, expectedVersion: approved.version, idempotencyKey: key() }));
    expect(byWard.code).toBe('FORBIDDEN');
  });
});
