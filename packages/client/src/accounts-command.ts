import { readFile, writeFile } from 'node:fs/promises';
import {
  accountSheetColumns,
  accountStatuses,
  accountStatusLabels,
  newAccountSchema,
  roleLabels,
  type Account,
  type AccountStatus,
  type Role,
} from '@antq/domain';
import { type AntqClient, createAntqClient, TRPCClientError } from './client.js';
import { loadSession } from './session.js';

// `antq accounts …`: the operator and coordinators bring their people in from the command line.
// One-time passwords are printed once and never written anywhere by the CLI.
type Print = (line: string) => void;

const sheets = () => import('@antq/sheets');

interface Connection {
  api: AntqClient;
  /** The coordinator's district, filled in where a sheet or a command leaves it out. */
  tenantId?: string;
  isCoordinator: boolean;
}

async function connect(): Promise<Connection> {
  const session = await loadSession();
  const api = createAntqClient({ baseUrl: session.baseUrl, token: session.token });
  const { user } = await api.me.get.query();
  const isCoordinator = user.roles.includes('coordinator');
  if (!isCoordinator && !user.roles.includes('operator')) throw new Error('Lệnh tài khoản dành cho quản trị nền tảng và cán bộ điều phối quận/huyện.');
  return { api, isCoordinator, ...(isCoordinator && user.tenantId ? { tenantId: user.tenantId } : {}) };
}

/** The district's wards, for the template's guide and to check ward codes before sending (coordinators only). */
async function districtWards(c: Connection): Promise<Array<{ wardId: string; name: string }> | undefined> {
  if (!c.isCoordinator) return undefined;
  return (await c.api.wards.list.query()).map((w) => ({ wardId: w.wardId, name: w.name }));
}

const header = (key: (typeof accountSheetColumns)[number]['key']) => accountSheetColumns.find((c) => c.key === key)!.header;
const flags: Record<string, string> = {
  username: '--username',
  displayName: '--name',
  role: '--role',
  tenantId: '--tenant',
  wardId: '--ward',
  provinceId: '--province',
  email: '--email',
  phone: '--phone',
};

const oneTimeNote = 'Mật khẩu dùng một lần chỉ hiện lần này (hệ thống không lưu lại để xem): hãy trao tận tay từng người; họ đặt mật khẩu mới ở lần đăng nhập đầu tiên.';

function scopeText(a: Pick<Account, 'tenantId' | 'wardId' | 'provinceId'>, wardNames?: Map<string, string>): string {
  if (a.wardId) return wardNames?.get(a.wardId) ? `${wardNames.get(a.wardId)} (${a.wardId})` : `phường/xã ${a.wardId}`;
  if (a.tenantId) return `quận/huyện ${a.tenantId}`;
  if (a.provinceId) return `tỉnh/thành phố ${a.provinceId}`;
  return 'toàn hệ thống';
}

/** Columns padded to their widest cell (Vietnamese in NFC is one code unit per letter). */
function table(rows: string[][], print: Print): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) print(r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

export interface CreateAccountArgs {
  username?: string;
  name?: string;
  role?: string;
  tenant?: string;
  ward?: string;
  province?: string;
  email?: string;
  phone?: string;
}

/** Creates one account and prints its one-time password once. */
export async function accountsCreateCommand(args: CreateAccountArgs, print: Print) {
  const { sheetRole } = await sheets();
  const c = await connect();
  const role = args.role ? (sheetRole(args.role) ?? args.role) : undefined;
  const raw = {
    username: args.username,
    displayName: args.name,
    role,
    tenantId: args.tenant ?? (role === 'coordinator' || role === 'ward_officer' ? c.tenantId : undefined),
    wardId: args.ward,
    provinceId: args.province,
    email: args.email,
    phone: args.phone,
  };
  const parsed = newAccountSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? 'username');
      const message = field === 'role' ? `cần ghi một trong ${(['ward_officer', 'coordinator', 'province_staff'] as const).map((r) => `${r} (${roleLabels[r]})`).join(', ')}` : i.message;
      return `  ${flags[field] ?? field}: ${message}`;
    });
    throw new Error(`Chưa tạo tài khoản:\n${lines.join('\n')}`);
  }
  const { account, temporaryPassword } = await c.api.accounts.create.mutate(parsed.data).catch((error: unknown) => {
    const fields = error instanceof TRPCClientError ? (error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors : undefined;
    if (!fields) throw error;
    const lines = Object.entries(fields).flatMap(([field, messages]) => messages.map((m) => `  ${flags[field] ?? field}: ${m}`));
    throw new Error(`Chưa tạo tài khoản:\n${lines.join('\n')}`);
  });
  const wardNames = account.wardId ? new Map((await districtWards(c).catch(() => undefined))?.map((w) => [w.wardId, w.name])) : undefined;
  print(`✔ Đã tạo tài khoản ${account.username} — ${account.displayName}, ${roleLabels[account.role]}, ${scopeText(account, wardNames)}.`);
  print(`  Mật khẩu dùng một lần: ${temporaryPassword}`);
  print(`  ${oneTimeNote}`);
}

