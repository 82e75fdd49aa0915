import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const signIn = (username: string, password: string) =>
  api.app.request('/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

const wardsWith = (token: string) => api.app.request('/trpc/wards.list', { headers: { authorization: `Bearer ${token}` } });

describe('sign-in with the local issuer', () => {
  it('gives a token that the API accepts', async () => {
    const res = await signIn('dieuphoi.kienan', 'Antq@2025');
    expect(res.status).toBe(200);
    const { token, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const wards = await wardsWith(token);
    expect(wards.status).toBe(200);
  });

  it('answers a wrong password with a clear Vietnamese message', async () => {
    const res = await signIn('dieuphoi.kienan', 'sai-mat-khau');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await signIn('khong.ton.tai', 'Antq@2025');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('answers an empty form with 400 and the fields', async () => {
    const res = await signIn('', '');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.username).toEqual(['Vui lòng nhập tên đăng nhập']);
    expect(body.error.fieldErrors.password).toEqual(['Vui lòng nhập mật khẩu']);
  });

  it('stores passwords hashed, never in plain text', async () => {
    const account = await api.data.platform().get<Record<string, unknown>>({ PK: 'USER#dieuphoi.kienan', SK: 'PROFILE' });
    const credential = await api.data.platform().get<Record<string, unknown>>({ PK: 'USER#dieuphoi.kienan', SK: 'CREDENTIAL' });
    expect(JSON.stringify([account, credential])).not.toContain('Antq@2025');
    expect(account).not.toHaveProperty('passwordHash');
    expect(String(credential?.passwordHash)).toMatch(/^scrypt\$/);
  });

  it('publishes the public key as JWKS (no private parts)', async () => {
    const res = await api.app.request('/auth/jwks.json');
    const jwks = (await res.json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('tokens the API refuses with 401', () => {
  it('an expired token', async () => {
    const token = await api.tokenFor('dieuphoi.kienan', -60);
    const res = await wardsWith(token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/hết hạn/);
  });

  it('a token signed with another key, even with the right kid and claims', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    void (await exportJWK(publicKey));
    const forged = await new SignJWT({ 'cognito:username': 'dieuphoi.kienan', 'cognito:groups': ['coordinator', 'operator'], 'custom:tenantId': '450' })
      .setProtectedHeader({ alg: 'RS256', kid: 'antq-local-1' })
      .setSubject('local:dieuphoi.kienan')
      .setIssuer('antq-local-issuer')
      .setAudience('antq-console')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await wardsWith(forged)).status).toBe(401);
  });

  it('an unsigned token (alg none) and garbage', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: 'antq-local-1' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', 'cognito:username': 'x', 'cognito:groups': ['operator'] })).toString('base64url');
    expect((await wardsWith(`${header}.${payload}.`)).status).toBe(401);
    expect((await wardsWith('not-a-token')).status).toBe(401);
  });

  it('a call without a token reaches tRPC as UNAUTHORIZED (401) with a Vietnamese message', async () => {
    const res = await api.app.request('/trpc/wards.list');
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe('Bạn cần đăng nhập để thực hiện thao tác này.');
  });
});

describe('every response', () => {
  it('carries a request id, also on errors', async () => {
    const ok = await api.app.request('/health');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    const refused = await api.app.request('/trpc/wards.list');
    expect(refused.headers.get('x-request-id')).toBeTruthy();
    const body = (await refused.json()) as { error: { data: { requestId: string } } };
    expect(body.error.data.requestId).toBe(refused.headers.get('x-request-id'));
  });
});
