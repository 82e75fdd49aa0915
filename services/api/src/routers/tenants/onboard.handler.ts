import { onboardTenant, type Repository } from '@antq/db';
import type { OnboardTenantInput, SessionUser } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';

/** Onboards a district by its GSO code, idempotently: a second call reports the existing tenant. */
export async function onboardHandler(
  ctx: Pick<Context, 'findDistrict' | 'requestId'> & { user: SessionUser; platform: Repository },
  input: OnboardTenantInput,
) {
  const unit = await ctx.findDistrict(input.districtCode);
  if (!unit) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `Không có quận/huyện mã ${input.districtCode} trong danh mục đơn vị hành chính.`,
    });
  }
  return onboardTenant(ctx.platform, unit, { sub: ctx.user.sub, username: ctx.user.username }, ctx.requestId);
}
