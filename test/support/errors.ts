import { describeIssues, hasIssues } from '@antq/domain';
import { TRPCError } from '@trpc/server';

/** Awaits a call expected to fail and returns what a client would learn: code, message, fields, current version. */
export async function failureOf(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause as { currentVersion?: number | null } | undefined;
  return {
    code: error.code,
    message: error.message,
    fieldErrors: hasIssues(error.cause) ? describeIssues(error.cause).fieldErrors : undefined,
    currentVersion: cause && 'currentVersion' in cause ? cause.currentVersion : undefined,
  };
}
