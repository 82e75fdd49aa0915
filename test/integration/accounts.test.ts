import { partitions } from '@antq/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureOf } from '../support/errors.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

/**
 * Accounts on the local issuer (DynamoDB Local): who may create and manage whom, sheets that are
 * all-or-nothing, and sign-in as real users meet it (one-time password → new password, refresh,
 * forgotten password, disabling at once, guessing slowed and refused).
 */
let api: TestApi;
const operator = () => api.callerAs('vanhanh');
const donghoi = () => api.callerAs('dieuphoi.donghoi');
const STRONG = 'Quang-Tri-2026!';
const contact = (username: string) => ({ email: `${username}@quangtri.gov.vn` });

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await api.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const signIn = (username: string, password: string) => post('/auth/sign-in', { username, password });

/** Signs in with a one-time password and answers the challenge with a strong password. */
async function firstSignIn(username: string, oneTime: string, password = STRONG) {
  const challenge = await signIn(username, oneTime);
  expect(challenge.body).toMatchObject({ challenge: 'NEW_PASSWORD_REQUIRED', username });
  const session = await post('/auth/new-password', { username, challengeSession: challenge.body.challengeSession, newPassword: password });
  expect(session.status).toBe(200);
  return session.body as { token: string; refreshToken: string; expiresAt: string };
}

