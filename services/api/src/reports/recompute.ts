import { getRecord, keys, listCampaignHeads, listCampaigns, partitions, sortKeyPrefixes, type Stored, strip } from '@antq/db';
import { campaignDigest, campaignYear } from '@antq/domain';
import type { AwardDecision } from '../awards/decisions.js';
import { findAwardForm } from '../awards/forms.js';
import type { Nomination } from '../awards/nominations.js';
import { tallyEntry, tallyName } from '../awards/tallies.js';
import { loadCatalogueContent, wardsById } from '../cycle/load.js';
import type { TenantContext } from '../cycle/mutate.js';
import { computeSummary, digestName } from '../cycle/summary.js';
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
    item[digestName(campaign.campaignId)] = campaignDigest(campaign, summary);
  }
  Object.assign(item, (await computeMovementSummaries(ctx)).get(year) ?? {});
  const decisions = await ctx.repo.query<Stored<AwardDecision>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.decision });
  for (const decision of decisions.map((d) => strip(d) as AwardDecision).filter((d) => Number(d.fields.date.slice(0, 4)) === year)) {
    for (const line of decision.lines.filter((l) => !l.revoked)) {
      const nomination = await getRecord<Nomination>(ctx.repo, keys.nomination(ctx.tenantId, line.nominationId));
      const form = findAwardForm(line.formCode);
      if (nomination && form) item[tallyName(line.outcomeId)] = tallyEntry(form, nomination, decision.decisionId);
    }
  }
  return item;
}
