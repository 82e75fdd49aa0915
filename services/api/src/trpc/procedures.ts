import { IdempotencyMismatchError, listProvinceTenants, ScopeViolationError, VersionConflictError } from '@antq/db';
import { type Role, wardCode } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { dependencyUnavailable, unavailableMessage } from '../unavailable.js';
import { t } from './init.js';

/**
 * The procedure builders: who may call what is decided here, once, from the verified token only.
 * A handler never takes a tenant, ward or province from its input to decide access.
 */

// Data-layer failures become the client-facing codes the architecture promises.
const mapDataErrors = t.middleware(async ({ next, ctx }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const limit = dynamoLimitOf(cause);
  if (limit) {
    // A DynamoDB limit the request itself hits: repeating it can never succeed, so it is the client's to change.
    ctx.log.warn('DynamoDB limit', { limit, detail: cause?.message });
    throw new TRPCError({ code: limit === 'item' ? 'PAYLOAD_TOO_LARGE' : 'UNPROCESSABLE_CONTENT', message: limitMessages[limit], cause });
  }
  if (cause instanceof VersionConflictError) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `Dữ liệu đã được người khác thay đổi (phiên bản hiện tại: ${cause.currentVersion ?? 'không có'}). Vui lòng tải lại và thử lại.`,
      cause,
    });
  }
  if (cause instanceof IdempotencyMismatchError) {
    throw new TRPCError({ code: 'UNPROCESSABLE_CONTENT', message: 'Khóa chống trùng lặp (idempotency key) đã được dùng cho một yêu cầu khác.', cause });
  }
  if (cause?.name === 'TransactionCanceledException') {
    // Only conflicts with concurrent transactions get here (conditions failing become version conflicts),
    // and only after the repository's own retries: nothing was written, the same request may be sent again.
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'Hệ thống đang bận xử lý yêu cầu khác trên cùng dữ liệu. Vui lòng thử lại.', cause });
  }
  if (dependencyUnavailable(cause)) {
    ctx.log.warn('dependency unavailable', { error: cause?.name, detail: cause?.message });
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailableMessage, cause });
  }
  if (cause instanceof ScopeViolationError) {
    ctx.log.warn('scope violation', { detail: cause.message });
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu.' });
  }
  if (result.error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.log.error('procedure failed', { error: cause?.name, detail: cause?.message, stack: cause?.stack });
  }
  return result;
});

const limitMessages = {
  item: 'Hồ sơ vượt quá kích thước tối đa của một bản ghi (400 KB). Vui lòng rút gọn nội dung hoặc chia thành nhiều hồ sơ.',
  transaction: 'Thao tác này thay đổi quá nhiều bản ghi trong một lần (tối đa 100). Vui lòng chia thành nhiều lần.',
  expression: 'Thao tác này quá lớn để ghi trong một lần. Vui lòng chia thành nhiều lần.',
} as const;

/** DynamoDB's size refusals (400 KB item, 100 items per transaction, 4 KB expression), by kind. */
function dynamoLimitOf(cause: Error | undefined): keyof typeof limitMessages | undefined {
  const message = cause?.message ?? '';
  if (cause?.name === 'ValidationException' && /Item size has exceeded/i.test(message)) return 'item';
  // An update that would grow an item past 400 KB cancels its transaction with a ValidationError reason.
  const reasons = (cause as { CancellationReasons?: Array<{ Code?: string; Message?: string }> } | undefined)?.CancellationReasons ?? [];
  if (cause?.name === 'TransactionCanceledException' && reasons.some((r) => r.Code === 'ValidationError' && /size/i.test(r.Message ?? ''))) return 'item';
  if (/Transaction of \d+ items exceeds|cannot include more than 100/i.test(message)) return 'transaction';
  if (cause?.name === 'ValidationException' && /Expression size has exceeded/i.test(message)) return 'expression';
  return undefined;
}

