import { getRecord, keys, type ItemKey, removeAttribute, setAttribute, toItem, writeHead, type WriteOp } from '@antq/db';
import { type MovementRecord, vietnamDay, yearItemNames } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { ulid } from 'ulid';
import { wardsById } from '../cycle/load.js';
import { type Change, expectVersion, invalid, mutate, notFound, nowIso, type TenantContext } from '../cycle/mutate.js';
import type { RecordSpec } from './specs.js';

export interface SaveRecordInput<F> {
  recordId?: string;
  parentId?: string;
  fields: F;
  expectedVersion: number;
  idempotencyKey: string;
}

/** The year "now" is in, in Vietnam: how far a model still active counts (see `modelYears`). */
export const currentYear = () => Number(vietnamDay().slice(0, 4));

export function recordKey(ctx: TenantContext, spec: RecordSpec<unknown>, recordId: string, parentId?: string): ItemKey {
  if (spec.child) {
    if (!parentId) throw invalid([{ path: 'parentId', message: 'Cần chọn chương trình phối hợp' }]);
    return keys.programmeChild(ctx.tenantId, parentId, spec.type, recordId);
  }
  return keys.movementRecord(ctx.tenantId, spec.type, recordId);
}

const forbidden = (message: string) => new TRPCError({ code: 'FORBIDDEN', message });

/** A ward officer records for their own ward only; district-wide records and programmes are the coordinator's. */
function mayWrite<F>(ctx: TenantContext, spec: RecordSpec<F>, wardId: string | undefined): boolean {
  if (ctx.user.roles.includes('coordinator')) return true;
  return !spec.coordinatorOnly && !!wardId && wardId === ctx.user.wardId;
}

function assertMayWrite<F>(ctx: TenantContext, spec: RecordSpec<F>, wardId: string | undefined): void {
  if (mayWrite(ctx, spec, wardId)) return;
  if (spec.coordinatorOnly) throw forbidden('Chỉ cán bộ điều phối cấp quận/huyện được cập nhật chương trình phối hợp.');
  throw forbidden('Bạn chỉ được ghi nhận hoạt động của phường/xã mình.');
}

/**
 * Creates (no recordId) or updates a movement record: one transaction with the record at its
 * expected version, its contribution to each district-year item it counts in (one year for most
 * records, every year of its life for a model; removed from the years it no longer counts in),
 * and the audit entry.
 */
export function saveRecord<F>(ctx: TenantContext, spec: RecordSpec<F>, input: SaveRecordInput<F>): Promise<MovementRecord<F>> {
  return mutate(ctx, input, async (): Promise<Change<MovementRecord<F>>> => {
    const fields = input.fields;
    const recordId = input.recordId ?? ulid();
    const key = recordKey(ctx, spec as RecordSpec<unknown>, recordId, input.parentId);
    // The stored record's owner first: another ward's record is answered like a missing one.
    const current = input.recordId ? await getRecord<MovementRecord<F>>(ctx.repo, key) : undefined;
    if (input.recordId && (!current || !mayWrite(ctx, spec, current.wardId))) throw notFound('Không tìm thấy hồ sơ.');
    const wardId = spec.ward(fields);
    assertMayWrite(ctx, spec, wardId);
    const wards = await wardsById(ctx);
    const unknown = [...(wardId ? [wardId] : []), ...(spec.wards?.(fields) ?? [])].filter((w) => !wards.has(w));
    if (unknown.length > 0) throw invalid([{ path: 'fields', message: `Phường/xã không thuộc quận/huyện: ${unknown.join(', ')}` }]);
    if (spec.child && input.parentId && !(await getRecord(ctx.repo, keys.movementRecord(ctx.tenantId, 'programme', input.parentId)))) {
      throw notFound('Không tìm thấy chương trình phối hợp.');
    }
    const currentVersion = current?.version ?? 0;
    expectVersion(key, currentVersion, input.expectedVersion);

    const now = nowIso();
    const date = spec.date(fields);
    const record: MovementRecord<F> = {
      recordId,
      type: spec.type,
      ...(input.parentId && { parentId: input.parentId }),
      ...(wardId && { wardId }),
      date,
      fields,
      version: currentVersion + 1,
      createdAt: current?.createdAt ?? now,
      createdBy: current?.createdBy ?? ctx.user.username,
      updatedAt: now,
      updatedBy: ctx.user.username,
    };
    // A ward's records are also indexed by ward and date, for its timeline.
    const timeline = wardId && !spec.child ? { GSI1PK: `D#${ctx.tenantId}#WARD#${wardId}`, GSI1SK: `${date}#${spec.type}#${recordId}` } : {};
    const t = ctx.repo.tableName;
    const name = yearItemNames.movement(spec.type, recordId);
    const thisYear = currentYear();
    const counts = spec.contributions(fields, thisYear);
    const ops: WriteOp[] = [writeHead(t, { ...toItem(key, `Movement:${spec.type}`, record), ...timeline }, currentVersion)];
    for (const [year, contribution] of counts) ops.push(setAttribute(t, keys.districtYear(ctx.tenantId, year), name, contribution, now));
    for (const year of current ? spec.contributions(current.fields, thisYear).keys() : []) {
      if (!counts.has(year)) ops.push(removeAttribute(t, keys.districtYear(ctx.tenantId, year), name, now));
    }
    return {
      ops,
      audit: { action: `${spec.type}.${current ? 'update' : 'create'}`, entityType: `Movement:${spec.type}`, entityId: recordId, before: current, after: record },
      result: record,
    };
  });
}
