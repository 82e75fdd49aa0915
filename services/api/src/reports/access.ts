import { listProvinceTenants, type Repository, type TenantSummary } from '@antq/db';
import { TRPCError } from '@trpc/server';
import type { Context } from '../trpc/context.js';

export interface DistrictAccess {
  tenantId: string;
  repo: Repository;
  /** The registry entry when a provincial reader comes through the province's index. */
  summary?: TenantSummary;
}

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy quận/huyện này trong phạm vi của bạn.' });

/**
 * Who may read one district's reports, decided from the token: its coordinators (their own district
 * only) and the staff of its province (read-only, onboarded districts only). Anything else is "not
 * found", so a reader cannot tell another province's districts from districts that do not exist.
 */
export async function districtAccess(ctx: Context & { user: NonNullable<Context['user']> }, districtId?: string): Promise<DistrictAccess> {
  const { user } = ctx;
  if (user.roles.includes('coordinator') && user.tenantId && (!districtId || districtId === user.tenantId)) {
    return { tenantId: user.tenantId, repo: ctx.data.forTenant(user.tenantId) };
  }
  if (user.roles.includes('province_staff') && user.provinceId && districtId) {
    const districts = await listProvinceTenants(ctx.data.forProvince(user.provinceId), user.provinceId);
    const summary = districts.find((d) => d.tenantId === districtId);
    if (summary) return { tenantId: districtId, repo: ctx.data.forProvince(user.provinceId, [districtId]), summary };
  }
  throw notFound();
}

/**
 * Who may read one ward's part of a district's report: whoever may read the district, and the
 * ward's own officers (their ward only; the district's other wards and its whole report stay
 * "not found" to them).
 */
export async function wardAccess(ctx: Context & { user: NonNullable<Context['user']> }, districtId: string | undefined, wardId: string): Promise<DistrictAccess> {
  const { user } = ctx;
  if (user.roles.includes('ward_officer') && !user.roles.includes('coordinator') && user.tenantId && (!districtId || districtId === user.tenantId)) {
    if (user.wardId === wardId) return { tenantId: user.tenantId, repo: ctx.data.forTenant(user.tenantId) };
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy phường/xã này trong phạm vi của bạn.' });
  }
  return districtAccess(ctx, districtId);
}
