import { listCampaignHeads, listCampaigns } from '@antq/db';
import { campaignDigest, campaignYear, yearItemNames } from '@antq/domain';
import { computeAwardEntries } from '../awards/rebuild.js';
import { loadCatalogueContent, wardsById } from '../cycle/load.js';
import type { TenantContext } from '../cycle/mutate.js';
import { computeSummary } from '../cycle/summary.js';
import { computeMovementSummaries } from '../movement/summary.js';

/**
 * A district-year item as the source data say it should be: campaigns from the wards' plan and
 * assessment heads, movement figures from the records, awards from the decisions' lines that are
 * not revoked. Reports must equal reports over this (the property test), and it is the slow path
 * the benchmark compares the summary read with.
 */
export async function recomputeDistrictYear(ctx: TenantContext, year: number): Promise<Record<string, unknown>> {
  const item: Record<string, unknown> = {};
  const campaigns = (await listCampaigns(ctx.repo, ctx.tenantId)).filter((c) => campaignYear(c) === year);
  const wards = await wardsById(ctx);
  for (const campaign of campaigns) {
    const { plans, assessments } = await listCampaignHeads(ctx.repo, ctx.tenantId, campaign.campaignId);
    const summary = computeSummary(campaign.campaignId, campaign.wardIds, wards, await loadCatalogueContent(ctx, campaign), plans, assessments, '');
    item[yearItemNames.campaign(campaign.campaignId)] = campaignDigest(campaign, summary);
  }
  Object.assign(item, (await computeMovementSummaries(ctx)).get(year) ?? {});
  Object.assign(item, (await computeAwardEntries(ctx)).get(year) ?? {});
  return item;
}