export const publicProcedure = t.procedure.use(mapDataErrors);

export const authed = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Bạn cần đăng nhập để thực hiện thao tác này.' });
  return next({ ctx: { user: ctx.user } });
});

const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new TRPCError({ code: 'FORBIDDEN', message });
const hasRole = (roles: Role[], wanted: Role[]) => wanted.some((r) => roles.includes(r));

/** Coordinators and ward officers of the tenant named in their token; `ctx.repo` is confined to it. */
export const tenantScoped = authed.use(({ ctx, next }) => {
  const tenantId = ctx.user.tenantId;
  if (!tenantId || !hasRole(ctx.user.roles, ['coordinator', 'ward_officer'])) throw forbidden();
  return next({ ctx: { tenantId, repo: ctx.data.forTenant(tenantId) } });
});

/** Coordinators of the tenant only. */
export const coordinatorProcedure = tenantScoped.use(({ ctx, next }) => {
  if (!ctx.user.roles.includes('coordinator')) throw forbidden('Chỉ cán bộ điều phối cấp quận/huyện được thực hiện thao tác này.');
  return next();
});

/**
 * A procedure about one ward: a ward officer may touch only the ward in their token, a
 * coordinator any ward of their tenant (existence is checked by the handler's read, which
 * cannot leave the tenant).
 */
export const wardScoped = tenantScoped.input(z.object({ wardId: wardCode })).use(({ ctx, input, next }) => {
  const isCoordinator = ctx.user.roles.includes('coordinator');
  if (!isCoordinator && ctx.user.wardId !== input.wardId) {
    throw forbidden('Bạn chỉ được xem và cập nhật dữ liệu của phường/xã mình.');
  }
  return next();
});

/** Provincial staff, read-only, over the onboarded districts of the province in their token. */
export const provinceRead = authed.use(async ({ ctx, next }) => {
  const provinceId = ctx.user.provinceId;
  if (!provinceId || !ctx.user.roles.includes('province_staff')) throw forbidden();
  const registry = ctx.data.forProvince(provinceId);
  const districts = await listProvinceTenants(registry, provinceId);
  const repo = ctx.data.forProvince(provinceId, districts.map((d) => d.tenantId));
  return next({ ctx: { provinceId, districts, repo } });
});

/** The platform operator: onboarding and the tenant registry. */
export const operatorProcedure = authed.use(({ ctx, next }) => {
  if (!ctx.user.roles.includes('operator')) throw forbidden('Chỉ quản trị nền tảng được thực hiện thao tác này.');
  return next({ ctx: { platform: ctx.data.platform() } });
});

/**
 * Operators and coordinators, who manage accounts; whose accounts each may manage is decided per
 * target by `accounts/access.ts` from the token alone. Accounts are platform items, not a tenant's.
 */
export const accountManager = authed.use(({ ctx, next }) => {
  if (!hasRole(ctx.user.roles, ['operator', 'coordinator'])) throw forbidden('Chỉ quản trị nền tảng và cán bộ điều phối được quản lý tài khoản.');
  return next({ ctx: { platform: ctx.data.platform() } });
});

/** Any signed-in person, about their own account only. */
export const ownAccount = authed.use(({ ctx, next }) => next({ ctx: { platform: ctx.data.platform() } }));

/** A ward officer writing for their own ward (coordinators review; they do not submit for a ward). */
export const wardWriter = wardScoped.use(({ ctx, next }) => {
  if (!ctx.user.roles.includes('ward_officer')) throw forbidden('Chỉ cán bộ phường/xã được soạn và gửi hồ sơ của phường/xã.');
  return next();
});

/** A coordinator reviewing one ward of their district. */
export const wardReviewer = wardScoped.use(({ ctx, next }) => {
  if (!ctx.user.roles.includes('coordinator')) throw forbidden('Chỉ cán bộ điều phối cấp quận/huyện được xét duyệt hồ sơ.');
  return next();
});
