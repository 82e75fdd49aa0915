import { describe, expect, it } from 'vitest';
import { auditRecord, fieldChanges } from './audit-diff.js';

describe('the audit record of a change', () => {
  const head = (verified: Record<string, unknown>, version: number) => ({
    status: 'submitted',
    version,
    updatedAt: `2026-12-0${version}`,
    entries: Array.from({ length: 34 }, (_, i) => ({ criterionCode: `${Math.floor(i / 10) + 1}.${i % 10}`, value: { status: 'met' }, evidence: 'Biên bản '.repeat(20) })),
    verifications: verified,
  });

  it('keeps only what changed: verifying one criterion records one verification, not the head twice', () => {
    const before = head({}, 3);
    const after = head({ '1.1': { decision: 'accept', by: 'dieuphoi.donghoi' } }, 4);
    const record = auditRecord(before, after);
    expect(record).toEqual({ changes: [{ path: 'verifications.1.1', after: { decision: 'accept', by: 'dieuphoi.donghoi' } }], versionBefore: 3, versionAfter: 4 });
    expect(JSON.stringify(record).length).toBeLessThan(JSON.stringify(after).length / 20);
  });

  it('walks arrays by position and names removed fields', () => {
    expect(fieldChanges({ a: [1, 2, 3], b: 'x' }, { a: [1, 5], c: true })).toEqual([
      { path: 'a.1', before: 2, after: 5 },
      { path: 'a.2', before: 3 },
      { path: 'b', before: 'x' },
      { path: 'c', after: true },
    ]);
  });

  it('keeps the whole entity when it is created or removed', () => {
    expect(auditRecord(undefined, { name: 'Mô hình' })).toEqual({ after: { name: 'Mô hình' } });
    expect(auditRecord({ name: 'Mô hình' }, undefined)).toEqual({ before: { name: 'Mô hình' } });
  });
});
