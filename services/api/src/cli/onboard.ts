import { onboardTenantInput } from '@antq/domain';
import { onboardTenant } from '@antq/db';
import { catalogueLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { useLocalStackIfRunning } from './local-stack.js';

/**
 * Operator command: onboard a district by its GSO code (creates the tenant and its wards).
 *   npm run onboard -- 412
 * Locally it talks to the DynamoDB Local that `npm start` runs; in AWS set TABLE_NAME and AWS credentials.
 */
useLocalStackIfRunning();
const parsed = onboardTenantInput.safeParse({ districtCode: process.argv[2] ?? '' });
if (!parsed.success) {
  console.error(`✖ ${parsed.error.issues[0]?.message}. Cách dùng: npm run onboard -- <mã quận/huyện>`);
  process.exit(2);
}
const config = readConfig();
const unit = await catalogueLookup(config.cataloguePath)(parsed.data.districtCode);
if (!unit) {
  console.error(`✖ Không có quận/huyện mã ${parsed.data.districtCode} trong danh mục đơn vị hành chính.`);
  process.exit(1);
}
const { tenant, created } = await onboardTenant(createDataAccess(config).platform(), unit, {
  sub: 'operator-cli',
  username: process.env.USER ?? 'operator-cli',
});
console.log(
  created
    ? `✔ Đã tiếp nhận ${tenant.name} (${tenant.provinceName}) với ${tenant.wardCount} phường/xã.`
    : `• ${tenant.name} đã được tiếp nhận trước đó (${tenant.wardCount} phường/xã); không thay đổi gì.`,
);
