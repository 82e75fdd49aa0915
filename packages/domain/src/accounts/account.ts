import { z } from 'zod';
import { type Role, roles, roleSchema } from '../identity/roles.js';
import { districtCode, onboardTenantInput, provinceCode, wardCode } from '../tenancy/codes.js';

/** invited: has a one-time password not yet replaced; active: has signed in; disabled: refused at once. */
export const accountStatuses = ['invited', 'active', 'disabled'] as const;
export type AccountStatus = (typeof accountStatuses)[number];
export const accountStatusLabels: Record<AccountStatus, string> = {
  invited: 'Đã mời, chưa đăng nhập',
  active: 'Đang hoạt động',
  disabled: 'Đã khóa',
};

/** A person's account: who they are, what they may see (scope), and how to reach them. */
export interface Account {
  username: string;
  displayName: string;
  role: Role;
  tenantId?: string;
  wardId?: string;
  provinceId?: string;
  status: AccountStatus;
  email?: string;
  phone?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastSignInAt?: string;
  version: number;
}

export const usernameSchema = z
  .string({ error: 'Tên đăng nhập: cần nhập' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'Tên đăng nhập: 3–64 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới');

/** The stack's password policy (Cognito's, mirrored locally): at least 12 characters, upper, lower, digit, symbol. */
export const PASSWORD_MIN_LENGTH = 12;
export function passwordProblem(password: string): string | undefined {
  const ok =
    password.length >= PASSWORD_MIN_LENGTH && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password) && /[^A-Za-z0-9]/.test(password);
  return ok ? undefined : `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt`;
}
export const newPasswordSchema = z
  .string({ error: 'Mật khẩu mới: cần nhập' })
  .max(256, 'Mật khẩu dài quá 256 ký tự')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const email = z.string().trim().toLowerCase().email('Thư điện tử không hợp lệ').max(254);
const phone = z
  .string()
  .trim()
  .transform((p) => p.replace(/[\s.]/g, ''))
  .pipe(z.string().regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ (ví dụ 0912345678 hoặc +84912345678)'));
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const accountFields = {
  username: usernameSchema,
  displayName: z.string({ error: 'Họ và tên: cần nhập' }).trim().min(1, 'Họ và tên: cần nhập').max(200, 'Họ và tên dài quá 200 ký tự'),
  role: z.enum(roles, { error: 'Vai trò không hợp lệ: coordinator (điều phối), ward_officer (cán bộ phường/xã) hoặc province_staff (cán bộ cấp tỉnh)' }),
  tenantId: z.preprocess(emptyToUndefined, districtCode.optional()),
  wardId: z.preprocess(emptyToUndefined, wardCode.optional()),
  provinceId: z.preprocess(emptyToUndefined, provinceCode.optional()),
  email: z.preprocess(emptyToUndefined, email.optional()),
  phone: z.preprocess(emptyToUndefined, phone.optional()),
};

type ScopeFields = { role: Role; tenantId?: string; wardId?: string; provinceId?: string; email?: string; phone?: string };

/** What each role's scope needs: a coordinator a district, a ward officer a district and a ward, provincial staff a province. */
export function scopeProblems(a: ScopeFields): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const need = (field: 'tenantId' | 'wardId' | 'provinceId', message: string) => {
    if (!a[field]) problems.push({ path: field, message });
  };
  const none = (field: 'tenantId' | 'wardId' | 'provinceId', message: string) => {
    if (a[field]) problems.push({ path: field, message });
  };
  if (a.role === 'coordinator') {
    need('tenantId', 'Cán bộ điều phối cần mã quận/huyện');
    none('wardId', 'Cán bộ điều phối không gắn với một phường/xã');
  } else if (a.role === 'ward_officer') {
    need('tenantId', 'Cán bộ phường/xã cần mã quận/huyện');
    need('wardId', 'Cán bộ phường/xã cần mã phường/xã');
  } else if (a.role === 'province_staff') {
    need('provinceId', 'Cán bộ cấp tỉnh cần mã tỉnh/thành phố');
    none('tenantId', 'Cán bộ cấp tỉnh không gắn với một quận/huyện');
    none('wardId', 'Cán bộ cấp tỉnh không gắn với một phường/xã');
  } else {
    none('tenantId', 'Quản trị nền tảng không gắn với một đơn vị');
    none('wardId', 'Quản trị nền tảng không gắn với một đơn vị');
    none('provinceId', 'Quản trị nền tảng không gắn với một đơn vị');
  }
  if (!a.email && !a.phone) problems.push({ path: 'email', message: 'Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu' });
  return problems;
}

