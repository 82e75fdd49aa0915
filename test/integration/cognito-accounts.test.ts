import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { catalogueLookup, createApp, createLogger, provinceLookup, readConfig } from '@antq/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdentity } from '../../services/api/src/auth/cognito-identity.js';
import { createTokenVerifier } from '../../services/api/src/auth/verifier.js';
import { type CognitoLocal, startCognitoLocal } from '../support/cognito-local.js';
import { createTestApi } from '../support/test-api.js';

/**
 * The product's whole account story on the AWS code path: the API app built as the Lambda builds
 * it, with the Cognito identity provider pointed at cognito-local (an emulator of the Cognito user
 * pool API, configured from the stack's own user pool) and the table on DynamoDB Local. The first
 * operator comes from `npm run create-operator`, the way a deployment gets one.
 */
const run = promisify(execFile);
let local: CognitoLocal;
let app: ReturnType<typeof createApp>;
let env: Record<string, string>;

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const STRONG = { operator: 'Van-Hanh-2026!', coordinator: 'Quang-Tri-2026!', officer: 'Phuong-An-Don-2026!' };

async function call(path: string, init: { body?: unknown; token?: string; method?: string } = {}) {
  const res = await app.request(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.token && { authorization: `Bearer ${init.token}` }) },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const trpc = async (token: string, path: string, input?: unknown) => {
  const r = await call(`/trpc/${path}`, input === undefined ? { token, method: 'POST', body: {} } : { token, body: input });
  return { status: r.status, data: r.body.result?.data, error: r.body.error };
};
const query = async (token: string, path: string) => {
  const r = await call(`/trpc/${path}`, { token });
  return { status: r.status, data: r.body.result?.data, error: r.body.error };
};

/** The first sign-in: the one-time password gets the challenge, the new password a session. */
async function firstSignIn(username: string, oneTime: string, password: string): Promise<{ token: string; refreshToken: string }> {
  const challenge = await call('/auth/sign-in', { body: { username, password: oneTime } });
  expect(challenge.body).toMatchObject({ challenge: 'NEW_PASSWORD_REQUIRED' });
  const session = await call('/auth/new-password', { body: { username, challengeSession: challenge.body.challengeSession, newPassword: password } });
  expect(session.status, JSON.stringify(session.body)).toBe(200);
  return session.body;
}

