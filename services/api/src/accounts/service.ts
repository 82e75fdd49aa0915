import { randomInt } from 'node:crypto';
import { accountAudit, accountWrite, getAccount, getTenant, getWard, listAccounts, type Repository, VersionConflictError } from '@antq/db';
import {
  type Account,
  type AccountStatus,
  type AdministrativeUnit,
  compareVietnamese,
  type NewAccount,
  newAccountSchema,
  type SessionUser,
} from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { IdentityContactTakenError, type IdentityProvider, IdentityUserExistsError } from '../auth/identity-provider.js';
import { invalid } from '../cycle/mutate.js';
import { mayManage } from './access.js';

/** What account procedures use: the platform's repository (accounts are not a tenant's data) and the identity side. */
export interface AccountsContext {
  user: SessionUser;
  platform: Repository;
  identity: IdentityProvider;
  requestId: string;
  findProvince: (code: string) => Promise<AdministrativeUnit | undefined>;
}

export interface IssuedAccount {
  account: Account;
  /** Shown once to whoever created or reset the account; never stored in clear. */
  temporaryPassword: string;
}

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tài khoản.' });
const taken = (username: string) => new TRPCError({ code: 'CONFLICT', message: `Tên đăng nhập "${username}" đã được dùng.` });
const contactTaken = () => invalid([{ path: 'email', message: 'Thư điện tử này đã được dùng cho một tài khoản khác' }]);
const actorOf = (ctx: AccountsContext) => ({ sub: ctx.user.sub, username: ctx.user.username });

/** A one-time password that meets the stack's policy: 16 characters with every class. */
export function temporaryPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '@#%&*!?'];
  const all = sets.join('');
  const chars = [...sets.map((s) => s[randomInt(s.length)]!), ...Array.from({ length: 12 }, () => all[randomInt(all.length)]!)];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** The account if the caller may manage it; anyone else's is answered like a missing one. */
export async function manageableAccount(ctx: AccountsContext, username: string): Promise<Account> {
  const account = await getAccount(ctx.platform, username);
  if (!account || !mayManage(ctx.user, account)) throw notFound();
  return account;
}

/**
 * Checks one new account against the caller's rights and the stored units, and completes its
 * scope (a district's people carry the district's province). Problems are returned with their
 * fields, for one account or one row of a sheet.
 */
export async function checkNewAccount(
  ctx: AccountsContext,
  input: NewAccount,
): Promise<{ account?: NewAccount; forbidden?: string; problems: Array<{ path: string; message: string }> }> {
  if (input.role === 'operator' || !mayManage(ctx.user, input)) {
    const message =
      input.role === 'operator'
        ? 'Không thể tạo tài khoản quản trị nền tảng qua hệ thống'
        : ctx.user.roles.includes('coordinator')
          ? 'Cán bộ điều phối chỉ tạo tài khoản cán bộ phường/xã và cán bộ điều phối của quận/huyện mình'
          : 'Quản trị nền tảng tạo tài khoản cán bộ điều phối và cán bộ cấp tỉnh';
    return { forbidden: message, problems: [{ path: 'role', message }] };
  }
  const problems: Array<{ path: string; message: string }> = [];
  let provinceId = input.provinceId;
  if (input.tenantId) {
    const tenant = await getTenant(ctx.platform, input.tenantId);
    if (!tenant) problems.push({ path: 'tenantId', message: `Quận/huyện ${input.tenantId} chưa được tiếp nhận lên hệ thống` });
    else {
      if (provinceId && provinceId !== tenant.provinceId) problems.push({ path: 'provinceId', message: `Quận/huyện ${tenant.name} thuộc tỉnh/thành phố mã ${tenant.provinceId}` });
      provinceId = tenant.provinceId;
      if (input.wardId && !(await getWard(ctx.platform, input.tenantId, input.wardId))) {
        problems.push({ path: 'wardId', message: `Phường/xã ${input.wardId} không thuộc ${tenant.name}` });
      }
    }
  } else if (provinceId && !(await ctx.findProvince(provinceId))) {
    problems.push({ path: 'provinceId', message: `Không có tỉnh/thành phố mã ${provinceId} trong danh mục` });
  }
  if (await getAccount(ctx.platform, input.username)) problems.push({ path: 'username', message: `Tên đăng nhập "${input.username}" đã được dùng` });
  return problems.length > 0 ? { problems } : { account: { ...input, ...(provinceId && { provinceId }) }, problems };
}

