import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { onboardWithCoordinatorInput } from '@antq/domain';
import { cognitoIdentity } from '../auth/cognito-identity.js';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { LocalIdentity } from '../auth/local-identity.js';
import { LocalIssuer } from '../auth/local-issuer.js';
import { catalogueLookup, provinceLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { createLogger } from '../log.js';
import { onboardHandler } from '../routers/tenants/onboard.handler.js';
import { useLocalStackIfRunning } from './local-stack.js';

/**
 * Operator command: onboard a district by its GSO code (creates the tenant and its wards), and
 * optionally its first coordinator with a one-time password, printed once.
 *   npm run onboard -- 462 --coordinator dieuphoi.quangtri --name "Nguyễn Thị Trị" --email a@quangtri.gov.vn
 * Locally it talks to the stack `npm start` runs; in AWS set TABLE_NAME, AUTH_MODE=cognito,
 * COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID and AWS credentials.
 */
useLocalStackIfRunning();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { coordinator: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' } },
});
const parsed = onboardWithCoordinatorInput.safeParse({
  districtCode: positionals[0] ?? '',
  ...(values.coordinator && { coordinator: { username: values.coordinator, displayName: values.name, email: values.email, phone: values.phone } }),
});
if (!parsed.success) {
  console.error(`✖ ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  console.error('Cách dùng: npm run onboard -- <mã quận/huyện> [--coordinator <tên đăng nhập> --name "<họ tên>" --email <thư> | --phone <số>]');
  process.exit(2);
}
const config = readConfig();
const data = createDataAccess(config);
const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));

async function identityOf(): Promise<IdentityProvider> {
  if (config.auth.mode === 'cognito') {
    return cognitoIdentity({ region: config.region, userPoolId: config.auth.userPoolId, clientId: config.auth.clientId, endpoint: config.auth.cognitoEndpoint });
  }
  // The same signing key as the running stack, so the account works with the console at once.
  const issuer = await LocalIssuer.create({ issuer: config.auth.issuer, audience: config.auth.audience, keyFile: join(root, '.data', 'issuer-key.json') });
  return new LocalIdentity(data.platform(), issuer, createLogger('silent'));
}

const actor = process.env.USER ?? 'operator-cli';
try {
  const { tenant, created, coordinator } = await onboardHandler(
    {
      user: { sub: `cli:${actor}`, username: actor, displayName: actor, roles: ['operator'] },
      platform: data.platform(),
      identity: await identityOf(),
      requestId: 'onboard-cli',
      findDistrict: catalogueLookup(config.cataloguePath),
      findProvince: provinceLookup(config.cataloguePath),
    },
    parsed.data,
  );
  console.log(
    created
      ? `✔ Đã tiếp nhận ${tenant.name} (${tenant.provinceName}) với ${tenant.wardCount} phường/xã.`
      : `• ${tenant.name} đã được tiếp nhận trước đó (${tenant.wardCount} phường/xã); không thay đổi gì.`,
  );
  if (coordinator) {
    console.log(`✔ Cán bộ điều phối ${coordinator.account.username} (${coordinator.account.displayName}).`);
    console.log(`  Mật khẩu dùng một lần (chỉ hiện lần này): ${coordinator.temporaryPassword}`);
  }
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
