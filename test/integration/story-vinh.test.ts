import { allCriteria, type AssessmentEntry } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The second campaign of the story: Thành phố Vinh, the 22-criteria sample catalogue, Phường Nghi Hương at 18/22.
let api: TestApi;
const NGHI_HUONG = '16732';
const coordinator = () => api.callerAs('dieuphoi.vinh');
const ward = () => api.callerAs('phuong.nghihuong');

beforeAll(async () => {
  api = await createTestApi();
});

describe('Phường Nghi Hương, "Công an phường điển hình kiểu mẫu"', () => {
  it('reports 18/22, verified by the district', async () => {
    const catalogues = await coordinator().criteria.list();
    expect(catalogues.every((c) => c.sample && c.latestStatus === 'published')).toBe(true);
    const sample22 = catalogues.find((c) => c.criteriaCount === 22)!;
    expect(sample22.title).toMatch(/^\(Mẫu\) Công an phường điển hình kiểu mẫu/);
    expect(catalogues.find((c) => c.criteriaCount === 34)).toBeDefined();

    const created = await coordinator().campaigns.create({
      name: 'Công an phường điển hình kiểu mẫu năm 2023',
      catalogueId: sample22.catalogueId,
      catalogueVersion: 1,
      periodStart: day(-300),
      periodEnd: day(60),
      planDeadline: day(-200),
      assessmentDeadline: day(30),
      wardIds: [NGHI_HUONG],
      idempotencyKey: key(),
    });
    const { campaignId } = await coordinator().campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() });

    const { catalogue } = await ward().assessments.get({ campaignId, wardId: NGHI_HUONG });
    const criteria = allCriteria(catalogue);
    expect(criteria).toHaveLength(22);
    const entries: AssessmentEntry[] = criteria.map((c, i) => ({
      criterionCode: c.code,
      value: c.scoring.kind === 'points' ? { points: i < 18 ? c.scoring.max : 0 } : { status: i < 18 ? 'met' : 'not_met' },
      evidence: `Minh chứng tiêu chí ${c.code}`,
    }));
    let assessment = await ward().assessments.submit({ campaignId, wardId: NGHI_HUONG, entries, expectedVersion: 0, idempotencyKey: key() });
    for (const c of criteria) {
      assessment = await coordinator().assessments.verify({ campaignId, wardId: NGHI_HUONG, criterionCode: c.code, decision: 'accept', expectedVersion: assessment.version, idempotencyKey: key() });
    }
    expect(assessment.status).toBe('approved');
    const line = (await coordinator().campaigns.dashboard({ campaignId })).summary.wards[NGHI_HUONG]!.assessment;
    expect({ self: `${line.selfMet}/${criteria.length}`, verified: `${line.verifiedMet}/${criteria.length}` }).toEqual({ self: '18/22', verified: '18/22' });
  });
});