async function trpcAs(token: string, path: string) {
  const res = await api.app.request(`/trpc/${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const audits = async (tenantId: string) => (await api.data.forTenant(tenantId).query({ pk: partitions.auditOf(tenantId) })).length;

beforeAll(async () => {
  api = await createTestApi();
});

describe('who may create whom', () => {
  it('the operator creates coordinators of any district and provincial staff of any province', async () => {
    const c = await operator().accounts.create({ username: 'dieuphoi.donghoi.2', displayName: 'Trần Thị Mai', role: 'coordinator', tenantId: '450', ...contact('a') });
    expect(c.account).toMatchObject({ role: 'coordinator', tenantId: '450', provinceId: '44', status: 'invited', createdBy: 'vanhanh', version: 1 });
    expect(c.temporaryPassword).toMatch(/^.{16}$/);
    const p = await operator().accounts.create({ username: 'tinh.quangbinh', displayName: 'Lê Văn Tỉnh', role: 'province_staff', provinceId: '44', phone: '0912 345 678' });
    expect(p.account).toMatchObject({ role: 'province_staff', provinceId: '44', phone: '0912345678' });
  });

  it('a coordinator creates ward officers and coordinators of their own district', async () => {
    const w = await donghoi().accounts.create({ username: 'phuong.haithanh', displayName: 'Phan Văn Hải', role: 'ward_officer', tenantId: '450', wardId: '18853', ...contact('b') });
    expect(w.account).toMatchObject({ tenantId: '450', wardId: '18853', provinceId: '44', createdBy: 'dieuphoi.donghoi' });
    await expect(donghoi().accounts.create({ username: 'dieuphoi.donghoi.3', displayName: 'Hồ Thị Lan', role: 'coordinator', tenantId: '450', ...contact('c') })).resolves.toBeTruthy();
  });

  it.each([
    ['a coordinator, for another district', 'dieuphoi.donghoi', { role: 'ward_officer', tenantId: '307', wardId: '11449' }],
    ['a coordinator, provincial staff', 'dieuphoi.donghoi', { role: 'province_staff', provinceId: '44' }],
    ['a coordinator, an operator', 'dieuphoi.donghoi', { role: 'operator' }],
    ['the operator, a ward officer', 'vanhanh', { role: 'ward_officer', tenantId: '450', wardId: '18853' }],
    ['the operator, an operator', 'vanhanh', { role: 'operator' }],
  ] as const)('refuses %s', async (_name, who, scope) => {
    const before = await audits('450');
    const r = await failureOf(api.callerAs(who).accounts.create({ username: 'ke.xau', displayName: 'Kẻ Xấu', ...scope, ...contact('x') } as never));
    expect(r.code).toBe('FORBIDDEN');
    expect(await audits('450')).toBe(before);
  });

  it('refuses ward officers and provincial staff any account procedure', async () => {
    for (const who of ['phuong.ducninhdong', 'tinh.haiphong']) {
      expect((await failureOf(api.callerAs(who).accounts.create({ username: 'ke.xau', displayName: 'x', role: 'ward_officer', tenantId: '450', wardId: '18853', ...contact('x') }))).code).toBe('FORBIDDEN');
      expect((await failureOf(api.callerAs(who).accounts.list({}))).code).toBe('FORBIDDEN');
    }
  });

  it("answers another district's account like a missing one, and never lets anyone manage an operator", async () => {
    const kienan = await api.callerAs('dieuphoi.kienan').accounts.get({ username: 'dieuphoi.kienan' });
    expect((await failureOf(donghoi().accounts.setEnabled({ username: 'dieuphoi.kienan', enabled: false, expectedVersion: kienan.version }))).code).toBe('NOT_FOUND');
    expect((await failureOf(donghoi().accounts.get({ username: 'vanhanh' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(operator().accounts.resetPassword({ username: 'vanhanh', expectedVersion: 1 }))).code).toBe('NOT_FOUND');
    expect((await failureOf(operator().accounts.get({ username: 'phuong.ducninhdong' }))).code).toBe('NOT_FOUND');
  });

  it('checks the scope against the stored units, with the field and a Vietnamese message', async () => {
    const r = await failureOf(donghoi().accounts.create({ username: 'phuong.sai', displayName: 'Sai Phường', role: 'ward_officer', tenantId: '450', wardId: '11449', ...contact('s') }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { wardId: ['Phường/xã 11449 không thuộc Thành Phố Đồng Hới'] } });
    const taken = await failureOf(donghoi().accounts.create({ username: 'phuong.ducninhdong', displayName: 'Trùng', role: 'ward_officer', tenantId: '450', wardId: '18880', ...contact('t') }));
    expect(taken).toMatchObject({ code: 'CONFLICT', message: 'Tên đăng nhập "phuong.ducninhdong" đã được dùng.' });
    const noContact = await failureOf(donghoi().accounts.create({ username: 'phuong.khong', displayName: 'Không Liên Lạc', role: 'ward_officer', tenantId: '450', wardId: '18856' }));
    expect(noContact.fieldErrors?.email).toEqual(['Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu']);
  });

  it('lists and searches a district’s accounts by role, ward, status and name', async () => {
    const all = await donghoi().accounts.list({});
    expect(all.every((a) => a.tenantId === '450')).toBe(true);
    expect(all.map((a) => a.username)).toEqual(expect.arrayContaining(['dieuphoi.donghoi', 'phuong.ducninhdong', 'phuong.haithanh']));
    expect((await donghoi().accounts.list({ wardId: '18853' })).map((a) => a.username)).toEqual(['phuong.haithanh']);
    expect((await donghoi().accounts.list({ search: 'hải' })).map((a) => a.username)).toContain('phuong.haithanh');
    expect((await donghoi().accounts.list({ status: 'invited', role: 'ward_officer' })).map((a) => a.username)).toEqual(['phuong.haithanh']);
    const province = await operator().accounts.list({ provinceId: '44' });
    expect(province.map((a) => a.username)).toEqual(expect.arrayContaining(['tinh.quangbinh', 'dieuphoi.donghoi']));
  });
});

describe('a sheet of accounts', () => {
  const row = (username: string, wardId: string) => ({ username, displayName: `Cán bộ ${username}`, role: 'ward_officer', tenantId: '450', wardId, phone: '0987654321' });

  it('with one bad row writes nothing and names every problem with its row', async () => {
    const before = [await audits('450'), (await donghoi().accounts.list({})).length];
    const r = await failureOf(donghoi().accounts.import({ rows: [row('phuong.dongphu', '18856'), row('phuong.bacly', '99999'), row('phuong.dongphu', '18859'), { ...row('x', '18859'), displayName: '' }] }));
    expect(r.code).toBe('BAD_REQUEST');
    expect(r.fieldErrors).toMatchObject({
      'rows.1.wardId': ['Phường/xã 99999 không thuộc Thành Phố Đồng Hới'],
      'rows.2.username': ['Tên đăng nhập "phuong.dongphu" trùng với tài khoản thứ 1 trong danh sách'],
      'rows.3.displayName': ['Họ và tên: cần nhập'],
    });
    expect(r.fieldErrors?.['rows.3.username']?.[0]).toMatch(/^Tên đăng nhập: 3–64 ký tự/);
    expect([await audits('450'), (await donghoi().accounts.list({})).length]).toEqual(before);
  });

  it('when every row is right creates them all, each with its one-time password (a dry run writes nothing)', async () => {
    const rows = [row('phuong.dongphu', '18856'), row('phuong.bacly', '18859')];
    expect(await donghoi().accounts.import({ rows, dryRun: true })).toEqual({ created: [], checked: 2 });
    expect((await donghoi().accounts.list({ search: 'phuong.bacly' })).length).toBe(0);
    const { created } = await donghoi().accounts.import({ rows });
    expect(created.map((c) => [c.account.username, c.account.wardId, c.account.status])).toEqual([
      ['phuong.dongphu', '18856', 'invited'],
      ['phuong.bacly', '18859', 'invited'],
    ]);
    expect(new Set(created.map((c) => c.temporaryPassword)).size).toBe(2);
  });
});

describe('signing in as a new user', () => {
  let oneTime: string;
  beforeAll(async () => {
    oneTime = (await donghoi().accounts.create({ username: 'phuong.donghai', displayName: 'Võ Thị Hải', role: 'ward_officer', tenantId: '450', wardId: '18868', email: 'donghai@quangbinh.gov.vn' })).temporaryPassword;
  });

  it('the one-time password leads to a new password that meets the policy, and then a session', async () => {
    const challenge = await signIn('phuong.donghai', oneTime);
    expect(challenge).toMatchObject({ status: 200, body: { challenge: 'NEW_PASSWORD_REQUIRED' } });
    const weak = await post('/auth/new-password', { username: 'phuong.donghai', challengeSession: challenge.body.challengeSession, newPassword: 'matkhau123' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fieldErrors.newPassword).toEqual(['Mật khẩu cần ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt']);
    const forged = await post('/auth/new-password', { username: 'phuong.donghai', challengeSession: 'x.y.z', newPassword: STRONG });
    expect(forged).toMatchObject({ status: 401, body: { error: { code: 'CHALLENGE_EXPIRED' } } });
    const session = await post('/auth/new-password', { username: 'phuong.donghai', challengeSession: challenge.body.challengeSession, newPassword: STRONG });
    expect(session.status).toBe(200);
    const exp = JSON.parse(Buffer.from(session.body.token.split('.')[1], 'base64url').toString()).exp;
    expect(session.body.expiresAt).toBe(new Date(exp * 1000).toISOString());
    const wards = await trpcAs(session.body.token, 'wards.list');
    expect(wards.body.result.data.map((w: { wardId: string }) => w.wardId)).toEqual(['18868']);
    expect(await donghoi().accounts.get({ username: 'phuong.donghai' })).toMatchObject({ status: 'active', lastSignInAt: expect.any(String) });
    expect((await signIn('phuong.donghai', oneTime)).status).toBe(401);
    expect((await signIn('phuong.donghai', STRONG)).body.token).toBeTruthy();
  });

  it('refresh gives a new token until the account is disabled; disabling refuses the still-valid token at once', async () => {
    const session = (await signIn('phuong.donghai', STRONG)).body;
    const refreshed = await post('/auth/refresh', { username: 'phuong.donghai', refreshToken: session.refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await trpcAs(refreshed.body.token, 'wards.list')).status).toBe(200);
    expect((await post('/auth/refresh', { username: 'phuong.donghai', refreshToken: 'not-a-token' })).status).toBe(401);

    const account = await donghoi().accounts.get({ username: 'phuong.donghai' });
    await donghoi().accounts.setEnabled({ username: 'phuong.donghai', enabled: false, expectedVersion: account.version });
    expect(await trpcAs(session.token, 'wards.list')).toMatchObject({ status: 401, body: { error: { code: 'ACCOUNT_DISABLED' } } });
    expect(await signIn('phuong.donghai', STRONG)).toMatchObject({ status: 403, body: { error: { code: 'ACCOUNT_DISABLED', message: 'Tài khoản đã bị khóa. Vui lòng liên hệ cán bộ quản lý tài khoản của đơn vị.' } } });
    expect((await post('/auth/refresh', { username: 'phuong.donghai', refreshToken: session.refreshToken })).status).toBe(403);

    const disabled = await donghoi().accounts.get({ username: 'phuong.donghai' });
    expect(disabled.status).toBe('disabled');
    await donghoi().accounts.setEnabled({ username: 'phuong.donghai', enabled: true, expectedVersion: disabled.version });
    expect((await signIn('phuong.donghai', STRONG)).status).toBe(200);
  });

  it("moving a ward officer to another ward refuses the old token and gives the new ward at the next sign-in", async () => {
    const old = (await signIn('phuong.donghai', STRONG)).body.token;
    const account = await donghoi().accounts.get({ username: 'phuong.donghai' });
    await donghoi().accounts.update({ username: 'phuong.donghai', expectedVersion: account.version, wardId: '18871' });
    expect(await trpcAs(old, 'wards.list')).toMatchObject({ status: 401, body: { error: { code: 'SCOPE_CHANGED' } } });
    const fresh = (await signIn('phuong.donghai', STRONG)).body.token;
    expect((await trpcAs(fresh, 'wards.list')).body.result.data.map((w: { wardId: string }) => w.wardId)).toEqual(['18871']);
  });

  it('sign-out holds: the token is refused from then on, its refresh token gives nothing, a new sign-in works', async () => {
    const session = (await signIn('phuong.donghai', STRONG)).body;
    expect((await trpcAs(session.token, 'wards.list')).status).toBe(200);
    expect(await post('/auth/sign-out', { refreshToken: session.refreshToken }, { authorization: `Bearer ${session.token}` })).toEqual({ status: 200, body: { ok: true } });
    expect(await trpcAs(session.token, 'wards.list')).toMatchObject({ status: 401, body: { error: { code: 'SIGNED_OUT' } } });
    expect((await post('/auth/refresh', { username: 'phuong.donghai', refreshToken: session.refreshToken })).status).toBe(401);
    expect((await post('/auth/sign-out', {})).status).toBe(401);
    expect((await trpcAs((await signIn('phuong.donghai', STRONG)).body.token, 'wards.list')).status).toBe(200);
  });

  it('a reset gives a new one-time password: the old password no longer works, the next sign-in is a challenge', async () => {
    const account = await donghoi().accounts.get({ username: 'phuong.donghai' });
    const { temporaryPassword } = await donghoi().accounts.resetPassword({ username: 'phuong.donghai', expectedVersion: account.version });
    expect((await signIn('phuong.donghai', STRONG)).status).toBe(401);
    await firstSignIn('phuong.donghai', temporaryPassword, 'Dong-Hai-2026!!');
  });

  it('a forgotten password: a code to the contact (the local outbox), then a new password', async () => {
    const asked = await post('/auth/forgot-password', { username: 'phuong.donghai' });
    expect(asked.status).toBe(202);
    expect((await post('/auth/forgot-password', { username: 'khong.ton.tai' })).body).toEqual(asked.body);
    const { messages } = await operator().accounts.outbox();
    const mail = messages.find((m) => m.username === 'phuong.donghai' && m.subject === 'Mã đặt lại mật khẩu ANTQ');
    expect(mail?.to).toBe('donghai@quangbinh.gov.vn');
    const code = /: (\d{6}) /.exec(mail!.body)![1]!;
    const wrong = await post('/auth/reset-password', { username: 'phuong.donghai', code: code === '000000' ? '111111' : '000000', newPassword: STRONG });
    expect(wrong).toMatchObject({ status: 400, body: { error: { fieldErrors: { code: ['Mã xác nhận không đúng.'] } } } });
    expect((await post('/auth/reset-password', { username: 'phuong.donghai', code, newPassword: 'Quen-Mat-Khau-2026' })).status).toBe(200);
    expect((await signIn('phuong.donghai', 'Quen-Mat-Khau-2026')).status).toBe(200);
    expect((await post('/auth/reset-password', { username: 'phuong.donghai', code, newPassword: STRONG })).status).toBe(400);
  });

  it('the own page changes the display name and the password (the current one is checked)', async () => {
    const me = api.callerFor({ ...api.sessionUser('dieuphoi.donghoi'), username: 'phuong.donghai', sub: 'local:phuong.donghai', roles: ['ward_officer'], wardId: '18871' });
    const mine = await me.accounts.me();
    expect((await me.accounts.updateProfile({ displayName: 'Võ Thị Hải Yến', expectedVersion: mine.version })).displayName).toBe('Võ Thị Hải Yến');
    const wrong = await failureOf(me.accounts.changePassword({ currentPassword: 'sai', newPassword: 'Mat-Khau-Moi-2026' }));
    expect(wrong.fieldErrors?.currentPassword).toEqual(['Mật khẩu hiện tại không đúng']);
    await me.accounts.changePassword({ currentPassword: 'Quen-Mat-Khau-2026', newPassword: 'Mat-Khau-Moi-2026' });
    expect((await signIn('phuong.donghai', 'Mat-Khau-Moi-2026')).status).toBe(200);
  });
});

describe('onboarding with the first coordinator', () => {
  it('Thị xã Quảng Trị (462): the district and its coordinator in one step; the coordinator signs in through the challenge', async () => {
    const { tenant, coordinator } = await operator().tenants.onboard({ districtCode: '462', coordinator: { username: 'dieuphoi.quangtri', displayName: 'Nguyễn Thị Trị', email: 'dieuphoi@quangtri.gov.vn' } });
    expect(tenant.name).toMatch(/Quảng Trị/);
    expect(coordinator?.account).toMatchObject({ role: 'coordinator', tenantId: '462', status: 'invited' });
    const session = await firstSignIn('dieuphoi.quangtri', coordinator!.temporaryPassword);
    expect((await trpcAs(session.token, 'tenants.current')).body.result.data.tenantId).toBe('462');
    const again = await failureOf(operator().tenants.onboard({ districtCode: '307', coordinator: { username: 'dieuphoi.quangtri', displayName: 'x', email: 'x@x.vn' } }));
    expect(again.code).toBe('CONFLICT');
    const audit = await api.data.forTenant('462').query<{ action: string; entityId: string }>({ pk: partitions.auditOf('462') });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['account.create', 'account.activate']));
  });
});

describe('guessing passwords', () => {
  it('is slowed, then refused for a while with a clear message, even with the right password', async () => {
    const guarded = await createTestApi({ throttle: { slowAfter: 1, delayStepMs: 20, maxDelayMs: 100, lockUserAfter: 3, lockAddressAfter: 100, windowMinutes: 15, lockMinutes: 15 } });
    const attempt = (password: string) =>
      guarded.app.request('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'phuong.ducninhdong', password }) });
    expect((await attempt('sai-1')).status).toBe(401);
    expect((await attempt('sai-2')).status).toBe(401);
    const slowStarted = performance.now();
    expect((await attempt('sai-3')).status).toBe(401);
    expect(performance.now() - slowStarted).toBeGreaterThanOrEqual(18);
    const locked = await attempt('Antq@2025');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
    expect(((await locked.json()) as { error: { message: string } }).error.message).toBe(
      'Bạn đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 15 phút hoặc chọn "Quên mật khẩu".',
    );
    const other = await guarded.app.request('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dieuphoi.donghoi', password: 'Antq@2025' }) });
    expect(other.status).toBe(200);
  });
});
