import { z } from 'zod';

/** Who a signed-in user is to the product. One user may hold several roles. */
export const roles = ['operator', 'coordinator', 'ward_officer', 'province_staff'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

/** Vietnamese names of the roles, as the console shows them. */
export const roleLabels: Record<Role, string> = {
  operator: 'Quản trị nền tảng',
  coordinator: 'Điều phối cấp quận/huyện',
  ward_officer: 'Cán bộ phường/xã',
  province_staff: 'Cán bộ cấp tỉnh',
};

/**
 * The identity that every access decision uses. It is built only from a verified token:
 * `tenantId` is the district (GSO code) a coordinator or ward officer belongs to,
 * `wardId` the ward of a ward officer, `provinceId` the province of provincial staff.
 */
export interface SessionUser {
  sub: string;
  username: string;
  displayName: string;
  roles: Role[];
  tenantId?: string;
  wardId?: string;
  provinceId?: string;
}