const withScope = <T extends z.ZodType<ScopeFields>>(schema: T) =>
  schema.superRefine((a, ctx) => {
    for (const p of scopeProblems(a)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });

/** One account to create; the one-time password is made by the server and shown once. */
export const newAccountSchema = withScope(z.object(accountFields));
export type NewAccount = z.infer<typeof newAccountSchema>;
export const createAccountInput = newAccountSchema;

/** Many accounts from a sheet: every row is checked, and nothing is written when any row is wrong. */
export const importAccountsInput = z.object({
  rows: z.array(z.unknown()).min(1, 'Bảng tính không có dòng nào').max(1000, 'Mỗi lần nhập tối đa 1.000 tài khoản'),
});

const accountRef = { username: usernameSchema, expectedVersion: z.number({ error: 'Thiếu phiên bản dữ liệu (expectedVersion)' }).int().min(1) };
export const accountRefInput = z.object({ username: usernameSchema });
export const updateAccountInput = z.object({
  ...accountRef,
  displayName: accountFields.displayName.optional(),
  wardId: accountFields.wardId,
  email: accountFields.email,
  phone: accountFields.phone,
});
export const setAccountEnabledInput = z.object({ ...accountRef, enabled: z.boolean() });
export const resetAccountPasswordInput = z.object(accountRef);
export const listAccountsInput = z.object({
  role: roleSchema.optional(),
  status: z.enum(accountStatuses).optional(),
  tenantId: districtCode.optional(),
  wardId: wardCode.optional(),
  provinceId: provinceCode.optional(),
  search: z.string().trim().max(100).optional(),
});
export const changeOwnPasswordInput = z.object({ currentPassword: z.string().min(1, 'Mật khẩu hiện tại: cần nhập').max(256), newPassword: newPasswordSchema });
export const updateOwnProfileInput = z.object({ displayName: accountFields.displayName, expectedVersion: accountRef.expectedVersion });

/** The columns of the accounts sheet (template and import), in order, with their Vietnamese headers. */
export const accountSheetColumns = [
  { key: 'username', header: 'Tên đăng nhập' },
  { key: 'displayName', header: 'Họ và tên' },
  { key: 'role', header: 'Vai trò' },
  { key: 'tenantId', header: 'Mã quận/huyện' },
  { key: 'wardId', header: 'Mã phường/xã' },
  { key: 'provinceId', header: 'Mã tỉnh/thành phố' },
  { key: 'email', header: 'Thư điện tử' },
  { key: 'phone', header: 'Số điện thoại' },
] as const;

/** A role as a sheet may name it: the code or its Vietnamese label. */
export function roleFromSheet(value: string): Role | undefined {
  const v = value.trim().toLowerCase();
  const labels: Record<string, Role> = {
    coordinator: 'coordinator',
    'điều phối': 'coordinator',
    'cán bộ điều phối': 'coordinator',
    ward_officer: 'ward_officer',
    'cán bộ phường/xã': 'ward_officer',
    'phường/xã': 'ward_officer',
    province_staff: 'province_staff',
    'cán bộ cấp tỉnh': 'province_staff',
    operator: 'operator',
  };
  return labels[v];
}

/** Onboarding a district, optionally with its first coordinator in the same step. */
export const onboardWithCoordinatorInput = onboardTenantInput.extend({
  coordinator: z
    .object({ username: accountFields.username, displayName: accountFields.displayName, email: accountFields.email, phone: accountFields.phone })
    .superRefine((c, ctx) => {
      if (!c.email && !c.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu' });
    })
    .optional(),
});
export type OnboardWithCoordinatorInput = z.infer<typeof onboardWithCoordinatorInput>;