/**
 * Creates an account that was checked: first on the identity side (Cognito or the local issuer,
 * with a one-time password), then the account item and its audit entry in one transaction.
 */
export async function issueAccount(ctx: AccountsContext, input: NewAccount): Promise<IssuedAccount> {
  const password = temporaryPassword();
  try {
    await ctx.identity.createUser(input, password);
  } catch (error) {
    if (error instanceof IdentityUserExistsError) throw taken(input.username);
    if (error instanceof IdentityContactTakenError) throw contactTaken();
    throw error;
  }
  const now = new Date().toISOString();
  const account: Account = {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    ...(input.tenantId && { tenantId: input.tenantId }),
    ...(input.wardId && { wardId: input.wardId }),
    ...(input.provinceId && { provinceId: input.provinceId }),
    ...(input.email && { email: input.email }),
    ...(input.phone && { phone: input.phone }),
    status: 'invited',
    createdBy: ctx.user.username,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    await ctx.platform.commit([accountWrite(ctx.platform, account, 0)], accountAudit(account, actorOf(ctx), 'account.create', undefined, account, ctx.requestId));
  } catch (error) {
    if (error instanceof VersionConflictError) throw taken(input.username);
    throw error;
  }
  return { account, temporaryPassword: password };
}

export async function createAccount(ctx: AccountsContext, input: NewAccount): Promise<IssuedAccount> {
  const { account, forbidden, problems } = await checkNewAccount(ctx, input);
  if (forbidden) throw new TRPCError({ code: 'FORBIDDEN', message: forbidden });
  if (!account) {
    if (problems.length === 1 && problems[0]!.path === 'username') throw taken(input.username);
    throw invalid(problems);
  }
  return issueAccount(ctx, account);
}

/**
 * Many accounts from a sheet: every row is checked first (schema, rights, units, usernames taken
 * or repeated), and when any row is wrong nothing is written and every problem is answered with
 * its row (`rows.<i>.<field>`). `dryRun` checks only, for the console's preview.
 */
export async function importAccounts(ctx: AccountsContext, rows: unknown[], dryRun: boolean): Promise<{ created: IssuedAccount[]; checked: number }> {
  const problems: Array<{ path: string; message: string }> = [];
  const ready: NewAccount[] = [];
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const parsed = newAccountSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ path: ['rows', i, ...issue.path].join('.'), message: issue.message });
      continue;
    }
    const first = seen.get(parsed.data.username);
    if (first !== undefined) {
      problems.push({ path: `rows.${i}.username`, message: `Tên đăng nhập "${parsed.data.username}" trùng với tài khoản thứ ${first + 1} trong danh sách` });
      continue;
    }
    seen.set(parsed.data.username, i);
    const checked = await checkNewAccount(ctx, parsed.data);
    if (checked.account) ready.push(checked.account);
    for (const p of checked.problems) problems.push({ path: `rows.${i}.${p.path}`, message: p.message });
  }
  if (problems.length > 0) throw invalid(problems);
  if (dryRun) return { created: [], checked: ready.length };
  const created: IssuedAccount[] = [];
  // A few at a time: Cognito's admin calls are rate-limited, and the local issuer hashes each password.
  for (let start = 0; start < ready.length; start += 5) {
    created.push(...(await Promise.all(ready.slice(start, start + 5).map((a) => issueAccount(ctx, a)))));
  }
  return { created, checked: ready.length };
}

async function change(ctx: AccountsContext, current: Account, next: Account, action: string): Promise<Account> {
  const stored = { ...next, version: current.version + 1, updatedAt: new Date().toISOString() };
  await ctx.platform.commit([accountWrite(ctx.platform, stored, current.version)], accountAudit(stored, actorOf(ctx), action, current, stored, ctx.requestId));
  return stored;
}

function expectVersion(account: Account, expected: number): void {
  if (account.version !== expected) throw new VersionConflictError({ PK: 'account', SK: account.username }, account.version, undefined);
}

