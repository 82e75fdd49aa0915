import { getTenant, getWard, listProvinceTenants } from '@antq/db';
import { router } from '../../trpc/init.js';
import { authed } from '../../trpc/procedures.js';

export const meRouter = router({
  /** Who the caller is and the names of the units their token ties them to (for the console's header). */
  get: authed.query(async ({ ctx }) => {
    const { user } = ctx;
    const tenantRepo = user.tenantId ? ctx.data.forTenant(user.tenantId) : undefined;
    const tenant = tenantRepo && user.tenantId ? await getTenant(tenantRepo, user.tenantId) : undefined;
    const ward = tenantRepo && user.tenantId && user.wardId ? await getWard(tenantRepo, user.tenantId, user.wardId) : undefined;
    const provinceName =
      tenant?.provinceName ??
      (user.provinceId ? (await listProvinceTenants(ctx.data.forProvince(user.provinceId), user.provinceId))[0]?.provinceName : undefined);
    return {
      user,
      tenant: tenant ? { tenantId: tenant.tenantId, name: tenant.name, provinceName: tenant.provinceName } : null,
      ward: ward ? { wardId: ward.wardId, name: ward.name } : null,
      provinceName: provinceName ?? null,
    };
  }),
});
