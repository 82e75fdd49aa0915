import type { Account, Role, SessionUser } from '@antq/domain';

/**
 * Who may manage whose account, decided from the caller's verified token only:
 * - the operator: coordinators of any district and provincial staff of any province;
 * - a coordinator: ward officers and coordinators of their own district;
 * - nobody else manages anyone, and nobody creates an operator through the API.
 */
export function mayManage(actor: SessionUser, target: Pick<Account, 'role' | 'tenantId'>): boolean {
  if (actor.roles.includes('operator') && (target.role === 'coordinator' || target.role === 'province_staff')) return true;
  if (actor.roles.includes('coordinator') && actor.tenantId && target.tenantId === actor.tenantId) {
    return target.role === 'ward_officer' || target.role === 'coordinator';
  }
  return false;
}

/** The roles a caller may give, for the console's form. */
export function grantableRoles(actor: SessionUser): Role[] {
  const roles: Role[] = [];
  if (actor.roles.includes('operator')) roles.push('coordinator', 'province_staff');
  if (actor.roles.includes('coordinator')) roles.push('ward_officer', 'coordinator');
  return [...new Set(roles)];
}
