import { describeIssues, hasIssues } from '@antq/domain';
import { initTRPC } from '@trpc/server';
import type { Context } from './context.js';

/** Extra data a client can rely on in every error: field problems and the current version on a conflict. */
export interface ErrorData {
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number | null;
  requestId: string;
}

export const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const requestId = ctx?.requestId ?? 'unknown';
    const invalid = error.code === 'BAD_REQUEST' && hasIssues(error.cause) ? describeIssues(error.cause) : undefined;
    const conflict = error.code === 'CONFLICT' ? (error.cause as { currentVersion?: number | null } | undefined) : undefined;
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? `Lỗi hệ thống. Vui lòng thử lại sau (mã yêu cầu ${requestId}).`
        : invalid
          ? `Dữ liệu không hợp lệ: ${invalid.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
          : shape.message;
    const data: typeof shape.data & ErrorData = {
      ...shape.data,
      stack: undefined,
      requestId,
      ...(invalid && { fieldErrors: invalid.fieldErrors }),
      ...(conflict && 'currentVersion' in conflict && { currentVersion: conflict.currentVersion }),
    };
    return { ...shape, message, data };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
