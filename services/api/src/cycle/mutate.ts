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
 * Runs a mutation exactly once per idempotency key: a retry returns the first result before any
 * check runs (the first call moved the version on, so the retry's own version check would fail),
 * otherwise `build` checks and prepares the change, committed as one transaction with its audit
 * entry and idempotency record.
 */
export async function mutate<I extends { idempotencyKey: string }, R>(
  ctx: TenantContext,
  input: I,
  build: () => Promise<Change<R>>,
): Promise<R> {
  const { idempotencyKey, ...request } = input;
  // The replay lookup and the change's own reads go out together (build writes nothing); a
  // replay wins over whatever build found or refused.
  const [replay, built] = await Promise.allSettled([ctx.repo.findReplay<R>(ctx.tenantId, idempotencyKey, request), build()]);
  if (replay.status === 'rejected') throw replay.reason;
  if (replay.value) return replay.value.result;
  if (built.status === 'rejected') throw built.reason;
  const change = built.value;
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
