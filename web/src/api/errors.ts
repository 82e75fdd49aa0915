import type { AppRouter, ErrorData } from '@antq/api';
import { TRPCClientError } from '@trpc/client';
import type { Messages } from '../i18n';
import { localizeFieldErrors } from '../i18n/fieldMessages';

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

/** The HTTP status of a failed call, from the tRPC error shape or, for non-tRPC answers, the response. */
export function httpStatusOf(error: unknown): number | undefined {
  if (!isApiError(error)) return undefined;
  const fromShape = error.data?.httpStatus;
  if (typeof fromShape === 'number') return fromShape;
  const response = error.meta?.response as { status?: unknown } | undefined;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/** Field problems the API reported on a BAD_REQUEST, keyed by dotted path, in the console's language. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (!isApiError(error)) return {};
  const data = error.data as Partial<ErrorData> | undefined;
  return localizeFieldErrors(data?.fieldErrors ?? {});
}

/** A sentence a user can read: the API's own Vietnamese message when it sent one. */
export function describeError(error: unknown, t: Messages): string {
  const status = httpStatusOf(error);
  if (status === 401) return t.common.sessionExpired;
  if (isApiError(error)) {
    if (error.data && error.message) return error.message;
    if (status === undefined) return t.common.networkError;
    return t.common.unexpectedError;
  }
  if (error instanceof TypeError) return t.common.networkError;
  return t.common.unexpectedError;
}

/** Whether retrying can help: not for the caller's own mistakes (4xx). */
export function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

/** The tRPC error code of a failed call (CONFLICT, BAD_REQUEST, PRECONDITION_FAILED…). */
export function errorCodeOf(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const code = (error.data as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Someone else changed the data since it was read (409): the screen must reload before trying again. */
export function isConflict(error: unknown): boolean {
  return errorCodeOf(error) === 'CONFLICT' || httpStatusOf(error) === 409;
}
