import { listCampaigns } from '@antq/db';
import { districtCode } from '@antq/domain';
import { rebuildSummary } from '../routers/campaigns/write.handlers.js';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { useLocalStackIfRunning } from './local-stack.js';

/**
 * Operator command: recompute the district summaries of every campaign of a tenant from its
 * plans and assessments (repair after a bug; normally they are kept in step transactionally).
 *   npm run rebuild-summaries -- 450
 */
useLocalStackIfRunning();
const parsed = districtCode.safeParse(process.argv[2] ?? '');
if (!parsed.success) {
  console.error(`✖ ${parsed.error.issues[0]?.message}. Cách dùng: npm run rebuild-summaries -- <mã quận/huyện>`);
  process.exit(2);
}
const tenantId = parsed.data;
const repo = createDataAccess(readConfig()).forTenant(tenantId);
const user = { sub: 'operator-cli', username: process.env.USER ?? 'operator-cli', displayName: 'CLI', roles: ['coordinator' as const], tenantId };
const campaigns = await listCampaigns(repo, tenantId);
for (const campaign of campaigns) {
  const summary = await rebuildSummary({ user, tenantId, repo, requestId: 'cli' }, campaign.campaignId);
  console.log(`✔ ${campaign.name}: ${Object.keys(summary.wards).length} phường/xã`);
}
console.log(`Đã tính lại ${campaigns.length} bản tổng hợp của quận/huyện ${tenantId}.`);
