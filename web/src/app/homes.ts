import type { Role } from '@antq/domain';

/** Each role's home screen; `/` opens the home of the user's first role. */
export const homePaths: Record<Role, string> = {
  coordinator: '/district',
  ward_officer: '/ward',
  province_staff: '/province',
  operator: '/operator',
};

export function homePathFor(roles: readonly Role[]): string | undefined {
  const first = roles[0];
  return first ? homePaths[first] : undefined;
}
