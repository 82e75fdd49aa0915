import { getWard, listWards } from '@antq/db';
import { TRPCError } from '@trpc/server';
import { router } from '../../trpc/init.js';
import { tenantScoped, wardScoped } from '../../trpc/procedures.js';

export const wardsRouter = router({
  /** A coordinator sees every ward of the district; a ward officer only their own. */
  list: tenantScoped.query(async ({ ctx }) => {
    const wards = await listWards(ctx.repo, ctx.tenantId);
    const isCoordinator = ctx.user.roles.includes('coordinator');
    return isCoordinator ? wards : wards.filter((w) => w.wardId === ctx.user.wardId);
  }),
  get: wardScoped.query(async ({ ctx, input }) => {
    const ward = await getWard(ctx.repo, ctx.tenantId, input.wardId);
    if (!ward) throw new TRPCError({ code: 'NOT_FOUND', message: `Không tìm thấy phường/xã mã ${input.wardId} trong quận/huyện của bạn.` });
    return ward;
  }),
});
