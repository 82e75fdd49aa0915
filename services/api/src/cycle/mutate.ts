import { type AuditEntry, type ItemKey, type Repository, VersionConflictError, type WriteOp } from '@antq/db';
import type { SessionUser } from '@antq/domain';
import { TRPCError } from '@trpc/server';

/** What a tenant-scoped procedure's context carries. */
export interface TenantContext {
  user: SessionUser;
  tenantId: string;
  repo: Repository;
  requestId: string;
}

/** A change ready to commit: its writes, what the audit says about it, and what the caller gets back. */
export interface Change<R> {
  ops: WriteOp[];
  audit: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'before' | 'after'>;
  result: R;
}

/**
 * Who asked, as the idempotency record remembers it: a retry is answered only to the caller who
 * made the first request, in the scope they made it in (another caller with the same key and
 * body is refused as a different request).
 */
const callerOf = (user: SessionUser) => ({ sub: user.sub, tenantId: user.tenantId, wardId: user.wardId, roles: [...user.roles].sort() });

/**
 * Errors a retry of a call that already succeeded can meet (the first call moved the version or
 * the state on). Access errors (401/403/404) are never among them: a caller refused access is
 * told so, whatever a key would replay.
 */
function mayBeReplay(error: unknown): boolean {
  if (error instanceof VersionConflictError) return true;
  return error instanceof TRPCError && ['CONFLICT', 'PRECONDITION_FAILED', 'BAD_REQUEST'].includes(error.code);
}

/**
 * Runs a mutation exactly once per idempotency key: `build` checks access and the stored
 * record's owner first, then prepares the change, which is committed as one transaction with its
 * audit entry and idempotency record; a retry by the same caller of a call that already happened
 * gets the first result back.
 */
export async function mutate<I extends { idempotencyKey: string }, R>(
  ctx: TenantContext,
  input: I,
  build: () => Promise<Change<R>>,
): Promise<R> {
  const { idempotencyKey, ...body } = input;
  const request = { caller: callerOf(ctx.user), body };
  // No read of the idempotency record on the way in: a retry of a call that succeeded fails its
  // own checks (the first call moved the version on) and is answered from the record then, and
  // one that passes them is stopped by the record's condition in the transaction and answered
  // the same way. Either way the retry gets the first answer and writes nothing.
  let change: Change<R>;
  try {
    change = await build();
  } catch (error) {
    if (!mayBeReplay(error)) throw error;
    const replay = await ctx.repo.findReplay<R>(ctx.tenantId, idempotencyKey, request);
    if (replay) return replay.result;
    throw error;
  }
  const audit: AuditEntry = {
    ...change.audit,
    tenantId: ctx.tenantId,
    actor: { sub: ctx.user.sub, username: ctx.user.username },
    requestId: ctx.requestId,
  };
  const committed = await ctx.repo.commit(change.ops, audit, { key: idempotencyKey, request, result: change.result, replayChecked: true });
  return committed.result as R;
}

/** Refuses early, with the current version, when the caller's copy is stale (the write's condition guards races). */
export function expectVersion(key: ItemKey, current: number, expected: number): void {
  if (current !== expected) throw new VersionConflictError(key, current === 0 ? null : current, undefined);
}

/** An action the current state does not allow (e.g. approving a draft). */
export const refuse = (message: string) => new TRPCError({ code: 'PRECONDITION_FAILED', message });

export const notFound = (message: string) => new TRPCError({ code: 'NOT_FOUND', message });

/** A rule broken by input that passed its schema; it lists issues the way zod does. */
export class RuleViolation extends Error {
  readonly issues: Array<{ path: string[]; message: string }>;
  constructor(issues: Array<{ path: string; message: string }>) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'RuleViolation';
    this.issues = issues.map((i) => ({ path: i.path.split('.'), message: i.message }));
  }
}

/** Input that passed the schema but breaks a rule: 400 with the fields, like a schema failure. */
export function invalid(issues: Array<{ path: string; message: string }>): TRPCError {
  const cause = new RuleViolation(issues);
  return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
}

export const nowIso = () => new Date().toISOString();
