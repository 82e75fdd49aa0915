import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onboardTenantInput } from '@antq/domain';
import { onboardTenant } from '@antq/db';
import { catalogueLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';

/**
 * Operator command: onboard a district by its GSO code (creates the tenant and its wards).
 *   npm run onboard -- 412
 * Locally it talks to the DynamoDB Local that `npm start` runs; in AWS set TABLE_NAME and AWS credentials.
 */
const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const stackFile = join(root, '.data', 'local-stack.json');
if (!process.env.DYNAMODB_ENDPOINT && !process.env.TABLE_NAME && existsSync(stackFile)) {
  const stack = JSON.parse(readFileSync(stackFile, 'utf8')) as { dynamoEndpoint: string; tableName: string };
  process.env.DYNAMODB_ENDPOINT = stack.dynamoEndpoint;
  process.env.TABLE_NAME = stack.tableName;
}
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
