import type { PlanContent } from '@antq/domain';

export type DiffSection = 'legalReferences' | 'steeringCommittee' | 'members' | 'activities' | 'budget' | 'targets' | 'notes';
export type DiffKind = 'added' | 'removed' | 'changed';
type Value = string | number | undefined;

export interface FieldChange {
  field: string;
  before: Value;
  after: Value;
}

/** One difference between two submissions: an item added, removed, or changed field by field. */
export interface DiffEntry {
  section: DiffSection;
  kind: DiffKind;
  /** The item as it is after the change (before it, for a removal): what the screen names it by. */
  item: Record<string, Value>;
  changes: FieldChange[];
}

type Flat = Record<string, Value>;

const norm = (v: Value) => (typeof v === 'string' ? v.trim().normalize('NFC') : v);
const same = (a: Value, b: Value) => norm(a) === norm(b) || ((a === undefined || a === '') && (b === undefined || b === ''));

function fieldChanges(before: Flat, after: Flat, fields: readonly string[]): FieldChange[] {
  return fields.filter((f) => !same(before[f], after[f])).map((f) => ({ field: f, before: before[f], after: after[f] }));
}

/**
 * Compares two lists item by item. Items are matched by a key (a document's number, an activity's
 * title…); items whose key changed are paired in order when another field still agrees, so a
 * corrected number shows as a change rather than a removal and an addition.
 */
function diffList(section: DiffSection, before: Flat[], after: Flat[], key: (item: Flat) => string, fields: readonly string[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const unmatchedAfter = [...after.keys()];
  const unmatchedBefore: number[] = [];
  before.forEach((b, i) => {
    const k = String(norm(key(b))).toLowerCase();
    const at = unmatchedAfter.find((j) => String(norm(key(after[j]!))).toLowerCase() === k);
    if (at === undefined) {
      unmatchedBefore.push(i);
      return;
    }
    unmatchedAfter.splice(unmatchedAfter.indexOf(at), 1);
    const changes = fieldChanges(b, after[at]!, fields);
    if (changes.length > 0) entries.push({ section, kind: 'changed', item: after[at]!, changes });
  });
  for (const i of [...unmatchedBefore]) {
    const b = before[i]!;
    const at = unmatchedAfter.find((j) => fields.some((f) => b[f] !== undefined && b[f] !== '' && same(b[f], after[j]![f])));
    if (at === undefined) continue;
    unmatchedAfter.splice(unmatchedAfter.indexOf(at), 1);
    unmatchedBefore.splice(unmatchedBefore.indexOf(i), 1);
    entries.push({ section, kind: 'changed', item: after[at]!, changes: fieldChanges(b, after[at]!, fields) });
  }
  for (const i of unmatchedBefore) entries.push({ section, kind: 'removed', item: before[i]!, changes: [] });
  for (const j of unmatchedAfter) entries.push({ section, kind: 'added', item: after[j]!, changes: [] });
  return entries;
}

function diffObject(section: DiffSection, before: Flat | undefined, after: Flat | undefined, fields: readonly string[]): DiffEntry[] {
  if (!before && !after) return [];
  if (!before) return [{ section, kind: 'added', item: after!, changes: [] }];
  if (!after) return [{ section, kind: 'removed', item: before, changes: [] }];
  const changes = fieldChanges(before, after, fields);
  return changes.length > 0 ? [{ section, kind: 'changed', item: after, changes }] : [];
}

export const legalFields = ['type', 'number', 'issuer', 'date', 'title'] as const;
export const steeringFields = ['head', 'decision.number', 'decision.issuer', 'decision.date', 'decision.title'] as const;
export const memberFields = ['name', 'position', 'organisation'] as const;
export const activityFields = ['title', 'ownerOrganisation', 'dueDate', 'description'] as const;
export const budgetFields = ['amountVnd', 'source', 'note'] as const;
export const targetFields = ['criterionCode', 'target'] as const;

const flatSteering = (s: PlanContent['steeringCommittee']): Flat | undefined =>
  s && {
    head: s.head,
    'decision.number': s.decision?.number,
    'decision.issuer': s.decision?.issuer,
    'decision.date': s.decision?.date,
    'decision.title': s.decision?.title,
  };

/** Everything that differs from one submission of a plan to another, section by section. */
export function diffPlans(before: PlanContent, after: PlanContent): DiffEntry[] {
  return [
    ...diffList('legalReferences', before.legalReferences, after.legalReferences, (r) => String(r.number), legalFields),
    ...diffObject('steeringCommittee', flatSteering(before.steeringCommittee), flatSteering(after.steeringCommittee), steeringFields),
    ...diffList('members', before.steeringCommittee?.members ?? [], after.steeringCommittee?.members ?? [], (m) => String(m.name), memberFields),
    ...diffList('activities', before.activities, after.activities, (a) => String(a.title), activityFields),
    ...diffObject('budget', before.budget, after.budget, budgetFields),
    ...diffList('targets', before.targets, after.targets, (t) => String(t.criterionCode), targetFields),
    ...diffObject('notes', before.notes ? { notes: before.notes } : undefined, after.notes ? { notes: after.notes } : undefined, ['notes']),
  ];
}
