import { getTenant, listAllTenants } from '@antq/db';
import { onboardWithCoordinatorInput } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { router } from '../../trpc/init.js';
import { operatorProcedure, tenantScoped } from '../../trpc/procedures.js';
import { onboardHandler } from './onboard.handler.js';

export const tenantsRouter = router({
  /** The caller's own tenant (district). */
  current: tenantScoped.query(async ({ ctx }) => {
    const tenant = await getTenant(ctx.repo, ctx.tenantId);
    if (!tenant) throw new TRPCError({ code: 'NOT_FOUND', message: 'Quận/huyện của bạn chưa được tiếp nhận lên hệ thống.' });
    return tenant;
  }),
  list: operatorProcedure.query(({ ctx }) => listAllTenants(ctx.platform)),
  onboard: operatorProcedure.input(onboardWithCoordinatorInput).mutation(({ ctx, input }) => onboardHandler(ctx, input)),
});
