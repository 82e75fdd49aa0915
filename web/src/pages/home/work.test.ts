import { describe, expect, it } from 'vitest';
import { nextReviewItem, queueSummary, reviewPath } from '../reviews/next';
import { daysUntil, deadlinesThisWeek, type DistrictHomeOutput, lateWards, trendPoints, type WardHomeOutput, wardCounts, wardWorkItems } from './work';

const state = (status: WardHomeOutput['campaigns'][number]['plan']['status'], extra: Partial<WardHomeOutput['campaigns'][number]['plan']> = {}) => ({
  status,
  submissions: status === 'not_started' || status === 'draft' ? 0 : 1,
  late: false,
  ...extra,
});

const campaign = (id: string, planDeadline: string, assessmentDeadline: string, plan = state('not_started'), assessment = state('not_started')) => ({
  campaignId: id,
  name: `Chiến dịch ${id}`,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  planDeadline,
  assessmentDeadline,
  locked: false,
  plan,
  assessment,
});

describe('daysUntil', () => {
  it('counts whole days, 0 on the day and negative once past', () => {
    expect(daysUntil('2026-03-01', '2026-03-08')).toBe(7);
    expect(daysUntil('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysUntil('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysUntil('2026-10-20', '2026-10-30')).toBe(10);
  });
});

describe("the ward's work, most urgent first", () => {
  const home: WardHomeOutput = {
    today: '2026-03-01',
    campaigns: [
      campaign('A', '2026-03-20', '2026-11-30', state('approved'), state('not_started')),
      campaign('B', '2026-02-20', '2026-11-30', state('draft'), state('not_started')),
      campaign('C', '2026-03-10', '2026-11-30', state('returned', { returnReason: 'Bổ sung', returnedAt: '2026-02-25T01:00:00Z', returnedBy: 'dieuphoi' }), state('not_started')),
      campaign('D', '2026-03-05', '2026-11-30', state('submitted'), state('not_started')),
    ],
  };
  const items = wardWorkItems(home);

  it('puts the returned item first with its reason, then the overdue, then by deadline, then waiting and done', () => {
    expect(items[0]).toMatchObject({ campaignId: 'C', part: 'plan', urgency: 'returned', returnReason: 'Bổ sung', returnedBy: 'dieuphoi', daysLeft: 9 });
    expect(items[1]).toMatchObject({ campaignId: 'B', part: 'plan', urgency: 'overdue', daysLeft: -9 });
    expect(items.slice(2, 6).map((i) => `${i.campaignId}/${i.part}`)).toEqual(['A/assessment', 'B/assessment', 'C/assessment', 'D/assessment']);
    expect(items.slice(-2).map((i) => `${i.campaignId}/${i.urgency}`)).toEqual(['D/waiting', 'A/done']);
  });

  it('counts what still needs the ward, per part, for the navigation', () => {
    expect(wardCounts(items)).toEqual({ plan: 2, assessment: 4 });
    expect(wardCounts(wardWorkItems({ ...home, campaigns: home.campaigns.map((c) => ({ ...c, locked: true })) }))).toEqual({ plan: 0, assessment: 0 });
  });
});

const counts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0, late: 0 };
const districtCampaign = (id: string, planDeadline: string, assessmentDeadline: string, extra: Partial<DistrictHomeOutput['campaigns'][number]> = {}) => ({
  campaignId: id,
  name: `Chiến dịch ${id}`,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  planDeadline,
  assessmentDeadline,
  locked: false,
  wardCount: 3,
  plans: counts,
  assessments: counts,
  overduePlans: [],
  overdueAssessments: [],
  plansNotSent: 2,
  assessmentsNotSent: 3,
  assessedWards: 0,
  groups: [],
  ...extra,
});

describe("the coordinator's home", () => {
  const home: DistrictHomeOutput = {
    today: '2026-03-01',
    campaigns: [
      districtCampaign('A', '2026-03-08', '2026-03-09', { overduePlans: [], overdueAssessments: [] }),
      districtCampaign('B', '2026-02-20', '2026-03-02', { overduePlans: [{ wardId: '1', wardName: 'Phường Một' }] }),
    ],
    trend: [{ year: 2026, campaigns: 2, wards: 6, plansApproved: 3, assessmentsSent: 2, criteriaMet: 30, criteriaPossible: 40 }],
  };

  it('lists the deadlines of the coming seven days, soonest first, with the wards still to send', () => {
    expect(deadlinesThisWeek(home).map((d) => `${d.campaignId}/${d.part}/${d.daysLeft}/${d.notSent}`)).toEqual(['B/assessment/1/3', 'A/plan/7/2']);
  });

  it('names the wards past a deadline without sending', () => {
    expect(lateWards(home)).toEqual([{ campaignId: 'B', campaignName: 'Chiến dịch B', part: 'plan', wardId: '1', wardName: 'Phường Một' }]);
  });

  it('draws a trend only from two years on, in per cent', () => {
    expect(trendPoints(home.trend)).toEqual([]);
    const two = [{ ...home.trend[0]!, year: 2025 }, home.trend[0]!];
    expect(trendPoints(two)[1]).toEqual({ year: '2026', plansApproved: 50, assessmentsSent: 33, criteriaMet: 75 });
  });
});

describe('the review queue', () => {
  const item = (wardId: string, kind: 'plan' | 'assessment', submittedAt: string) => ({ campaignId: 'C', campaignName: 'C', wardId, wardName: wardId, kind, submittedAt, submissions: 1, late: false });
  const queue = [item('1', 'plan', '2026-01-01T00:00:00Z'), item('2', 'assessment', '2026-01-02T00:00:00Z'), item('3', 'plan', '2026-01-03T00:00:00Z')];

  it('goes on to the oldest item that is not the one just reviewed', () => {
    expect(nextReviewItem(queue, { campaignId: 'C', wardId: '1', kind: 'plan' })?.wardId).toBe('2');
    expect(nextReviewItem(queue, { campaignId: 'C', wardId: '2', kind: 'plan' })?.wardId).toBe('1');
    expect(nextReviewItem([queue[0]!], { campaignId: 'C', wardId: '1', kind: 'plan' })).toBeUndefined();
    expect(reviewPath(queue[1]!)).toBe('/campaigns/C/wards/2?tab=assessment');
  });

  it('counts what waits and names the oldest', () => {
    expect(queueSummary(queue)).toMatchObject({ count: 3, oldest: { wardId: '1' } });
    expect(queueSummary([])).toEqual({ count: 0 });
  });
});
