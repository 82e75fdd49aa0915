import { listCampaigns } from '@antq/db';
import { rebuildAwardEntries, rebuildPersonMarks } from '../awards/rebuild.js';
import type { TenantContext } from '../cycle/mutate.js';
import { rebuildMovementSummaries } from '../movement/summary.js';
import { rebuildSummary } from '../routers/campaigns/write.handlers.js';

/**
 * Recomputes every derived item of a district from its source data: each campaign's summary and
 * digest, and the movement and award parts of its district-year items. Normally they are kept in
 * step by the transactions; this is the repair (and the migration when their shape changes).
 */
export async function rebuildDistrict(ctx: TenantContext): Promise<{ campaigns: number; movementYears: number; awardYears: number; personMarks: number }> {
  const campaigns = await listCampaigns(ctx.repo, ctx.tenantId);
  for (const campaign of campaigns) await rebuildSummary(ctx, campaign.campaignId);
  return {
    campaigns: campaigns.length,
    movementYears: await rebuildMovementSummaries(ctx),
    awardYears: await rebuildAwardEntries(ctx),
    personMarks: await rebuildPersonMarks(ctx),
  };
}