/**
 * Creates the accounts of an XLSX or CSV sheet. Every row is checked here first: when any row
 * is wrong, each problem is printed with its line and nothing is sent. The server checks again
 * and writes nothing when it finds a row wrong (a username already taken, a ward out of reach).
 */
export async function accountsImportCommand(args: { file: string }, print: Print) {
  const { readAccountSheet, checkAccountRows, describeAccountProblem } = await sheets();
  const bytes = new Uint8Array(await readFile(args.file));
  const c = await connect();
  const read = await readAccountSheet(bytes, args.file, c.tenantId ? { tenantId: c.tenantId } : {});
  const problems = read.problems.length
    ? read.problems.map((p) => p.message)
    : checkAccountRows(read.rows, { ...(c.tenantId ? { tenantId: c.tenantId } : {}), ...(c.isCoordinator ? { wards: await districtWards(c) } : {}) }).map(describeAccountProblem);
  if (problems.length) {
    for (const p of problems) print(`  ${p}`);
    throw new Error(`Không tạo tài khoản nào: tệp ${args.file} có ${problems.length} lỗi. Sửa các dòng trên rồi nhập lại.`);
  }

  let created: Array<{ account: Account; temporaryPassword: string }>;
  try {
    ({ created } = await c.api.accounts.import.mutate({ rows: read.rows.map((r) => r.values) }));
  } catch (error) {
    const serverProblems = rowProblems(error, read.rows.map((r) => r.line));
    if (!serverProblems) throw error;
    for (const p of serverProblems) print(`  ${p}`);
    throw new Error(`Không tạo tài khoản nào: máy chủ báo ${serverProblems.length} lỗi. Sửa các dòng trên rồi nhập lại.`);
  }
  print(`✔ Đã tạo ${created.length} tài khoản:`);
  table(
    [
      [header('username'), header('displayName'), 'Mật khẩu dùng một lần'],
      ...created.map(({ account, temporaryPassword }) => [account.username, account.displayName, temporaryPassword]),
    ],
    (line) => print(`  ${line}`),
  );
  print(oneTimeNote);
}

