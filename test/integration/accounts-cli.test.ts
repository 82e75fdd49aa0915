import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

// `antq accounts …` as a coordinator runs it: a separate process, over HTTP, against the real API
// on DynamoDB Local (local issuer), signed in as the coordinator of Thành phố Đồng Hới (450).
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'antq-accounts-cli-'));
let api: TestApi;
let baseUrl: string;
let close: () => void;

const operatorDir = mkdtempSync(join(tmpdir(), 'antq-accounts-cli-operator-'));

const antq = (...args: string[]) => antqIn(configDir, ...args);
function antqIn(dir: string, ...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', join(root, 'packages/client/src/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ANTQ_CONFIG_DIR: dir, ANTQ_PASSWORD: 'Antq@2025' },
  }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );
}

function file(name: string, text: string): string {
  const path = join(configDir, name);
  writeFileSync(path, text);
  return path;
}

const passwordOf = (out: string, username: string) => new RegExp(`${username.replace(/\./g, '\\.')}\\s+.+?\\s{2,}(\\S{12,})`).exec(out)?.[1];

async function signInOver(username: string, password: string) {
  const res = await fetch(`${baseUrl}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return { status: res.status, body: (await res.json()) as { challenge?: string; token?: string; error?: { message: string } } };
}

/** One-time passwords the CLI printed, kept by the test only to sign in with them. */
const printed = new Map<string, string>();
const coordinator = () => api.callerAs('dieuphoi.donghoi');

beforeAll(async () => {
  api = await createTestApi();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  expect((await antq('sign-in', '--url', baseUrl, '--user', 'dieuphoi.donghoi')).out).toContain('Đã đăng nhập dieuphoi.donghoi');
});
afterAll(() => close?.());

describe('the accounts CLI (local issuer, DynamoDB Local)', () => {
  it('imports a CSV of two ward officers: both created, each one-time password printed once and good for the first sign-in', async () => {
    const csv = file(
      'hai-can-bo.csv',
      '\uFEFFTên đăng nhập;Họ và tên;Vai trò;Mã phường/xã;Số điện thoại\r\n' +
        'phuong.haithanh.lan;Lê Thị Lan;Cán bộ phường/xã;18853;0912345678\r\n' +
        'phuong.dongphu.minh;"Nguyễn Văn Minh";ward_officer;18856;0905 111 222\r\n',
    );
    const r = await antq('accounts', 'import', csv);
    expect(r).toEqual({ code: 0, out: expect.stringContaining('Đã tạo 2 tài khoản') });
    expect(r.out).toContain('Mật khẩu dùng một lần');
    const lan = passwordOf(r.out, 'phuong.haithanh.lan');
    const minh = passwordOf(r.out, 'phuong.dongphu.minh');
    expect(lan).toBeDefined();
    expect(minh).toBeDefined();
    expect(lan).not.toBe(minh);
    printed.set('phuong.dongphu.minh', minh!);

    const stored = await coordinator().accounts.get({ username: 'phuong.haithanh.lan' });
    expect(stored).toMatchObject({ displayName: 'Lê Thị Lan', role: 'ward_officer', tenantId: '450', wardId: '18853', status: 'invited', createdBy: 'dieuphoi.donghoi' });
    expect(JSON.stringify(stored)).not.toContain(lan!);
    // The one-time password opens the first sign-in's challenge (set a new password), nothing more.
    expect((await signInOver('phuong.haithanh.lan', lan!)).body.challenge).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('refuses a sheet with one bad row before sending it: every problem on its line, nothing created', async () => {
    const csv = file(
      'mot-dong-sai.csv',
      'Tên đăng nhập,Họ và tên,Vai trò,Mã phường/xã,Thư điện tử\n' +
        'phuong.bacly.hoa,Trần Thị Hoa,ward_officer,18859,hoa@example.vn\n' +
        'phuong.bacly.nam,,ward_officer,99999,nam@example.vn\n',
    );
    const r = await antq('accounts', 'import', csv);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Dòng 3, cột “Họ và tên”: cần nhập');
    expect(r.out).toContain('Dòng 3, cột “Mã phường/xã”: Mã phường/xã 99999 không thuộc quận/huyện 450');
    expect(r.out).toContain('Không tạo tài khoản nào');
    expect((await coordinator().accounts.list({ search: 'phuong.bacly' })).length).toBe(0);
  });

  it('shows the server refusal of a row on its sheet line (username taken), and still creates nothing', async () => {
    const csv = file(
      'trung-ten.csv',
      'Tên đăng nhập,Họ và tên,Vai trò,Mã phường/xã,Thư điện tử\n' +
        'phuong.bacly.hoa,Trần Thị Hoa,ward_officer,18859,hoa@example.vn\n' +
        'phuong.haithanh.lan,Lê Thị Lan,ward_officer,18853,lan@example.vn\n',
    );
    const r = await antq('accounts', 'import', csv);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Dòng 3, cột “Tên đăng nhập”: .*phuong\.haithanh\.lan.* đã được dùng/);
    expect((await coordinator().accounts.list({ search: 'phuong.bacly' })).length).toBe(0);
  });

  it('creates one account from flags, in the coordinator’s district, and prints its one-time password', async () => {
    const r = await antq('accounts', 'create', '--username', 'phuong.ducninhdong.thu', '--name', 'Phạm Thị Thu', '--role', 'ward_officer', '--ward', '18880', '--email', 'thu@example.vn');
    expect(r).toEqual({ code: 0, out: expect.stringContaining('Đã tạo tài khoản phuong.ducninhdong.thu — Phạm Thị Thu, Cán bộ phường/xã, Phường Đức Ninh Đông (18880).') });
    expect(r.out).toMatch(/Mật khẩu dùng một lần: \S{12,}/);
    expect(await coordinator().accounts.get({ username: 'phuong.ducninhdong.thu' })).toMatchObject({ tenantId: '450', wardId: '18880' });
    const bad = await antq('accounts', 'create', '--username', 'x', '--name', 'Ai Đó', '--role', 'giám đốc');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('--username: Tên đăng nhập: 3–64 ký tự');
    expect(bad.out).toContain('--role: cần ghi một trong ward_officer');
  });

  it('disables an account (shown disabled, its sign-in refused), enables it again and resets its password', async () => {
    const off = await antq('accounts', 'disable', 'phuong.dongphu.minh');
    expect(off).toEqual({ code: 0, out: expect.stringContaining('Đã khóa tài khoản phuong.dongphu.minh (Nguyễn Văn Minh)') });
    expect((await coordinator().accounts.get({ username: 'phuong.dongphu.minh' })).status).toBe('disabled');
    const listed = await antq('accounts', 'list', '--status', 'disabled');
    expect(listed.out).toContain('phuong.dongphu.minh');
    expect(listed.out).toContain('Đã khóa');
    expect(listed.out).not.toContain('phuong.haithanh.lan');
    const refused = await signInOver('phuong.dongphu.minh', printed.get('phuong.dongphu.minh')!);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toContain('Tài khoản đã bị khóa');

    expect((await antq('accounts', 'enable', 'phuong.dongphu.minh')).out).toContain('Đã mở khóa tài khoản phuong.dongphu.minh');
    expect((await coordinator().accounts.get({ username: 'phuong.dongphu.minh' })).status).toBe('invited');
    const reset = await antq('accounts', 'reset', 'phuong.dongphu.minh');
    expect(reset.code).toBe(0);
    const password = /Mật khẩu dùng một lần: (\S+)/.exec(reset.out)?.[1];
    expect((await signInOver('phuong.dongphu.minh', password!)).body.challenge).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('lists with filters by role, ward, status and search', async () => {
    const officers = await antq('accounts', 'list', '--role', 'ward_officer');
    for (const u of ['phuong.haithanh.lan', 'phuong.dongphu.minh', 'phuong.ducninhdong.thu', 'phuong.ducninhdong']) expect(officers.out).toContain(u);
    expect(officers.out).not.toContain('dieuphoi.donghoi');
    expect(officers.out).not.toContain('phuong.nghihuong'); // Vinh's officer: another district

    const ward = await antq('accounts', 'list', '--ward', '18853');
    expect(ward.out).toContain('Phường Hải Thành (18853)');
    expect(ward.out).toContain('1 tài khoản.');

    const search = await antq('accounts', 'list', '--search', 'Phạm Thị');
    expect(search.out).toContain('phuong.ducninhdong.thu');
    expect(search.out).toContain('1 tài khoản.');

    const coordinators = await antq('accounts', 'list', '--role', 'dieu phoi', '--status', 'dang hoat dong');
    expect(coordinators.out).toContain('dieuphoi.donghoi');
    expect(coordinators.out).not.toContain('phuong.');

    expect((await antq('accounts', 'list', '--status', 'lạ')).out).toContain('Trạng thái “lạ” không có');
  });

  it('writes the template with the district’s ward codes; sent back unchanged, its example rows are refused', async () => {
    const out = join(configDir, 'tai-khoan.xlsx');
    const r = await antq('accounts', 'template', '--out', out);
    expect(r.out).toContain(`Đã ghi mẫu danh sách tài khoản vào ${out} (kèm mã 15 phường/xã)`);
    const back = await antq('accounts', 'import', out);
    expect(back.code).toBe(1);
    expect(back.out).toContain('Dòng 2, cột “Tên đăng nhập”: Đây là dòng ví dụ của biểu mẫu');
  });

  it('lets the operator create a coordinator for a district and list that district; a ward officer is refused', async () => {
    const operator = (...args: string[]) => antqIn(operatorDir, ...args);
    expect((await operator('sign-in', '--url', baseUrl, '--user', 'vanhanh')).code).toBe(0);
    const created = await operator('accounts', 'create', '--username', 'dieuphoi.hongbang', '--name', 'Vũ Thị Ngọc', '--role', 'Điều phối cấp quận/huyện', '--tenant', '303', '--phone', '0225 3842 123');
    expect(created).toEqual({ code: 0, out: expect.stringContaining('Đã tạo tài khoản dieuphoi.hongbang — Vũ Thị Ngọc, Điều phối cấp quận/huyện, quận/huyện 303.') });
    const listed = await operator('accounts', 'list', '--tenant', '303');
    expect(listed.out).toContain('dieuphoi.hongbang');
    expect(listed.out).not.toContain('dieuphoi.donghoi');
    const officer = await operator('accounts', 'create', '--username', 'phuong.x', '--name', 'Ai Đó', '--role', 'ward_officer', '--tenant', '303', '--ward', '11296', '--phone', '0912345678');
    expect(officer.code).toBe(1);
    expect(officer.out).toContain('Quản trị nền tảng tạo tài khoản cán bộ điều phối và cán bộ cấp tỉnh');
    expect((await api.callerAs('vanhanh').accounts.list({ tenantId: '303' })).map((a) => a.username)).not.toContain('phuong.x');
  });
});
