import { keys, removeAttribute, setAttribute, setMapEntry, type WriteOp } from '@antq/db';
import {
  type AssessmentLine,
  assessmentDigest,
  type Campaign,
  campaignDigest,
  campaignYear,
  type CampaignSummary,
  type CatalogueContent,
  type PlanLine,
  type Ward,
  type WardAssessment,
  type WardPlan,
  wardProgress,
  yearItemNames,
} from '@antq/domain';
import type { TenantContext } from './mutate.js';

/**
 * The writes that keep a ward's plan or assessment line in step with the change: in the campaign's
 * summary (the dashboard) and in the campaign's digest in the district-year item (the reports).
 */
export function summaryLineOps(
  ctx: TenantContext,
  campaign: Campaign,
  wardId: string,
  part: 'plan' | 'assessment',
  line: PlanLine | AssessmentLine,
  now: string,
): WriteOp[] {
  const t = ctx.repo.tableName;
  const digestLine = part === 'assessment' ? assessmentDigest(line as AssessmentLine) : line;
  return [
    setMapEntry(t, keys.campaignSummary(ctx.tenantId, campaign.campaignId), ['wards', wardId, part], line, now),
    setMapEntry(t, keys.districtYear(ctx.tenantId, campaignYear(campaign)), [yearItemNames.campaign(campaign.campaignId), 'wards', wardId, part], digestLine, now),
  ];
}

/** Writes a campaign's whole digest (at creation, edit and rebuild), leaving the year it no longer counts in. */
export function digestOps(ctx: TenantContext, campaign: Campaign, summary: CampaignSummary, now: string, previous?: Campaign): WriteOp[] {
  const t = ctx.repo.tableName;
  const year = campaignYear(campaign);
  const ops = [setAttribute(t, keys.districtYear(ctx.tenantId, year), yearItemNames.campaign(campaign.campaignId), campaignDigest(campaign, summary), now)];
  if (previous && campaignYear(previous) !== year) ops.push(removeAttribute(t, keys.districtYear(ctx.tenantId, campaignYear(previous)), yearItemNames.campaign(campaign.campaignId), now));
  return ops;
}

/** A summary computed from the heads themselves: at campaign creation (no heads yet) and on rebuild. */
export function computeSummary(
  campaignId: string,
  wardIds: string[],
  wards: Map<string, Ward>,
  catalogue: CatalogueContent,
  plans: WardPlan[],
  assessments: WardAssessment[],
  now: string,
): CampaignSummary {
  const planOf = new Map(plans.map((p) => [p.wardId, p]));
  const assessmentOf = new Map(assessments.map((a) => [a.wardId, a]));
  const lines = wardIds.map((wardId) =>
    wardProgress({ wardId, name: wards.get(wardId)?.name ?? wardId }, catalogue, planOf.get(wardId), assessmentOf.get(wardId)),
  );
  return { campaignId, wards: Object.fromEntries(lines.map((l) => [l.wardId, l])), updatedAt: now };
}
