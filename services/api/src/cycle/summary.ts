import { keys, setMapEntry, type WriteOp } from '@antq/db';
import {
  type AssessmentLine,
  type CampaignSummary,
  type CatalogueContent,
  type PlanLine,
  type Ward,
  type WardAssessment,
  type WardPlan,
  wardProgress,
} from '@antq/domain';
import type { TenantContext } from './mutate.js';

/** The write that keeps a ward's plan or assessment line of the district summary in step with the change. */
export function summaryLineOp(
  ctx: TenantContext,
  campaignId: string,
  wardId: string,
  part: 'plan' | 'assessment',
  line: PlanLine | AssessmentLine,
  now: string,
): WriteOp {
  return setMapEntry(ctx.repo.tableName, keys.campaignSummary(ctx.tenantId, campaignId), ['wards', wardId, part], line, now);
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
