import { getTenant, listAccounts, listProvinceTenants } from '@antq/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { router } from '../../trpc/init.js';
import { authed } from '../../trpc/procedures.js';

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy quận/huyện này trong phạm vi của bạn.' });

/**
 * The people a trail names. A review trail keeps the username of whoever acted; screens show
 * their display names. Only names, and only of one district's people: the caller's own district
 * (coordinators, ward officers), or a district of their province (provincial staff, who read its
 * trails in the reports' drill-down).
 */
export const peopleRouter = router({
  names: authed.input(z.object({ districtId: z.string().regex(/^\d{3}$/, 'Mã quận/huyện gồm 3 chữ số').optional() }).default({})).query(async ({ ctx, input }) => {
    const { user } = ctx;
    let tenantId: string | undefined;
    let provinceId: string | undefined;
    if (user.tenantId && (user.roles.includes('coordinator') || user.roles.includes('ward_officer'))) {
      if (input.districtId && input.districtId !== user.tenantId) throw notFound();
      tenantId = user.tenantId;
      provinceId = user.provinceId ?? (await getTenant(ctx.data.forTenant(tenantId), tenantId))?.provinceId;
    } else if (user.roles.includes('province_staff') && user.provinceId && input.districtId) {
      const districts = await listProvinceTenants(ctx.data.forProvince(user.provinceId), user.provinceId);
      if (!districts.some((d) => d.tenantId === input.districtId)) throw notFound();
      tenantId = input.districtId;
      provinceId = user.provinceId;
    }
    const names: Record<string, string> = { [user.username]: user.displayName };
    if (!tenantId || !provinceId) return names;
    for (const account of await listAccounts(ctx.data.platform(), { provinceId, tenantId })) names[account.username] = account.displayName;
    return names;
  }),
});
