import { keys, type Repository } from '@antq/db';
import { type AwardForm, awardEntries, recipientKey, type TallyEntry } from '@antq/domain';
import type { Nomination } from './nominations.js';

export type { TallyEntry };

/** The entry one outcome adds to the district-year item: what tallies and reports count. */
export function tallyEntry(form: AwardForm, n: Nomination, decisionId: string): TallyEntry {
  const subject = n.fields.achievement.subject;
  return {
    formCode: form.code,
    level: form.level,
    recipientKind: n.fields.recipient.kind,
    subjectType: subject.type,
    subjectRef: subject.refId ?? subject.label ?? '',
    ...(subject.label && { subjectLabel: subject.label }),
    wardIds: n.fields.wardId ? [n.fields.wardId] : [],
    recipientKey: recipientKey(n.fields.recipient),
    recipientName: n.fields.recipient.name,
    decisionId,
  };
}

/**
 * The year's tallies from one item: counts by form, level, recipient kind, subject and ward, e.g.
 * "12 collectives and 10 individuals given the district's Giấy khen for programme 09".
 */
export async function awardTallies(repo: Repository, tenantId: string, year: number) {
  const item = await repo.get<Record<string, unknown>>(keys.districtYear(tenantId, year));
  const entries = awardEntries(item);
  const count = (key: (e: TallyEntry) => string) => {
    const out: Record<string, number> = {};
    for (const e of entries) out[key(e)] = (out[key(e)] ?? 0) + 1;
    return out;
  };
  return {
    year,
    total: entries.length,
    byForm: count((e) => e.formCode),
    byLevel: count((e) => e.level),
    byRecipientKind: count((e) => e.recipientKind),
    bySubject: count((e) => `${e.subjectType}:${e.subjectRef}`),
    byFormAndRecipientKind: count((e) => `${e.formCode}|${e.recipientKind}`),
    byWard: (() => {
      const out: Record<string, number> = {};
      for (const e of entries) for (const w of e.wardIds) out[w] = (out[w] ?? 0) + 1;
      return out;
    })(),
    entries,
  };
}
