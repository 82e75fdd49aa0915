import { describeIssues, hasIssues } from '@antq/domain';
import { initTRPC, type TRPCError } from '@trpc/server';
import type { Context } from './context.js';

/** Extra data a client can rely on in every error: field problems and the current version on a conflict. */
export interface ErrorData {
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number | null;
  /** What went wrong before any procedure ran: `INVALID_JSON`, `UNKNOWN_PROCEDURE`, `METHOD_NOT_SUPPORTED`. */
  reason?: string;
  requestId: string;
}

/**
 * tRPC's own answers to a request it could not route or read, which are English and technical
 * ("Unexpected end of JSON input", "No procedure found on path …"), in Vietnamese with a reason code.
 */
export function transportError(error: Pick<TRPCError, 'code' | 'message' | 'cause'>): { message: string; reason: string } | undefined {
  const { code, message } = error;
  // A body JSON.parse could not read reaches us as BAD_REQUEST with the SyntaxError as its cause.
  if (code === 'PARSE_ERROR' || (code === 'BAD_REQUEST' && error.cause instanceof SyntaxError)) {
    return { reason: 'INVALID_JSON', message: 'Không đọc được dữ liệu gửi lên: nội dung JSON không hợp lệ hoặc bị cắt cụt. Vui lòng kiểm tra và gửi lại (mã lỗi INVALID_JSON).' };
  }
  const path = /^No procedure found on path "([^"]*)"/.exec(message)?.[1];
  if (code === 'NOT_FOUND' && path !== undefined) {
    return { reason: 'UNKNOWN_PROCEDURE', message: `Không có thao tác “${path}” trên máy chủ: kiểm tra lại tên thao tác (mã lỗi UNKNOWN_PROCEDURE).` };
  }
  if (code === 'METHOD_NOT_SUPPORTED') {
    return { reason: 'METHOD_NOT_SUPPORTED', message: 'Thao tác này không nhận phương thức HTTP đã dùng: truy vấn gửi bằng GET, thay đổi dữ liệu gửi bằng POST (mã lỗi METHOD_NOT_SUPPORTED).' };
  }
  return undefined;
}

export const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const requestId = ctx?.requestId ?? 'unknown';
    const invalid = error.code === 'BAD_REQUEST' && hasIssues(error.cause) ? describeIssues(error.cause) : undefined;
    const conflict = error.code === 'CONFLICT' ? (error.cause as { currentVersion?: number | null } | undefined) : undefined;
    const transport = invalid ? undefined : transportError(error);
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? `Lỗi hệ thống. Vui lòng thử lại sau (mã yêu cầu ${requestId}).`
        : invalid
          ? `Dữ liệu không hợp lệ: ${invalid.summary}`
          : (transport?.message ?? shape.message);
    const data: typeof shape.data & ErrorData = {
      ...shape.data,
      stack: undefined,
      requestId,
      ...(transport && { reason: transport.reason }),
      ...(transport?.reason === 'INVALID_JSON' && { code: 'PARSE_ERROR' as const }),
      ...(invalid && { fieldErrors: invalid.fieldErrors }),
      ...(conflict && 'currentVersion' in conflict && { currentVersion: conflict.currentVersion }),
    };
    return { ...shape, ...(transport?.reason === 'INVALID_JSON' && { code: -32700 as const }), message, data };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
