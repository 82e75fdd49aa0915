import type { WardAssessment } from '../assessments/assessment.js';
import type { Campaign } from '../campaigns/campaign.js';
import { type ReviewStatus, reviewStatuses } from '../common/workflow.js';
import { allCriteria, type CatalogueContent } from '../criteria/catalogue.js';
import { type CriterionValue, isMet, scoreOf } from '../criteria/score.js';
import type { WardPlan } from '../plans/plan.js';

/**
 * One ward's line in the district summary of a campaign. The summary item holds one of these
 * per participating ward, rewritten in the same transaction as every change to the ward's plan
 * or assessment, so the dashboard reads one item and is never stale.
 */
export interface WardProgress {
  wardId: string;
  wardName: string;
  plan: { status: ReviewStatus; late: boolean; submissions: number; lastSubmittedAt?: string };
  assessment: {
    status: ReviewStatus;
    late: boolean;
    submissions: number;
    lastSubmittedAt?: string;
    selfScore: number;
    verifiedScore: number;
    maxScore: number;
    selfMet: number;
    verifiedMet: number;
    verifiedCount: number;
    /** Per criterion: the verified value where there is one, else the ward's own. */
    criteria: Record<string, { value: CriterionValue; verified: boolean; met: boolean }>;
  };
}

export type PlanLine = WardProgress['plan'];
export type AssessmentLine = WardProgress['assessment'];

export function planLine(plan?: Pick<WardPlan, 'status' | 'late' | 'submissions' | 'lastSubmittedAt'>): PlanLine {
  return {
    status: plan?.status ?? 'not_started',
    late: plan?.late ?? false,
    submissions: plan?.submissions ?? 0,
    ...(plan?.lastSubmittedAt && { lastSubmittedAt: plan.lastSubmittedAt }),
  };
}

export function assessmentLine(
  catalogue: CatalogueContent,
  assessment?: Pick<WardAssessment, 'status' | 'late' | 'submissions' | 'lastSubmittedAt' | 'entries' | 'verifications'>,
): AssessmentLine {
  const selfValues = Object.fromEntries((assessment?.entries ?? []).map((e) => [e.criterionCode, e.value]));
  const verifiedValues = Object.fromEntries(Object.entries(assessment?.verifications ?? {}).map(([code, v]) => [code, v.value]));
  const self = scoreOf(catalogue, selfValues);
  const verified = scoreOf(catalogue, verifiedValues);
  const criteria: AssessmentLine['criteria'] = {};
  for (const c of allCriteria(catalogue)) {
    const isVerified = c.code in verifiedValues;
    const value = isVerified ? verifiedValues[c.code] : selfValues[c.code];
    if (value) criteria[c.code] = { value, verified: isVerified, met: isMet(c, value) };
  }
  return {
    status: assessment?.status ?? 'not_started',
    late: assessment?.late ?? false,
    submissions: assessment?.submissions ?? 0,
    ...(assessment?.lastSubmittedAt && { lastSubmittedAt: assessment.lastSubmittedAt }),
    selfScore: self.value,
    verifiedScore: verified.value,
    maxScore: self.max,
    selfMet: self.met,
    verifiedMet: verified.met,
    verifiedCount: verified.answered,
    criteria,
  };
}

/** A ward's whole line, from its plan and assessment heads (used to build and rebuild summaries). */
export function wardProgress(
  ward: { wardId: string; name: string },
  catalogue: CatalogueContent,
  plan?: Parameters<typeof planLine>[0],
  assessment?: Parameters<typeof assessmentLine>[1],
): WardProgress {
  return { wardId: ward.wardId, wardName: ward.name, plan: planLine(plan), assessment: assessmentLine(catalogue, assessment) };
}

export interface CampaignSummary {
  campaignId: string;
  wards: Record<string, WardProgress>;
  updatedAt: string;
}

export type StatusCounts = Record<ReviewStatus, number> & { late: number };

/** Counts for the dashboard, derived from the per-ward lines of one summary item. */
export function summarize(summary: CampaignSummary, campaign: Pick<Campaign, 'planDeadline' | 'assessmentDeadline'>, today: string) {
  const wards = Object.values(summary.wards);
  const counts = (pick: (w: WardProgress) => { status: ReviewStatus; late: boolean }): StatusCounts => {
    const c = Object.fromEntries(reviewStatuses.map((s) => [s, 0])) as StatusCounts;
    c.late = 0;
    for (const w of wards) {
      const p = pick(w);
      c[p.status]++;
      if (p.late) c.late++;
    }
    return c;
  };
  const overdue = (deadline: string, pick: (w: WardProgress) => ReviewStatus) =>
    today > deadline ? wards.filter((w) => ['not_started', 'draft'].includes(pick(w))).map((w) => w.wardId) : [];
  const criteriaMet: Record<string, number> = {};
  for (const w of wards) {
    for (const [code, c] of Object.entries(w.assessment.criteria)) if (c.met) criteriaMet[code] = (criteriaMet[code] ?? 0) + 1;
  }
  return {
    wardCount: wards.length,
    plans: counts((w) => w.plan),
    assessments: counts((w) => w.assessment),
    /** Wards past a deadline that have not submitted at all. */
    overduePlans: overdue(campaign.planDeadline, (w) => w.plan.status),
    overdueAssessments: overdue(campaign.assessmentDeadline, (w) => w.assessment.status),
    criteriaMet,
  };
}

/**
 * A ward's assessment line without per-criterion values, with the criteria met counting the
 * district's verified value where there is one: the headline "28/34" of consolidated reports.
 */
export type AssessmentDigest = Omit<AssessmentLine, 'criteria'> & { met: number };
export const assessmentDigest = ({ criteria, ...rest }: AssessmentLine): AssessmentDigest => ({
  ...rest,
  met: Object.values(criteria).filter((c) => c.met).length,
});

/**
 * A campaign as the district-year item holds it: its facts and one small line per ward, so that a
 * provincial report reads one item per district and never a ward's submission.
 */
export interface CampaignDigest {
  campaignId: string;
  name: string;
  catalogueTitle: string;
  criteriaCount: number;
  periodStart: string;
  periodEnd: string;
  planDeadline: string;
  assessmentDeadline: string;
  /** Which group each criterion belongs to, for "criteria met per group". */
  criteria: Array<{ code: string; groupCode: string }>;
  wards: Record<string, { wardName: string; plan: PlanLine; assessment: AssessmentDigest }>;
}

/** The year a campaign counts in: the year its period starts. */
export const campaignYear = (campaign: Pick<Campaign, 'periodStart'>): number => Number(campaign.periodStart.slice(0, 4));

export function campaignDigest(campaign: Campaign, summary: CampaignSummary): CampaignDigest {
  return {
    campaignId: campaign.campaignId,
    name: campaign.name,
    catalogueTitle: campaign.catalogue.title,
    criteriaCount: campaign.catalogue.criteriaCount,
    periodStart: campaign.periodStart,
    periodEnd: campaign.periodEnd,
    planDeadline: campaign.planDeadline,
    assessmentDeadline: campaign.assessmentDeadline,
    criteria: campaign.catalogue.criteria.map((c) => ({ code: c.code, groupCode: c.groupCode })),
    wards: Object.fromEntries(
      Object.values(summary.wards).map((w) => [w.wardId, { wardName: w.wardName, plan: w.plan, assessment: assessmentDigest(w.assessment) }]),
    ),
  };
}
