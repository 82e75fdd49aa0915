import { getRecord, getWard, keys, type Stored, strip, toItem, writeHead } from '@antq/db';
import type { NominationFields, NominationStatus } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { ulid } from 'ulid';
import { type Change, expectVersion, invalid, mutate, notFound, nowIso, refuse, type TenantContext } from '../cycle/mutate.js';
import { nominationProblems } from './rules.js';

export interface Nomination {
  nominationId: string;
  fields: NominationFields;
  status: NominationStatus;
  returnReason?: string;
  outcomeId?: string;
  /** The decision that awarded it, so a ward sees the number and date without reading decisions. */
  decision?: { decisionId: string; number: string; date: string };
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** Nominations by id, in one BatchGet (a decision names up to 48). */
export async function getNominations(ctx: TenantContext, ids: string[]): Promise<Map<string, Nomination>> {
  const items = await ctx.repo.batchGet<Stored<Nomination>>([...new Set(ids)].map((id) => keys.nomination(ctx.tenantId, id)));
  return new Map(items.map((item) => [item.nominationId, strip(item) as Nomination]));
}

const isCoordinator = (ctx: TenantContext) => ctx.user.roles.includes('coordinator');

const missing = () => notFound('Không tìm thấy đề nghị khen thưởng.');

/**
 * The stored nomination, if the caller may see it: a ward officer sees their own ward's only, and
 * any other is answered like a missing one (no version, no hint that it exists).
 */
export async function visibleNomination(ctx: TenantContext, nominationId: string): Promise<Nomination> {
  const current = await getRecord<Nomination>(ctx.repo, keys.nomination(ctx.tenantId, nominationId));
  if (!current || (!isCoordinator(ctx) && current.fields.wardId !== ctx.user.wardId)) throw missing();
  return current;
}

/** Creates or edits a nomination (ward officers for their ward; the district for anyone). */
export function saveNomination(ctx: TenantContext, input: { nominationId?: string; fields: NominationFields; expectedVersion: number; idempotencyKey: string }) {
  return mutate(ctx, input, async (): Promise<Change<Nomination>> => {
    // The stored nomination's owner first, before anything about the new fields or the version.
    const current = input.nominationId ? await visibleNomination(ctx, input.nominationId) : undefined;
    if (!isCoordinator(ctx) && input.fields.wardId !== ctx.user.wardId) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Bạn chỉ được đề nghị khen thưởng cho phường/xã mình.' });
    }
    if (input.fields.wardId && !(await getWard(ctx.repo, ctx.tenantId, input.fields.wardId))) {
      throw invalid([{ path: 'fields.wardId', message: `Phường/xã ${input.fields.wardId} không thuộc quận/huyện` }]);
    }
    const id = input.nominationId ?? ulid();
    const key = keys.nomination(ctx.tenantId, id);
    expectVersion(key, current?.version ?? 0, input.expectedVersion);
    if (current && !['draft', 'returned'].includes(current.status)) throw refuse('Chỉ sửa được đề nghị đang soạn hoặc bị trả lại.');
    const problems = await nominationProblems(ctx, input.fields);
    if (problems.length > 0) throw invalid(problems);
    const now = nowIso();
    const nomination: Nomination = {
      nominationId: id,
      fields: input.fields,
      status: current?.status ?? 'draft',
      version: (current?.version ?? 0) + 1,
      createdAt: current?.createdAt ?? now,
      createdBy: current?.createdBy ?? ctx.user.username,
      updatedAt: now,
    };
    return {
      ops: [writeHead(ctx.repo.tableName, toItem(key, 'Nomination', nomination), current?.version ?? 0)],
      audit: { action: current ? 'nomination.update' : 'nomination.create', entityType: 'Nomination', entityId: id, before: current, after: nomination },
      result: nomination,
    };
  });
}

const transitions: Record<'submit' | 'accept' | 'return', { from: NominationStatus[]; to: NominationStatus; coordinator: boolean }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', coordinator: false },
  accept: { from: ['submitted'], to: 'accepted', coordinator: true },
  return: { from: ['submitted'], to: 'returned', coordinator: true },
};

/** submit (ward or district) → accepted or returned with a reason (district). */
export function actOnNomination(ctx: TenantContext, input: { nominationId: string; action: 'submit' | 'accept' | 'return'; reason?: string; expectedVersion: number; idempotencyKey: string }) {
  return mutate(ctx, input, async (): Promise<Change<Nomination>> => {
    const t = transitions[input.action];
    if (t.coordinator && !isCoordinator(ctx)) throw new TRPCError({ code: 'FORBIDDEN', message: 'Chỉ cán bộ điều phối cấp quận/huyện được xét đề nghị.' });
    const key = keys.nomination(ctx.tenantId, input.nominationId);
    const current = await visibleNomination(ctx, input.nominationId);
    expectVersion(key, current.version, input.expectedVersion);
    if (!t.from.includes(current.status)) throw refuse('Thao tác không phù hợp với trạng thái hiện tại của đề nghị.');
    if (input.action === 'return' && !input.reason?.trim()) throw invalid([{ path: 'reason', message: 'Cần ghi lý do trả lại' }]);
    if (input.action !== 'return') {
      const problems = await nominationProblems(ctx, current.fields);
      if (problems.length > 0) throw invalid(problems);
    }
    const next: Nomination = {
      ...current,
      status: t.to,
      ...(input.action === 'return' ? { returnReason: input.reason!.trim() } : { returnReason: undefined }),
      version: current.version + 1,
      updatedAt: nowIso(),
    };
    return {
      ops: [writeHead(ctx.repo.tableName, toItem(key, 'Nomination', next), current.version)],
      audit: { action: `nomination.${input.action}`, entityType: 'Nomination', entityId: current.nominationId, before: { status: current.status }, after: { status: next.status, reason: input.reason } },
      result: next,
    };
  });
}
