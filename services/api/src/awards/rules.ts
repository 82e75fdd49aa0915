import { createHash } from 'node:crypto';
import { getRecord, type ItemKey, keys } from '@antq/db';
import {
  achievementKey,
  type AwardForm,
  decisionReference,
  maybeSamePerson,
  type NominationFields,
  personMatchKey,
  recipientKey,
  recipientTitle,
} from '@antq/domain';
import type { TenantContext } from '../cycle/mutate.js';
import { findAwardForm } from './forms.js';

export const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

export const achievementRule = (tenantId: string, f: NominationFields) => keys.awardRule(tenantId, 'achievement', digest(achievementKey(f.recipient, f.achievement)));
export const onceRule = (tenantId: string, formCode: string, f: NominationFields) => keys.awardRule(tenantId, 'once', digest(`${formCode}|${recipientKey(f.recipient)}`));
/** The item listing everyone given a once-only form under this name and unit (individuals only). */
export const personRule = (tenantId: string, formCode: string, f: NominationFields): ItemKey | undefined => {
  const person = personMatchKey(f.recipient);
  return person ? keys.awardRule(tenantId, 'person', digest(`${formCode}|${person}`)) : undefined;
};
export const personAttribute = (outcomeId: string) => `p#${outcomeId}`;

/** What a rule mark remembers of the award that took it, so a refusal can name the decision. */
export interface RuleMark {
  outcomeId: string;
  decisionId?: string;
  number?: string;
  date?: string;
  recipientName?: string;
}

/** One person in a `person` mark. */
export interface PersonEntry extends Required<Pick<RuleMark, 'outcomeId' | 'decisionId' | 'number' | 'date'>> {
  name: string;
  unit: string;
  birthYear?: number;
  recipientKey: string;
}

/** The mark's fields for an outcome of a decision. */
export function ruleMark(outcomeId: string, decision: { decisionId: string; number: string; date: string }, f: NominationFields): RuleMark {
  return { outcomeId, decisionId: decision.decisionId, number: decision.number, date: decision.date, recipientName: f.recipient.name };
}

export function personEntry(outcomeId: string, decision: { decisionId: string; number: string; date: string }, f: NominationFields): PersonEntry | undefined {
  const r = f.recipient;
  if (r.kind !== 'individual') return undefined;
  return { outcomeId, decisionId: decision.decisionId, number: decision.number, date: decision.date, name: r.name, unit: r.unit, ...(r.birthYear !== undefined && { birthYear: r.birthYear }), recipientKey: recipientKey(r) };
}

export const personEntries = (item: Record<string, unknown> | undefined): PersonEntry[] =>
  Object.entries(item ?? {})
    .filter(([name]) => name.startsWith('p#'))
    .map(([, value]) => value as PersonEntry);

type Problem = { path: string; message: string };

/** Where each rule's message goes: on a nomination's own fields, or on a decision's line. */
export interface RulePaths {
  achievement: string;
  once: string;
  person: string;
}

export interface RuleCheck {
  fields: NominationFields;
  form: AwardForm;
  paths: RulePaths;
}

/**
 * The rules recipients break against what was already awarded, with messages that name the award
 * ("Ông/bà Trần Văn Bình đã được tặng Kỷ niệm chương … theo Quyết định số 77/QĐ-BCA ngày
 * 30/05/2023"): one achievement rewarded once, a once-only form given once per person, and a likely
 * duplicate (same name and unit, a birth year missing) unless the nomination confirms it is
 * another person. Every mark is read in one BatchGet.
 */
