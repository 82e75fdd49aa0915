import { partitions } from '@antq/db';
import type { PlanContent } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { failureOf } from '../support/errors.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
const DUC_NINH_DONG = '18880';
const coordinator = () => api.callerAs('dieuphoi.donghoi');
const ward = () => api.callerAs('phuong.ducninhdong');
let campaignId: string;

const planContent: PlanContent = {
  legalReferences: [{ type: 'resolution', number: '15-NQ/ĐU', issuer: 'Đảng ủy phường Đức Ninh Đông', date: '2023-04-21', title: 'Nghị quyết về phong trào toàn dân bảo vệ ANTQ năm 2023' }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [{ name: 'Trưởng Công an phường', position: 'Phó ban' }] },
  activities: [{ title: 'Ký cam kết 3 nội dung', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
  budget: { amountVnd: 50_000_000, source: 'Ngân sách phường' },
  targets: [{ criterionCode: '1.2', target: 'Ban hành nghị quyết trong quý I' }],
};

beforeAll(async () => {
  api = await createTestApi();
  const catalogue = await coordinator().criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
  const campaign = await coordinator().campaigns.create({
    name: 'Xây dựng phường điển hình về phong trào toàn dân bảo vệ ANTQ năm 2023',
    catalogueId: catalogue.catalogueId,
    catalogueVersion: 1,
    periodStart: day(-30),
    periodEnd: day(300),
    planDeadline: day(30),
    assessmentDeadline: day(200),
    wardIds: [],
    idempotencyKey: key(),
  });
  campaignId = campaign.campaignId;
});

describe('a campaign', () => {
  it('includes every ward of the district when none is listed, and starts a summary with all of them not started', async () => {
    const { summary, totals, campaign } = await coordinator().campaigns.dashboard({ campaignId });
    expect(campaign.wardIds).toHaveLength(15);
    expect(campaign.catalogue).toMatchObject({ catalogueVersion: 1, criteriaCount: 4 });
    expect(Object.keys(summary.wards)).toHaveLength(15);
    expect(totals.plans.not_started).toBe(15);
  });

  it('is invisible to ward officers while it is a draft, and refuses their work', async () => {
    await expect(ward().campaigns.get({ campaignId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ward().campaigns.list()).toEqual([]);
  });

  it('opens', async () => {
    const current = await coordinator().campaigns.get({ campaignId });
    const opened = await coordinator().campaigns.act({ campaignId, action: 'open', expectedVersion: current.version, idempotencyKey: key() });
    expect(opened.status).toBe('open');
    expect((await ward().campaigns.list()).map((c) => c.campaignId)).toEqual([campaignId]);
  });

  it('is invisible to another district', async () => {
    await expect(api.callerAs('dieuphoi.kienan').campaigns.get({ campaignId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a ward plan: draft → submitted → returned → submitted → approved', () => {
  it('saves a draft', async () => {
    const plan = await ward().plans.save({ campaignId, wardId: DUC_NINH_DONG, content: { ...planContent, activities: [] }, expectedVersion: 0, idempotencyKey: key() });
    expect(plan).toMatchObject({ status: 'draft', version: 1, submissions: 0 });
  });

  it('refuses to submit an incomplete plan with the fields, writing nothing', async () => {
    const failure = await failureOf(ward().plans.submit({ campaignId, wardId: DUC_NINH_DONG, expectedVersion: 1, idempotencyKey: key() }));
    expect(failure).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { 'content.activities': ['Cần ít nhất một hoạt động'] } });
    expect((await ward().plans.get({ campaignId, wardId: DUC_NINH_DONG })).plan.version).toBe(1);
  });

  it('submits, keeping the legal reference verbatim, and the dashboard shows it at once', async () => {
    const plan = await ward().plans.submit({ campaignId, wardId: DUC_NINH_DONG, content: planContent, expectedVersion: 1, idempotencyKey: key() });
    expect(plan).toMatchObject({ status: 'submitted', submissions: 1, late: false, version: 2 });
    const first = await coordinator().plans.submission({ campaignId, wardId: DUC_NINH_DONG, submission: 1 });
    expect(first.content.legalReferences[0]).toMatchObject({ number: '15-NQ/ĐU', date: '2023-04-21' });
    const { totals } = await coordinator().campaigns.dashboard({ campaignId });
    expect(totals.plans).toMatchObject({ submitted: 1, not_started: 14 });
    const queue = await coordinator().reviews.queue();
    expect(queue).toEqual([expect.objectContaining({ wardId: DUC_NINH_DONG, kind: 'plan', wardName: 'Phường Đức Ninh Đông' })]);
  });

  it('cannot be edited while waiting for review', async () => {
    await expect(ward().plans.save({ campaignId, wardId: DUC_NINH_DONG, content: planContent, expectedVersion: 2, idempotencyKey: key() })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('is returned only with a reason', async () => {
    await expect(coordinator().plans.return({ campaignId, wardId: DUC_NINH_DONG, reason: '  ', expectedVersion: 2, idempotencyKey: key() })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const plan = await coordinator().plans.return({ campaignId, wardId: DUC_NINH_DONG, reason: 'Bổ sung kế hoạch của UBND phường', expectedVersion: 2, idempotencyKey: key() });
    expect(plan).toMatchObject({ status: 'returned', returnReason: 'Bổ sung kế hoạch của UBND phường' });
  });

  it('is fixed and resubmitted; both submissions stay as they were sent', async () => {
    const fixed: PlanContent = {
      ...planContent,
      legalReferences: [...planContent.legalReferences, { type: 'plan', number: 'Số: 45/KH-UBND', issuer: 'UBND phường Đức Ninh Đông', date: '2023-04-25' }],
    };
    const saved = await ward().plans.save({ campaignId, wardId: DUC_NINH_DONG, content: fixed, expectedVersion: 3, idempotencyKey: key() });
    expect(saved.status).toBe('returned');
    const plan = await ward().plans.submit({ campaignId, wardId: DUC_NINH_DONG, expectedVersion: 4, idempotencyKey: key() });
    expect(plan).toMatchObject({ status: 'submitted', submissions: 2 });
    expect(plan.returnReason).toBeUndefined();
    const [one, two] = await Promise.all([1, 2].map((n) => coordinator().plans.submission({ campaignId, wardId: DUC_NINH_DONG, submission: n })));
    expect(one!.content.legalReferences).toHaveLength(1);
    expect(two!.content.legalReferences[1]!.number).toBe('Số: 45/KH-UBND');
  });

  it('is approved, with the whole trail in its history', async () => {
    const plan = await coordinator().plans.approve({ campaignId, wardId: DUC_NINH_DONG, expectedVersion: 5, idempotencyKey: key() });
    expect(plan.status).toBe('approved');
    expect(plan.history.map((h) => h.action)).toEqual(['submit', 'return', 'submit', 'approve']);
    const { totals } = await coordinator().campaigns.dashboard({ campaignId });
    expect(totals.plans).toMatchObject({ approved: 1, submitted: 0, not_started: 14 });
    expect(await coordinator().reviews.queue()).toEqual([]);
  });
});

describe('forbidden transitions and roles', () => {
  it('a ward officer cannot review, nor write for another ward', async () => {
    await expect(ward().plans.approve({ campaignId, wardId: DUC_NINH_DONG, expectedVersion: 6, idempotencyKey: key() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ward().plans.save({ campaignId, wardId: '18853', content: planContent, expectedVersion: 0, idempotencyKey: key() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a coordinator does not write a ward plan, and cannot approve a draft', async () => {
    await expect(coordinator().plans.save({ campaignId, wardId: '18853', content: planContent, expectedVersion: 0, idempotencyKey: key() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(coordinator().plans.approve({ campaignId, wardId: '18853', expectedVersion: 0, idempotencyKey: key() })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });
});

describe('versions and idempotency', () => {
  it('a stale version is answered CONFLICT with the current version, and nothing is written', async () => {
    const audits = (await api.data.forTenant('450').query({ pk: partitions.auditOf('450') })).length;
    const stale = ward().plans.save({ campaignId, wardId: DUC_NINH_DONG, content: planContent, expectedVersion: 3, idempotencyKey: key() });
    expect(await failureOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 6 });
    const notYet = ward().plans.save({ campaignId, wardId: DUC_NINH_DONG.replace('80', '53'), content: planContent, expectedVersion: 1, idempotencyKey: key() });
    expect((await failureOf(notYet)).code).toBe('FORBIDDEN');
    const review = coordinator().plans.return({ campaignId, wardId: '18853', reason: 'x', expectedVersion: 2, idempotencyKey: key() });
    expect(await failureOf(review)).toMatchObject({ code: 'CONFLICT', currentVersion: null });
    expect((await api.data.forTenant('450').query({ pk: partitions.auditOf('450') })).length).toBe(audits);
  });
});
