import { keys, listCampaigns, type Stored, strip } from '@antq/db';
import {
  type Campaign,
  type CampaignSummary,
  campaignYear,
  type ReviewedHead,
  type ReviewStatus,
  summarize,
  vietnamDay,
} from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';

/** Where a ward's plan or self-assessment stands, without its content: what a home needs. */
export interface WorkState {
  status: ReviewStatus;
  submissions: number;
  late: boolean;
  lastSubmittedAt?: string;
  returnReason?: string;
  /** When and by whom (username) the last return was made. */
  returnedAt?: string;
  returnedBy?: string;
  updatedAt?: string;
}

const notStarted: WorkState = { status: 'not_started', submissions: 0, late: false };

function workState(head: ReviewedHead | undefined): WorkState {
  if (!head) return notStarted;
  const lastReturn = [...head.history].reverse().find((e) => e.action === 'return');
  return {
    status: head.status,
    submissions: head.submissions,
    late: head.late,
    ...(head.lastSubmittedAt && { lastSubmittedAt: head.lastSubmittedAt }),
    ...(head.status === 'returned' && head.returnReason && { returnReason: head.returnReason }),
    ...(head.status === 'returned' && lastReturn && { returnedAt: lastReturn.at, returnedBy: lastReturn.by }),
    updatedAt: head.updatedAt,
  };
}

const campaignFacts = (c: Campaign) => ({
  campaignId: c.campaignId,
  name: c.name,
  periodStart: c.periodStart,
  periodEnd: c.periodEnd,
  planDeadline: c.planDeadline,
  assessmentDeadline: c.assessmentDeadline,
  locked: c.locked,
});

/** Criteria met per group over the wards that have results: which part of the set lags. */
function groupsOf(campaign: Campaign, summary: CampaignSummary) {
  const lines = Object.values(summary.wards);
  const assessed = lines.filter((w) => Object.keys(w.assessment.criteria).length > 0);
  const groups = new Map<string, { code: string; criteria: number; met: number; possible: number }>();
  for (const criterion of campaign.catalogue.criteria) {
    const g = groups.get(criterion.groupCode) ?? { code: criterion.groupCode, criteria: 0, met: 0, possible: 0 };
    g.criteria++;
    g.possible += assessed.length;
    g.met += assessed.filter((w) => w.assessment.criteria[criterion.code]?.met).length;
    groups.set(criterion.groupCode, g);
  }
  return { assessedWards: assessed.length, groups: [...groups.values()] };
}

/** One line per year of the district's campaigns (drafts aside): shares a trend chart can draw. */
function trendOf(pairs: Array<{ campaign: Campaign; summary: CampaignSummary }>) {
  const years = new Map<number, { year: number; campaigns: number; wards: number; plansApproved: number; assessmentsSent: number; criteriaMet: number; criteriaPossible: number }>();
  for (const { campaign, summary } of pairs) {
    const year = campaignYear(campaign);
    const y = years.get(year) ?? { year, campaigns: 0, wards: 0, plansApproved: 0, assessmentsSent: 0, criteriaMet: 0, criteriaPossible: 0 };
    y.campaigns++;
    for (const w of Object.values(summary.wards)) {
      y.wards++;
      if (w.plan.status === 'approved') y.plansApproved++;
      if (w.assessment.status === 'submitted' || w.assessment.status === 'approved') {
        y.assessmentsSent++;
        y.criteriaMet += Object.values(w.assessment.criteria).filter((c) => c.met).length;
        y.criteriaPossible += campaign.catalogue.criteriaCount;
      }
    }
    years.set(year, y);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/**
 * "Việc cần làm": what each role's home shows first. Read from what is already stored (campaign
 * summaries, the ward's heads), for the caller's own tenant and ward only.
 */
export const homeRouter = router({
  /** A ward officer: the open campaigns of their ward, with where its plan and self-assessment stand. */
  ward: tenantScoped.query(async ({ ctx }) => {
    const wardId = ctx.user.wardId;
    if (!wardId || !ctx.user.roles.includes('ward_officer')) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Chỉ cán bộ phường/xã có trang việc cần làm của phường/xã.' });
    }
    const campaigns = (await listCampaigns(ctx.repo, ctx.tenantId)).filter((c) => c.status === 'open' && c.wardIds.includes(wardId));
    const heads = campaigns.length
      ? await ctx.repo.batchGet<Stored<ReviewedHead>>(
          campaigns.flatMap((c) => [keys.plan(ctx.tenantId, c.campaignId, wardId), keys.assessment(ctx.tenantId, c.campaignId, wardId)]),
        )
      : [];
    const headOf = (campaignId: string, prefix: string) => {
      const found = heads.find((h) => h.campaignId === campaignId && h.SK.startsWith(prefix));
      return found ? strip(found) : undefined;
    };
    return {
      today: vietnamDay(),
      campaigns: campaigns.map((c) => ({
        ...campaignFacts(c),
        plan: workState(headOf(c.campaignId, 'PLAN#')),
        assessment: workState(headOf(c.campaignId, 'ASSESSMENT#')),
      })),
    };
  }),

  /**
   * A coordinator: per open campaign, plans and self-assessments by status, wards past a deadline
   * without sending, criteria met per group; and one line per year of all the district's campaigns.
   */
  district: coordinatorProcedure.query(async ({ ctx }) => {
    const all = (await listCampaigns(ctx.repo, ctx.tenantId)).filter((c) => c.status !== 'draft');
    const summaries = all.length ? (await ctx.repo.batchGet<Stored<CampaignSummary>>(all.map((c) => keys.campaignSummary(ctx.tenantId, c.campaignId)))).map(strip) : [];
    const summaryOf = new Map(summaries.map((s) => [s.campaignId, s]));
    const pairs = all.flatMap((campaign) => {
      const summary = summaryOf.get(campaign.campaignId);
      return summary ? [{ campaign, summary }] : [];
    });
    const today = vietnamDay();
    const open = pairs
      .filter(({ campaign }) => campaign.status === 'open')
      .map(({ campaign, summary }) => {
        const totals = summarize(summary, campaign, today);
        const nameOf = (wardId: string) => ({ wardId, wardName: summary.wards[wardId]?.wardName ?? wardId });
        const notSent = (pick: 'plan' | 'assessment') =>
          Object.values(summary.wards).filter((w) => w[pick].status === 'not_started' || w[pick].status === 'draft' || w[pick].status === 'returned').length;
        return {
          ...campaignFacts(campaign),
          wardCount: totals.wardCount,
          plans: totals.plans,
          assessments: totals.assessments,
          overduePlans: totals.overduePlans.map(nameOf),
          overdueAssessments: totals.overdueAssessments.map(nameOf),
          plansNotSent: notSent('plan'),
          assessmentsNotSent: notSent('assessment'),
          ...groupsOf(campaign, summary),
        };
      })
      .sort((a, b) => a.planDeadline.localeCompare(b.planDeadline));
    return { today, campaigns: open, trend: trendOf(pairs) };
  }),
});