beforeAll(async () => {
  local = await startCognitoLocal();
  const api = await createTestApi({ seed: false });
  const config = readConfig({ DYNAMODB_ENDPOINT: api.config.dynamoEndpoint, TABLE_NAME: api.tableName, AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: local.userPoolId, COGNITO_CLIENT_ID: local.clientId, COGNITO_ENDPOINT: local.endpoint });
  if (config.auth.mode !== 'cognito') throw new Error('cognito mode expected');
  app = createApp({
    data: api.data,
    // The API's own verifier, honouring COGNITO_ENDPOINT as the Lambda's would.
    verifier: createTokenVerifier(config.auth),
    identity: cognitoIdentity({ region: local.region, userPoolId: config.auth.userPoolId, clientId: config.auth.clientId, endpoint: config.auth.cognitoEndpoint, credentials }),
    findDistrict: catalogueLookup(config.cataloguePath),
    findProvince: provinceLookup(config.cataloguePath),
    log: createLogger('silent'),
  });
  env = {
    PATH: process.env.PATH ?? '',
    AUTH_MODE: 'cognito',
    COGNITO_USER_POOL_ID: local.userPoolId,
    COGNITO_CLIENT_ID: local.clientId,
    COGNITO_ENDPOINT: local.endpoint,
    TABLE_NAME: api.tableName,
    DYNAMODB_ENDPOINT: api.config.dynamoEndpoint!,
    AWS_REGION: local.region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
}, 120_000);
afterAll(async () => {
  await local?.stop();
});

describe('accounts and sign-in on the Cognito path (emulated by cognito-local, configured from the CDK user pool)', () => {
  let operator: string;
  let coordinator: string;
  let officerOneTime: string;
  let officer: { token: string; refreshToken: string };

  it('npm run create-operator gives a deployment its first operator, who signs in through the challenge', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'services/api/src/cli/create-operator.ts', '--username', 'vanhanh.aws', '--name', 'Quản trị AWS', '--email', 'vanhanh@example.gov.vn'], { env });
    const oneTime = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(stdout)?.[1];
    expect(oneTime, stdout).toBeTruthy();
    operator = (await firstSignIn('vanhanh.aws', oneTime!, STRONG.operator)).token;
    expect((await query(operator, 'tenants.list')).status).toBe(200);
  });

  it('the operator onboards Thị xã Quảng Trị (462) with its first coordinator, who signs in and creates a ward officer', async () => {
    const onboarded = await trpc(operator, 'tenants.onboard', { districtCode: '462', coordinator: { username: 'dieuphoi.quangtri', displayName: 'Nguyễn Thị Trị', email: 'dieuphoi@quangtri.gov.vn' } });
    expect(onboarded.status, JSON.stringify(onboarded.error)).toBe(200);
    expect(onboarded.data.coordinator.account).toMatchObject({ role: 'coordinator', tenantId: '462', status: 'invited' });
    coordinator = (await firstSignIn('dieuphoi.quangtri', onboarded.data.coordinator.temporaryPassword, STRONG.coordinator)).token;
    const wards = await query(coordinator, 'wards.list');
    const ward = wards.data[0] as { wardId: string; name: string };
    const created = await trpc(coordinator, 'accounts.create', { username: 'phuong.an.don', displayName: 'Lê Văn Đôn', role: 'ward_officer', tenantId: '462', wardId: ward.wardId, phone: '0912345678' });
    expect(created.status, JSON.stringify(created.error)).toBe(200);
    officerOneTime = created.data.temporaryPassword;
    officer = await firstSignIn('phuong.an.don', officerOneTime, STRONG.officer);
    expect((await query(officer.token, 'wards.list')).data.map((w: { wardId: string }) => w.wardId)).toEqual([ward.wardId]);
    expect((await query(coordinator, 'accounts.list?input=%7B%7D')).data.find((a: { username: string }) => a.username === 'phuong.an.don')).toMatchObject({ status: 'active' });
  });

  it('a coordinator cannot create anyone in another district, even on the Cognito path', async () => {
    const refused = await trpc(coordinator, 'accounts.create', { username: 'ke.xau', displayName: 'Kẻ Xấu', role: 'ward_officer', tenantId: '450', wardId: '18853', phone: '0912345678' });
    expect(refused.status).toBe(403);
    const signIn = await call('/auth/sign-in', { body: { username: 'ke.xau', password: 'Anything-1234!' } });
    expect(signIn.status).toBe(401);
  });

  it('refresh keeps the session; a disabled officer is refused at once, with the token it still holds', async () => {
    // A password sign-in's refresh token (cognito-local does not keep those it gives with a challenge's answer).
    officer = (await call('/auth/sign-in', { body: { username: 'phuong.an.don', password: STRONG.officer } })).body;
    const refreshed = await call('/auth/refresh', { body: { username: 'phuong.an.don', refreshToken: officer.refreshToken } });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect((await query(refreshed.body.token, 'wards.list')).status).toBe(200);
    const account = (await query(coordinator, 'accounts.get?input=' + encodeURIComponent(JSON.stringify({ username: 'phuong.an.don' })))).data;
    const disabled = await trpc(coordinator, 'accounts.setEnabled', { username: 'phuong.an.don', enabled: false, expectedVersion: account.version });
    expect(disabled.data.status).toBe('disabled');
    expect((await local.call<{ Enabled: boolean }>('AdminGetUser', { UserPoolId: local.userPoolId, Username: 'phuong.an.don' })).Enabled).toBe(false);
    expect((await query(refreshed.body.token, 'wards.list')).status).toBe(401);
    expect((await call('/auth/sign-in', { body: { username: 'phuong.an.don', password: STRONG.officer } })).body.error.code).toBe('ACCOUNT_DISABLED');
    expect((await call('/auth/refresh', { body: { username: 'phuong.an.don', refreshToken: officer.refreshToken } })).status).toBe(403);
    await trpc(coordinator, 'accounts.setEnabled', { username: 'phuong.an.don', enabled: true, expectedVersion: disabled.data.version });
    expect((await call('/auth/sign-in', { body: { username: 'phuong.an.don', password: STRONG.officer } })).status).toBe(200);
  });

  it('a reset gives a new one-time password: the next sign-in is the challenge again', async () => {
    const account = (await query(coordinator, 'accounts.get?input=' + encodeURIComponent(JSON.stringify({ username: 'phuong.an.don' })))).data;
    const reset = await trpc(coordinator, 'accounts.resetPassword', { username: 'phuong.an.don', expectedVersion: account.version });
    expect(reset.status).toBe(200);
    await firstSignIn('phuong.an.don', reset.data.temporaryPassword, 'Phuong-An-Don-2027!');
    expect((await call('/auth/sign-in', { body: { username: 'phuong.an.don', password: 'Phuong-An-Don-2027!' } })).status).toBe(200);
  });
});