export async function awardedRuleProblems(ctx: TenantContext, checks: RuleCheck[]): Promise<Problem[]> {
  const wanted = checks.map((c) => ({
    ...c,
    achievement: achievementRule(ctx.tenantId, c.fields),
    once: c.form.oncePerPerson ? onceRule(ctx.tenantId, c.form.code, c.fields) : undefined,
    person: c.form.oncePerPerson ? personRule(ctx.tenantId, c.form.code, c.fields) : undefined,
  }));
  const keyList = wanted.flatMap((w) => [w.achievement, w.once, w.person].filter((k): k is ItemKey => !!k));
  if (keyList.length === 0) return [];
  const unique = [...new Map(keyList.map((k) => [`${k.PK}|${k.SK}`, k])).values()];
  const items = await ctx.repo.batchGet<Record<string, unknown> & ItemKey>(unique);
  const found = new Map(items.map((i) => [`${i.PK}|${i.SK}`, i]));
  const at = (k: ItemKey | undefined) => (k ? found.get(`${k.PK}|${k.SK}`) : undefined);
  const decisions = new Map<string, Promise<{ number: string; date: string } | undefined>>();
  const decisionOf = (mark: RuleMark): Promise<{ number: string; date: string } | undefined> => {
    if (mark.number && mark.date) return Promise.resolve({ number: mark.number, date: mark.date });
    // Marks made before they kept the decision's number name only the outcome, `<decisionId>-<line>`.
    const decisionId = mark.decisionId ?? mark.outcomeId.replace(/-\d+$/, '');
    if (!decisions.has(decisionId)) {
      decisions.set(
        decisionId,
        getRecord<{ fields: { number: string; date: string } }>(ctx.repo, keys.decision(ctx.tenantId, decisionId)).then((d) => d && { number: d.fields.number, date: d.fields.date }),
      );
    }
    return decisions.get(decisionId)!;
  };
  const by = async (mark: RuleMark) => {
    const d = await decisionOf(mark);
    return d ? ` theo ${decisionReference(d)}` : '';
  };

  const problems: Problem[] = [];
  for (const w of wanted) {
    const r = w.fields.recipient;
    const achieved = at(w.achievement) as RuleMark | undefined;
    if (achieved) {
      problems.push({ path: w.paths.achievement, message: `${recipientTitle(r)}: thành tích này đã được khen thưởng${await by(achieved)}; một thành tích không khen nhiều lần hoặc nhiều hình thức` });
    }
    const given = at(w.once) as RuleMark | undefined;
    if (given) {
      const name = given.recipientName ?? r.name;
      problems.push({ path: w.paths.once, message: `${recipientTitle({ kind: r.kind, name })} đã được tặng ${w.form.name}${await by(given)} (chỉ tặng một lần)` });
      continue;
    }
    if (r.kind !== 'individual' || w.fields.confirmPossibleDuplicate) continue;
    const twin = personEntries(at(w.person)).find((e) => e.recipientKey !== recipientKey(r) && maybeSamePerson(e, r));
    if (twin) problems.push({ path: w.paths.person, message: likelyDuplicate(twin, w.form) });
  }
  return problems;
}

/** The warning for a likely duplicate, saying what would tell the two apart. */
export function likelyDuplicate(twin: Pick<PersonEntry, 'name' | 'unit' | 'birthYear' | 'number' | 'date'>, form: AwardForm): string {
  const born = twin.birthYear !== undefined ? `, sinh năm ${twin.birthYear}` : ', không ghi năm sinh';
  return (
    `Có thể trùng người: ông/bà ${twin.name} (${twin.unit}${born}) đã được tặng ${form.name} theo ${decisionReference(twin)}. ` +
    'Hãy nhập năm sinh để phân biệt, hoặc xác nhận đây là người khác.'
  );
}

/**
 * The rules a nomination must meet before it goes further, with messages a coordinator can act on:
 * the proposed form exists and may go to this kind of recipient; the achievement is not rewarded
 * already; a once-only medal has not been given to this person (nor, likely, to the same name and
 * unit without a birth year).
 */
export async function nominationProblems(ctx: TenantContext, f: NominationFields): Promise<Problem[]> {
  const problems: Problem[] = [];
  const form = findAwardForm(f.proposedFormCode);
  if (!form) return [{ path: 'fields.proposedFormCode', message: `Không có hình thức khen thưởng mã ${f.proposedFormCode}` }];
  if (!form.recipients.includes(f.recipient.kind)) {
    problems.push({ path: 'fields.recipient.kind', message: `“${form.name}” không dành cho đối tượng này` });
  }
  if (f.achievement.subject.toYear < f.achievement.subject.fromYear) {
    problems.push({ path: 'fields.achievement.subject.toYear', message: 'Năm kết thúc phải sau năm bắt đầu' });
  }
  problems.push(...(await awardedRuleProblems(ctx, [{ fields: f, form, paths: { achievement: 'fields.achievement', once: 'fields.recipient', person: 'fields.recipient.birthYear' } }])));
  return problems;
}
