import { type Account, describeIssues, newAccountSchema, type Role, updateAccountInput } from '@antq/domain';
import { localizeFieldErrors } from '../../i18n/fieldMessages';

/** The create/edit form's fields, all text (selects included) as the inputs hold them. */
export interface AccountFormValues {
  role: Role | '';
  username: string;
  displayName: string;
  tenantId: string;
  wardId: string;
  provinceId: string;
  email: string;
  phone: string;
}

export type AccountField = keyof AccountFormValues;
export type AccountFormErrors = Partial<Record<AccountField, string>>;

const fields: readonly AccountField[] = ['role', 'username', 'displayName', 'tenantId', 'wardId', 'provinceId', 'email', 'phone'];

/** The first message per field, from the API's dotted paths (`username`, `rows.3.email`…) with an optional prefix removed. */
export function formErrorsOf(fieldErrors: Record<string, string[]>, prefix = ''): AccountFormErrors {
  const errors: AccountFormErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (prefix && !path.startsWith(prefix)) continue;
    const field = path.slice(prefix.length) as AccountField;
    if (fields.includes(field) && messages[0] && !errors[field]) errors[field] = messages[0];
  }
  return errors;
}

export function emptyAccountForm(defaults: Partial<AccountFormValues> = {}): AccountFormValues {
  return { role: '', username: '', displayName: '', tenantId: '', wardId: '', provinceId: '', email: '', phone: '', ...defaults };
}

/**
 * What a new account sends, checked with the schema the server applies (scope and contact
 * included): only the fields the role uses are kept, so a ward chosen before the role was
 * changed does not go with a coordinator.
 */
export function newAccountFrom(values: AccountFormValues): { input: Record<string, string> } | { errors: AccountFormErrors } {
  const role = values.role;
  if (!role) return { errors: { role: 'Vai trò: cần chọn' } };
  const input: Record<string, string> = {
    role,
    username: values.username,
    displayName: values.displayName,
    email: values.email,
    phone: values.phone,
    ...((role === 'coordinator' || role === 'ward_officer') && { tenantId: values.tenantId }),
    ...(role === 'ward_officer' && { wardId: values.wardId }),
    ...(role === 'province_staff' && { provinceId: values.provinceId }),
  };
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) return { errors: formErrorsOf(localizeFieldErrors(describeIssues(parsed.error).fieldErrors)) };
  const cleaned = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
  return { input: cleaned };
}

/** The edit form starts from the account as it is. */
export function formOfAccount(account: Account): AccountFormValues {
  return emptyAccountForm({
    role: account.role,
    username: account.username,
    displayName: account.displayName,
    tenantId: account.tenantId ?? '',
    wardId: account.wardId ?? '',
    provinceId: account.provinceId ?? '',
    email: account.email ?? '',
    phone: account.phone ?? '',
  });
}

export interface AccountUpdate {
  username: string;
  expectedVersion: number;
  displayName?: string;
  wardId?: string;
  email?: string;
  phone?: string;
}

/** What an edit sends: name, contact, and the ward of a ward officer; with the version that was read. */
export function accountUpdateFrom(account: Account, values: AccountFormValues): { input: AccountUpdate } | { errors: AccountFormErrors } {
  const input = {
    username: account.username,
    expectedVersion: account.version,
    displayName: values.displayName,
    ...(account.role === 'ward_officer' && { wardId: values.wardId }),
    email: values.email,
    phone: values.phone,
  };
  const parsed = updateAccountInput.safeParse(input);
  if (!parsed.success) return { errors: formErrorsOf(localizeFieldErrors(describeIssues(parsed.error).fieldErrors)) };
  if (!parsed.data.email && !parsed.data.phone && !account.email && !account.phone) {
    return { errors: { email: 'Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu' } };
  }
  const { username, expectedVersion, displayName, wardId, email, phone } = parsed.data;
  return {
    input: {
      username,
      expectedVersion,
      ...(displayName && { displayName }),
      ...(wardId && { wardId }),
      ...(email && { email }),
      ...(phone && { phone }),
    },
  };
}
