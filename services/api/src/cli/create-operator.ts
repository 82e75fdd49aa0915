import { parseArgs } from 'node:util';
import { newAccountSchema } from '@antq/domain';
import { issueAccount } from '../accounts/service.js';
import { cognitoIdentity } from '../auth/cognito-identity.js';
import { provinceLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';

/**
 * The first operator of a deployment (everyone else is created through the API by an operator or
 * a coordinator): the Cognito user with a one-time password and its account item, the same path
 * as `accounts.create`.
 *   AUTH_MODE=cognito COGNITO_USER_POOL_ID=… COGNITO_CLIENT_ID=… TABLE_NAME=… AWS_REGION=… \
 *     npm run create-operator -- --username vanhanh.tinh --name "Nguyễn Văn A" --email a@example.gov.vn
 */
const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' } } });
const parsed = newAccountSchema.safeParse({ username: values.username, displayName: values.name, role: 'operator', email: values.email, phone: values.phone });
if (!parsed.success) {
  console.error(`✖ ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  console.error('Cách dùng: npm run create-operator -- --username <tên> --name "<họ tên>" --email <thư điện tử> [--phone <số>]');
  process.exit(2);
}
const config = readConfig();
if (config.auth.mode !== 'cognito') {
  console.error('✖ Lệnh này tạo quản trị viên trên Cognito: đặt AUTH_MODE=cognito, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID. Trên máy cục bộ đã có sẵn tài khoản "vanhanh".');
  process.exit(2);
}
const identity = cognitoIdentity({ region: config.region, userPoolId: config.auth.userPoolId, clientId: config.auth.clientId, endpoint: config.auth.cognitoEndpoint });
const actor = process.env.USER ?? 'operator-cli';
const { account, temporaryPassword } = await issueAccount(
  { user: { sub: `cli:${actor}`, username: actor, displayName: actor, roles: ['operator'] }, platform: createDataAccess(config).platform(), identity, requestId: 'create-operator', findProvince: provinceLookup(config.cataloguePath) },
  parsed.data,
);
console.log(`✔ Đã tạo quản trị nền tảng ${account.username} (${account.displayName}).`);
console.log(`  Mật khẩu dùng một lần (chỉ hiện lần này): ${temporaryPassword}`);
console.log('  Lần đăng nhập đầu tiên cần đặt mật khẩu mới.');
