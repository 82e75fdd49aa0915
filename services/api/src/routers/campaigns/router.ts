import { getCampaignSummary, keys, listCampaigns, type Stored, strip } from '@antq/db';
import {
  type Campaign,
  campaignActionInput,
  campaignRefInput,
  type CampaignSummary,
  createCampaignInput,
  summarize,
  updateCampaignInput,
  vietnamDay,
} from '@antq/domain';
import { loadCampaign } from '../../cycle/load.js';
import { notFound } from '../../cycle/mutate.js';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';
import { actOnCampaign, createCampaign, rebuildSummary, updateCampaign } from './write.handlers.js';


export const campaignsRouter = router({
  /** Coordinators see every campaign of the district; ward officers the open or closed ones their ward is in. */
  list: tenantScoped.query(async ({ ctx }) => {
    const all = await listCampaigns(ctx.repo, ctx.tenantId);
    const visible = ctx.user.roles.includes('coordinator')
      ? all
      : all.filter((c) => c.status !== 'draft' && c.wardIds.includes(ctx.user.wardId ?? ''));
    return visible.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }),
  get: tenantScoped.input(campaignRefInput).query(({ ctx, input }) => loadCampaign(ctx, input.campaignId)),
  /** The district dashboard of a campaign: the campaign and its summary, in one round trip. */
  dashboard: coordinatorProcedure.input(campaignRefInput).query(async ({ ctx, input }) => {
    const items = await ctx.repo.batchGet<Stored<Campaign | CampaignSummary>>([
      keys.campaign(ctx.tenantId, input.campaignId),
      keys.campaignSummary(ctx.tenantId, input.campaignId),
    ]);
    const campaign = items.find((i) => i.SK.startsWith('CAMPAIGN#'));
    const summary = items.find((i) => i.SK === 'SUMMARY');
    if (!campaign || !summary) throw notFound('Không tìm thấy chiến dịch trong quận/huyện của bạn.');
    const c = strip(campaign) as Campaign;
    const s = strip(summary) as CampaignSummary;
    return { campaign: c, summary: s, totals: summarize(s, c, vietnamDay()) };
  }),
  summary: coordinatorProcedure.input(campaignRefInput).query(async ({ ctx, input }) => {
    const summary = await getCampaignSummary(ctx.repo, ctx.tenantId, input.campaignId);
    if (!summary) throw notFound('Không tìm thấy chiến dịch trong quận/huyện của bạn.');
    return summary;
  }),
  create: coordinatorProcedure.input(createCampaignInput).mutation(({ ctx, input }) => createCampaign(ctx, input)),
  update: coordinatorProcedure.input(updateCampaignInput).mutation(({ ctx, input }) => updateCampaign(ctx, input)),
  act: coordinatorProcedure.input(campaignActionInput).mutation(({ ctx, input }) => actOnCampaign(ctx, input)),
  rebuildSummary: coordinatorProcedure.input(campaignRefInput).mutation(({ ctx, input }) => rebuildSummary(ctx, input.campaignId)),
});