/** The server's refusal of an import (issues at `rows.<index>.<field>`) as lines of the sheet. */
function rowProblems(error: unknown, lines: number[]): string[] | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const fields = (error.data as { code?: string; fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
  if (!fields) return undefined;
  const out: string[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    const [root, index, field] = path.split('.');
    const line = root === 'rows' && index !== undefined ? lines[Number(index)] : undefined;
    const column = field && accountSheetColumns.some((c) => c.key === field) ? header(field as (typeof accountSheetColumns)[number]['key']) : undefined;
    for (const m of messages) {
      const message = column && m.startsWith(`${column}: `) ? m.slice(column.length + 2) : m;
      out.push(line === undefined ? message : column ? `Dòng ${line}, cột “${column}”: ${message}` : `Dòng ${line}: ${message}`);
    }
  }
  return out;
}

/** Writes the sheet to fill; signed in as a coordinator it carries the district and its ward codes. */
export async function accountsTemplateCommand(args: { out: string; tenant?: string }, print: Print) {
  const { accountTemplateXlsx } = await sheets();
  const c = await connect().catch(() => undefined);
  const tenantId = args.tenant ?? c?.tenantId;
  const wards = c ? await districtWards(c) : undefined;
  await writeFile(args.out, await accountTemplateXlsx({ ...(tenantId ? { tenantId } : {}), ...(wards ? { wards } : {}) }));
  print(`✔ Đã ghi mẫu danh sách tài khoản vào ${args.out}${wards ? ` (kèm mã ${wards.length} phường/xã)` : ''}.`);
  print('  Điền trang “Tài khoản” (xóa hai dòng ví dụ), rồi chạy: antq accounts import <tệp>');
}

async function current(c: Connection, username: string): Promise<Account> {
  return c.api.accounts.get.query({ username });
}

/** Disables (enabled: false) or enables an account; a disabled user's next request is refused. */
export async function accountsSetEnabledCommand(args: { username: string; enabled: boolean }, print: Print) {
  const c = await connect();
  const account = await current(c, args.username);
  if (!args.enabled && account.status === 'disabled') return print(`Tài khoản ${account.username} (${account.displayName}) đã bị khóa từ trước.`);
  if (args.enabled && account.status !== 'disabled') return print(`Tài khoản ${account.username} (${account.displayName}) không bị khóa: ${accountStatusLabels[account.status]}.`);
  const updated = await c.api.accounts.setEnabled.mutate({ username: account.username, enabled: args.enabled, expectedVersion: account.version });
  print(`✔ Đã ${args.enabled ? 'mở khóa' : 'khóa'} tài khoản ${updated.username} (${updated.displayName}). Trạng thái: ${accountStatusLabels[updated.status]}.`);
}

/** Gives an account a new one-time password, printed once. */
export async function accountsResetCommand(args: { username: string }, print: Print) {
  const c = await connect();
  const account = await current(c, args.username);
  const { account: updated, temporaryPassword } = await c.api.accounts.resetPassword.mutate({ username: account.username, expectedVersion: account.version });
  print(`✔ Đã đặt lại mật khẩu của ${updated.username} (${updated.displayName}).`);
  print(`  Mật khẩu dùng một lần: ${temporaryPassword}`);
  print(`  ${oneTimeNote}`);
}

export interface ListAccountsArgs {
  role?: string;
  status?: string;
  ward?: string;
  tenant?: string;
  province?: string;
  search?: string;
}

/** A status as typed: the code or its label, with or without diacritics. */
function statusOf(text: string, fold: (s: string) => string): AccountStatus {
  const wanted = fold(text);
  const aliases: Record<AccountStatus, string[]> = { invited: ['đã mời', 'mời'], active: ['hoạt động', 'đang hoạt động'], disabled: ['khóa', 'đã khóa', 'bị khóa'] };
  const found = accountStatuses.find((s) => [s, accountStatusLabels[s], ...aliases[s]].some((n) => fold(n) === wanted));
  if (!found) throw new Error(`Trạng thái “${text}” không có; hãy ghi một trong: ${accountStatuses.map((s) => `${s} (${accountStatusLabels[s]})`).join(', ')}.`);
  return found;
}

/** Lists accounts the caller manages, with filters; a coordinator sees their own district. */
export async function accountsListCommand(args: ListAccountsArgs, print: Print) {
  const { sheetRole } = await sheets();
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
  let role: Role | undefined;
  if (args.role) {
    role = sheetRole(args.role);
    if (!role) throw new Error(`Vai trò “${args.role}” không có; hãy ghi một trong: ${(Object.keys(roleLabels) as Role[]).map((r) => `${r} (${roleLabels[r]})`).join(', ')}.`);
  }
  const c = await connect();
  const accounts = await c.api.accounts.list.query({
    ...(role ? { role } : {}),
    ...(args.status ? { status: statusOf(args.status, fold) } : {}),
    ...(args.ward ? { wardId: args.ward } : {}),
    ...(args.tenant ? { tenantId: args.tenant } : {}),
    ...(args.province ? { provinceId: args.province } : {}),
    ...(args.search ? { search: args.search } : {}),
  });
  if (accounts.length === 0) return print('Không có tài khoản nào khớp điều kiện lọc.');
  const wards = await districtWards(c).catch(() => undefined);
  const wardNames = new Map((wards ?? []).map((w) => [w.wardId, w.name]));
  table(
    [
      [header('username'), header('displayName'), 'Vai trò', 'Đơn vị', 'Trạng thái', 'Đăng nhập gần nhất'],
      ...accounts.map((a) => [
        a.username,
        a.displayName,
        roleLabels[a.role],
        scopeText(a, wardNames),
        accountStatusLabels[a.status],
        a.lastSignInAt ? new Date(a.lastSignInAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—',
      ]),
    ],
    print,
  );
  print(`${accounts.length} tài khoản.`);
}
