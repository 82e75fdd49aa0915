/** One changed value of an entity, by its path (`entries.3.value.status`). */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed between two versions of an entity, field by field: objects by key, arrays by
 * position, anything else as a whole. An audit item keeps this instead of two full copies, so a
 * verify of one criterion records one value, not the whole self-assessment twice.
 */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (same(before, after)) return [];
  const bothObjects = isPlain(before) && isPlain(after);
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  if (!bothObjects && !bothArrays) {
    return [{ path, ...(before !== undefined && { before }), ...(after !== undefined && { after }) }];
  }
  const names = bothArrays
    ? Array.from({ length: Math.max((before as unknown[]).length, (after as unknown[]).length) }, (_, i) => String(i))
    : [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])];
  return names.flatMap((name) =>
    fieldChanges((before as Record<string, unknown>)[name], (after as Record<string, unknown>)[name], path ? `${path}.${name}` : name),
  );
}

/**
 * The audit item's record of a change: a creation keeps what was created, a removal what was
 * removed, and an update the changed fields with the versions before and after.
 */
export function auditRecord(before: unknown, after: unknown): Record<string, unknown> {
  if (before === undefined || after === undefined) return { ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
  const version = (v: unknown) => (isPlain(v) && typeof v.version === 'number' ? v.version : undefined);
  const changes = fieldChanges(before, after).filter((c) => c.path !== 'version' && c.path !== 'updatedAt');
  return { changes, ...(version(before) !== undefined && { versionBefore: version(before) }), ...(version(after) !== undefined && { versionAfter: version(after) }) };
}
