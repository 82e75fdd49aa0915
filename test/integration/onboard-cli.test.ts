import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

// `npm run onboard` as an operator runs it, a separate process against the table (DynamoDB Local).
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let api: TestApi;

const onboard = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'services/api/src/cli/onboard.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DYNAMODB_ENDPOINT: api.config.dynamoEndpoint, TABLE_NAME: api.tableName },
  }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );

beforeAll(async () => {
  api = await createTestApi();
});

describe('npm run onboard', () => {
  it('onboards Thị xã Quảng Trị (462) with its first coordinator, whose one-time password is printed once and signs in', async () => {
    const { code, out } = await onboard('462', '--coordinator', 'dieuphoi.quangtri', '--name', 'Nguyễn Thị Trị', '--email', 'dieuphoi@quangtri.gov.vn');
    expect(code, out).toBe(0);
    expect(out).toMatch(/✔ Đã tiếp nhận Thị xã Quảng Trị \(Tỉnh Quảng Trị\) với \d+ phường\/xã\./);
    const oneTime = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(out)?.[1];
    const res = await api.app.request('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dieuphoi.quangtri', password: oneTime }) });
    expect(await res.json()).toMatchObject({ challenge: 'NEW_PASSWORD_REQUIRED' });
    expect(await api.callerAs('vanhanh').accounts.list({ tenantId: '462' })).toEqual([expect.objectContaining({ username: 'dieuphoi.quangtri', role: 'coordinator', status: 'invited' })]);
  });

  it('refuses a taken username before onboarding anything, and a coordinator without a contact', async () => {
    const taken = await onboard('303', '--coordinator', 'dieuphoi.kienan', '--name', 'Trùng Tên', '--email', 'x@example.vn');
    expect(taken).toMatchObject({ code: 1, out: expect.stringContaining('Tên đăng nhập "dieuphoi.kienan" đã được dùng.') });
    const noContact = await onboard('303', '--coordinator', 'dieuphoi.hongbang', '--name', 'Không Liên Lạc');
    expect(noContact).toMatchObject({ code: 2, out: expect.stringContaining('Cần thư điện tử hoặc số điện thoại') });
  });
});
