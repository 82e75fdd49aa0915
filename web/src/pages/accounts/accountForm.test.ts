import type { Account } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { accountUpdateFrom, emptyAccountForm, formErrorsOf, newAccountFrom } from './accountForm';

const officer: Account = {
  username: 'phuong.andon.hoa',
  displayName: 'Hoàng Thị Hoa',
  role: 'ward_officer',
  tenantId: '462',
  wardId: '19358',
  provinceId: '45',
  status: 'active',
  email: 'hoa.ht@example.vn',
  createdBy: 'dieuphoi.quangtri',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
};

describe('the account form', () => {
  it('sends only the fields of the role, checked with the server’s schema', () => {
    const values = emptyAccountForm({
      role: 'coordinator',
      username: ' DieuPhoi.QuangTri ',
      displayName: 'Lê Thị Minh Châu',
      tenantId: '462',
      wardId: '19358',
      email: 'chau@example.vn',
    });
    expect(newAccountFrom(values)).toEqual({
      input: { role: 'coordinator', username: 'dieuphoi.quangtri', displayName: 'Lê Thị Minh Châu', tenantId: '462', email: 'chau@example.vn' },
    });
  });

  it('puts each Vietnamese problem on its field', () => {
    const result = newAccountFrom(emptyAccountForm({ role: 'ward_officer', username: 'Nguyễn', tenantId: '462', phone: '12' }));
    expect(result).toHaveProperty('errors');
    const errors = 'errors' in result ? result.errors : {};
    expect(errors.username).toMatch(/^Tên đăng nhập: 3–64 ký tự/);
    expect(errors.displayName).toBe('Họ và tên: cần nhập');
    expect(errors.phone).toMatch(/^Số điện thoại không hợp lệ/);
    expect(newAccountFrom(emptyAccountForm())).toEqual({ errors: { role: 'Vai trò: cần chọn' } });
  });

  it('edits name, contact and a ward officer’s ward with the version that was read', () => {
    const values = { ...emptyAccountForm(), displayName: 'Hoàng Thị Hoa', wardId: '19705', email: 'hoa.ht@example.vn', phone: '0912 345 678' };
    expect(accountUpdateFrom(officer, values)).toEqual({
      input: { username: 'phuong.andon.hoa', expectedVersion: 3, displayName: 'Hoàng Thị Hoa', wardId: '19705', email: 'hoa.ht@example.vn', phone: '0912345678' },
    });
    const coordinator = { ...officer, role: 'coordinator' as const, wardId: undefined };
    expect(accountUpdateFrom(coordinator, values)).not.toHaveProperty('input.wardId');
  });

  it('reads the API’s dotted paths, with a prefix for rows or nested objects', () => {
    expect(formErrorsOf({ 'coordinator.username': ['taken'], districtCode: ['x'] }, 'coordinator.')).toEqual({ username: 'taken' });
    expect(formErrorsOf({ email: ['a', 'b'], 'rows.0.email': ['c'] })).toEqual({ email: 'a' });
  });
});
