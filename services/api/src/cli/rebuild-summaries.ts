import { districtCode } from '@antq/domain';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { rebuildDistrict } from '../maintenance/rebuild-district.js';
import { useLocalStackIfRunning } from './local-stack.js';

/**
 * Operator command: recompute a district's derived items (campaign summaries and digests, the
 * movement and award parts of its district-year items) from its source data (repair after a bug,
 * or after an upgrade that changes their shape; normally they are kept in step transactionally).
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
const done = await rebuildDistrict({ user, tenantId, repo, requestId: 'cli' });
console.log(`Đã tính lại ${done.campaigns} bản tổng hợp chiến dịch, số liệu phong trào ${done.movementYears} năm và khen thưởng ${done.awardYears} năm của quận/huyện ${tenantId}.`);
