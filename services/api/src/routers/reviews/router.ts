import { keys, listCampaigns, type Stored, strip } from '@antq/db';
import type { CampaignSummary } from '@antq/domain';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure } from '../../trpc/procedures.js';

export interface ReviewItem {
  campaignId: string;
  campaignName: string;
  wardId: string;
  wardName: string;
  kind: 'plan' | 'assessment';
  submittedAt?: string;
  submissions: number;
  late: boolean;
}

export const reviewsRouter = router({
  /** What waits for the coordinator: submitted plans and assessments of open campaigns, oldest first. */
  queue: coordinatorProcedure.query(async ({ ctx }) => {
    const open = (await listCampaigns(ctx.repo, ctx.tenantId)).filter((c) => c.status === 'open');
    const summaries = open.length
      ? (await ctx.repo.batchGet<Stored<CampaignSummary>>(open.map((c) => keys.campaignSummary(ctx.tenantId, c.campaignId)))).map(strip)
      : [];
    const names = new Map(open.map((c) => [c.campaignId, c.name]));
    const items: ReviewItem[] = [];
    for (const s of summaries) {
      for (const w of Object.values(s.wards)) {
        for (const kind of ['plan', 'assessment'] as const) {
          const line = w[kind];
          if (line.status !== 'submitted') continue;
          items.push({ campaignId: s.campaignId, campaignName: names.get(s.campaignId) ?? '', wardId: w.wardId, wardName: w.wardName, kind, submittedAt: line.lastSubmittedAt, submissions: line.submissions, late: line.late });
        }
      }
    }
    return items.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  }),
});