export async function updateAccount(
  ctx: AccountsContext,
  input: { username: string; expectedVersion: number; displayName?: string; wardId?: string; email?: string; phone?: string },
): Promise<Account> {
  const current = await manageableAccount(ctx, input.username);
  expectVersion(current, input.expectedVersion);
  if (input.wardId !== undefined && input.wardId !== current.wardId) {
    if (current.role !== 'ward_officer') throw invalid([{ path: 'wardId', message: 'Chỉ tài khoản cán bộ phường/xã gắn với một phường/xã' }]);
    if (!(await getWard(ctx.platform, current.tenantId!, input.wardId))) throw invalid([{ path: 'wardId', message: `Phường/xã ${input.wardId} không thuộc quận/huyện của tài khoản` }]);
  }
  const next: Account = {
    ...current,
    ...(input.displayName && { displayName: input.displayName }),
    ...(input.wardId && { wardId: input.wardId }),
    ...(input.email !== undefined && { email: input.email }),
    ...(input.phone !== undefined && { phone: input.phone }),
  };
  if (!next.email && !next.phone) throw invalid([{ path: 'email', message: 'Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu' }]);
  try {
    await ctx.identity.updateUser(next);
  } catch (error) {
    if (error instanceof IdentityContactTakenError) throw contactTaken();
    throw error;
  }
  return change(ctx, current, next, next.wardId !== current.wardId ? 'account.changeWard' : 'account.update');
}

export async function setAccountEnabled(ctx: AccountsContext, input: { username: string; expectedVersion: number; enabled: boolean }): Promise<Account> {
  const current = await manageableAccount(ctx, input.username);
  if (current.username === ctx.user.username) throw invalid([{ path: 'username', message: 'Không thể tự khóa tài khoản của mình' }]);
  expectVersion(current, input.expectedVersion);
  const status: AccountStatus = input.enabled ? (current.lastSignInAt ? 'active' : 'invited') : 'disabled';
  await ctx.identity.setEnabled(current.username, input.enabled);
  return change(ctx, current, { ...current, status }, input.enabled ? 'account.enable' : 'account.disable');
}

export async function resetAccountPassword(ctx: AccountsContext, input: { username: string; expectedVersion: number }): Promise<IssuedAccount> {
  const current = await manageableAccount(ctx, input.username);
  expectVersion(current, input.expectedVersion);
  if (current.status === 'disabled') throw invalid([{ path: 'username', message: 'Tài khoản đang bị khóa: mở khóa trước khi đặt lại mật khẩu' }]);
  const password = temporaryPassword();
  await ctx.identity.setTemporaryPassword(current.username, password);
  return { account: await change(ctx, current, current, 'account.resetPassword'), temporaryPassword: password };
}

/**
 * The accounts a caller may see: a coordinator their district's; the operator a province's or a
 * district's (or the operators, when neither is given). Filters by role, ward, status and a
 * search on username and name are applied to that one query's result.
 */
export async function findAccounts(
  ctx: AccountsContext,
  filter: { role?: string; status?: string; tenantId?: string; wardId?: string; provinceId?: string; search?: string },
): Promise<Account[]> {
  let found: Account[];
  if (ctx.user.roles.includes('operator')) {
    const provinceId = filter.provinceId ?? (filter.tenantId ? (await getTenant(ctx.platform, filter.tenantId))?.provinceId : undefined);
    found = provinceId ? await listAccounts(ctx.platform, { provinceId, tenantId: filter.tenantId }) : await listAccounts(ctx.platform, 'operators');
  } else {
    const tenant = ctx.user.tenantId ? await getTenant(ctx.platform, ctx.user.tenantId) : undefined;
    found = tenant ? await listAccounts(ctx.platform, { provinceId: tenant.provinceId, tenantId: tenant.tenantId }) : [];
  }
  const search = filter.search?.toLocaleLowerCase('vi');
  return found
    .filter((a) => ctx.user.roles.includes('operator') || mayManage(ctx.user, a))
    .filter((a) => (!filter.role || a.role === filter.role) && (!filter.status || a.status === filter.status) && (!filter.wardId || a.wardId === filter.wardId))
    .filter((a) => !search || a.username.includes(search) || a.displayName.toLocaleLowerCase('vi').includes(search))
    .sort((a, b) => compareVietnamese(a.displayName, b.displayName));
}
