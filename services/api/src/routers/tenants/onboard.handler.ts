import { getAccount, onboardTenant, type Repository } from '@antq/db';
import type { OnboardWithCoordinatorInput, SessionUser } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { issueAccount, type IssuedAccount } from '../../accounts/service.js';
import type { Context } from '../../trpc/context.js';

/**
 * Onboards a district by its GSO code, idempotently (a second call reports the existing tenant),
 * and, when asked, creates its first coordinator in the same step (the username is checked
 * before anything is written).
 */
export async function onboardHandler(
  ctx: Pick<Context, 'findDistrict' | 'findProvince' | 'requestId' | 'identity'> & { user: SessionUser; platform: Repository },
  input: OnboardWithCoordinatorInput,
) {
  const unit = await ctx.findDistrict(input.districtCode);
  if (!unit) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `Không có quận/huyện mã ${input.districtCode} trong danh mục đơn vị hành chính.`,
    });
  }
  if (input.coordinator && (await getAccount(ctx.platform, input.coordinator.username))) {
    throw new TRPCError({ code: 'CONFLICT', message: `Tên đăng nhập "${input.coordinator.username}" đã được dùng.` });
  }
  const onboarded = await onboardTenant(ctx.platform, unit, { sub: ctx.user.sub, username: ctx.user.username }, ctx.requestId);
  let coordinator: IssuedAccount | undefined;
  if (input.coordinator) {
    coordinator = await issueAccount(ctx, { ...input.coordinator, role: 'coordinator', tenantId: unit.district.id, provinceId: unit.province.id });
  }
  return { ...onboarded, ...(coordinator && { coordinator }) };
}
