import { appendItem, getRecord, type ItemKey, keys, removeAttribute, toItem, VersionConflictError, writeHead, type WriteOp } from '@antq/db';
import { achievementKey, type DecisionFields, decisionReference, formIssueProblem, maybeSamePerson, personMatchKey, recipientKey, yearItemNames } from '@antq/domain';
import { ulid } from 'ulid';
import { type Change, expectVersion, invalid, mutate, notFound, nowIso, refuse, type TenantContext } from '../cycle/mutate.js';
import { findAwardForm } from './forms.js';
import { getNominations, type Nomination } from './nominations.js';
import { achievementRule, awardedRuleProblems, onceRule, type PersonEntry, personAttribute, personEntry, personRule, ruleMark } from './rules.js';
import { type TallyEntry, tallyEntry } from './tallies.js';

export interface DecisionLine {
  outcomeId: string;
  nominationId: string;
  formCode: string;
  recipient: Nomination['fields']['recipient'];
  wardId?: string;
  revoked?: { number: string; date: string; issuingBody: string; reason?: string };
}

export interface AwardDecision {
  decisionId: string;
  fields: Omit<DecisionFields, 'lines'>;
  lines: DecisionLine[];
  version: number;
  createdAt: string;
  createdBy: string;
}

// DynamoDB takes 100 writes per transaction; the audit entry and the idempotency record take two.
const MAX_WRITES = 98;

type Problem = { path: string; message: string };

/**
 * Every rule a decision's lines must meet, read afresh: the nominations are accepted, each form
 * may be issued by this authority on this date and to this recipient, one achievement once and one
 * form, a once-only form once per person (against earlier decisions, read from the rule marks,
 * and within this one), and no likely duplicate of a person already given it.
 */
async function decisionProblems(ctx: TenantContext, f: DecisionFields, nominations: Array<Nomination | undefined>): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const persons = new Map<string, Array<{ name: string; unit: string; birthYear?: number; key: string }>>();
  f.lines.forEach((line, i) => {
    const n = nominations[i];
    const form = findAwardForm(line.formCode);
    const at = `fields.lines.${i}`;
    if (!n) return problems.push({ path: `${at}.nominationId`, message: 'Không tìm thấy đề nghị khen thưởng' });
    if (n.status === 'awarded' && n.decision) {
      problems.push({ path: `${at}.nominationId`, message: `Đề nghị khen ${n.fields.recipient.name} đã có ${decisionReference(n.decision)}` });
    } else if (n.status !== 'accepted') problems.push({ path: `${at}.nominationId`, message: `Đề nghị khen ${n.fields.recipient.name} chưa được chấp thuận` });
    if (!form) return problems.push({ path: `${at}.formCode`, message: `Không có hình thức khen thưởng mã ${line.formCode}` });
    const issue = formIssueProblem(form, f.date, f.authorityLevel);
    if (issue) problems.push({ path: `${at}.formCode`, message: issue });
    if (!form.recipients.includes(n.fields.recipient.kind)) problems.push({ path: `${at}.formCode`, message: `“${form.name}” không dành cho ${n.fields.recipient.name}` });
    const achievement = achievementKey(n.fields.recipient, n.fields.achievement);
    if (seen.has(achievement)) problems.push({ path: at, message: `${n.fields.recipient.name}: một thành tích không khen nhiều hình thức trong cùng quyết định` });
    seen.add(achievement);
    if (form.oncePerPerson) {
      const person = `${form.code}|${recipientKey(n.fields.recipient)}`;
      if (seen.has(person)) problems.push({ path: at, message: `${n.fields.recipient.name} chỉ được tặng “${form.name}” một lần` });
      seen.add(person);
      const r = n.fields.recipient;
      const match = personMatchKey(r);
      if (match && r.kind === 'individual') {
        const same = `${form.code}|${match}`;
        const twin = (persons.get(same) ?? []).find((p) => p.key !== recipientKey(r) && maybeSamePerson(p, r));
        if (twin && !n.fields.confirmPossibleDuplicate) {
          problems.push({ path: at, message: `Có thể trùng người với ${twin.name} ở dòng trên (${twin.unit}): hãy nhập năm sinh để phân biệt, hoặc xác nhận đây là người khác.` });
        }
        persons.set(same, [...(persons.get(same) ?? []), { name: r.name, unit: r.unit, ...(r.birthYear !== undefined && { birthYear: r.birthYear }), key: recipientKey(r) }]);
      }
    }
    return undefined;
  });
  const checks = f.lines.flatMap((line, i) => {
    const n = nominations[i];
    const form = findAwardForm(line.formCode);
    const at = `fields.lines.${i}`;
    return n && form ? [{ fields: n.fields, form, paths: { achievement: at, once: at, person: at } }] : [];
  });
  problems.push(...(await awardedRuleProblems(ctx, checks)));
  return problems;
}

/**
 * Issues a decision: checks every rule (authority and effective dates, recipient kind, one
 * achievement rewarded once, once-only medals), then in one transaction writes the decision with
 * its outcomes, marks the nominations awarded, creates the rule marks (which fail if a concurrent
 * decision took them) and adds the outcomes to the year's tallies. A decision that loses such a
 * race is checked again and refused with the rule it now breaks, on its line, never with a
 * version conflict: retrying would meet the same mark forever.
 */
export async function createDecision(ctx: TenantContext, input: { fields: DecisionFields; idempotencyKey: string }): Promise<AwardDecision> {
  const f = input.fields;
  try {
    return await mutate(ctx, input, () => buildDecision(ctx, f));
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    const byId = await getNominations(ctx, f.lines.map((l) => l.nominationId));
    const problems = await decisionProblems(ctx, f, f.lines.map((l) => byId.get(l.nominationId)));
    if (problems.length > 0) throw invalid(problems);
    throw error;
  }
}

async function buildDecision(ctx: TenantContext, f: DecisionFields): Promise<Change<AwardDecision>> {
  const byId = await getNominations(ctx, f.lines.map((l) => l.nominationId));
  const nominations = f.lines.map((l) => byId.get(l.nominationId));
  const problems = await decisionProblems(ctx, f, nominations);
  if (problems.length > 0) throw invalid(problems);

  const now = nowIso();
  const decisionId = ulid();
  const t = ctx.repo.tableName;
  const lines: DecisionLine[] = f.lines.map((line, i) => {
    const n = nominations[i]!;
    return { outcomeId: `${decisionId}-${i + 1}`, nominationId: n.nominationId, formCode: line.formCode, recipient: n.fields.recipient, ...(n.fields.wardId && { wardId: n.fields.wardId }) };
  });
  const { lines: _l, ...rest } = f;
  const decision: AwardDecision = { decisionId, fields: rest, lines, version: 1, createdAt: now, createdBy: ctx.user.username };
  const ref = { decisionId, number: f.number, date: f.date };
  const ops: WriteOp[] = [writeHead(t, toItem(keys.decision(ctx.tenantId, decisionId), 'AwardDecision', decision), 0)];
  const tally: Record<string, TallyEntry> = {};
  // People given a once-only form, by name and unit: one update per item (a transaction touches an item once).
  const persons = new Map<string, { key: ItemKey; entries: PersonEntry[] }>();
  lines.forEach((line, i) => {
    const n = nominations[i]!;
    const form = findAwardForm(line.formCode)!;
    ops.push(writeHead(t, toItem(keys.nomination(ctx.tenantId, n.nominationId), 'Nomination', { ...n, status: 'awarded', outcomeId: line.outcomeId, decision: { decisionId, number: f.number, date: f.date }, version: n.version + 1, updatedAt: now }), n.version));
    ops.push(appendItem(t, { ...achievementRule(ctx.tenantId, n.fields), ...ruleMark(line.outcomeId, ref, n.fields) }));
    if (form.oncePerPerson) {
      ops.push(appendItem(t, { ...onceRule(ctx.tenantId, form.code, n.fields), ...ruleMark(line.outcomeId, ref, n.fields) }));
      const key = personRule(ctx.tenantId, form.code, n.fields);
      const entry = personEntry(line.outcomeId, ref, n.fields);
      if (key && entry) {
        const group = persons.get(key.PK) ?? { key, entries: [] };
        group.entries.push(entry);
        persons.set(key.PK, group);
      }
    }
    tally[yearItemNames.award(line.outcomeId)] = tallyEntry(form, n, decisionId);
  });
  for (const { key, entries } of persons.values()) ops.push(setAttributes(t, key, Object.fromEntries(entries.map((e) => [personAttribute(e.outcomeId), e])), now));
  if (ops.length + 1 > MAX_WRITES) {
    throw invalid([{ path: 'fields.lines', message: `Quyết định có ${lines.length} dòng, vượt quá số dòng nhập được một lần; hãy chia danh sách thành các quyết định hoặc phụ lục nhỏ hơn` }]);
  }
  // One update for all of the decision's tally entries: a transaction may touch an item once.
  ops.push(setAttributes(t, keys.districtYear(ctx.tenantId, Number(f.date.slice(0, 4))), tally, now));
  return { ops, audit: { action: 'decision.create', entityType: 'AwardDecision', entityId: decisionId, after: decision }, result: decision };
}

/** Sets several top-level attributes of an item in one update, creating the item if needed. */
function setAttributes(tableName: string, key: ItemKey, values: Record<string, unknown>, now: string): WriteOp {
  const names = Object.keys(values);
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${names.map((_, i) => `#n${i} = :v${i}`).join(', ')}, updatedAt = :now`,
      ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#n${i}`, n])),
      ExpressionAttributeValues: { ...Object.fromEntries(names.map((n, i) => [`:v${i}`, values[n]])), ':now': now },
    },
  };
}

/** Revokes one outcome: the decision keeps it with the revoking decision; tallies and rule marks let go of it. */
export function revokeOutcome(
  ctx: TenantContext,
  input: { decisionId: string; outcomeId: string; revokedBy: { number: string; date: string; issuingBody: string; reason?: string }; expectedVersion: number; idempotencyKey: string },
) {
  return mutate(ctx, input, async (): Promise<Change<AwardDecision>> => {
    const key = keys.decision(ctx.tenantId, input.decisionId);
    const decision = await getRecord<AwardDecision>(ctx.repo, key);
    if (!decision) throw notFound('Không tìm thấy quyết định khen thưởng.');
    expectVersion(key, decision.version, input.expectedVersion);
    const line = decision.lines.find((l) => l.outcomeId === input.outcomeId);
    if (!line) throw notFound('Không tìm thấy người/tập thể này trong quyết định.');
    if (line.revoked) throw refuse('Khen thưởng này đã bị thu hồi.');
    const nomination = await getRecord<Nomination>(ctx.repo, keys.nomination(ctx.tenantId, line.nominationId));
    const now = nowIso();
    const next: AwardDecision = { ...decision, lines: decision.lines.map((l) => (l === line ? { ...l, revoked: input.revokedBy } : l)), version: decision.version + 1 };
    const t = ctx.repo.tableName;
    const ops: WriteOp[] = [
      writeHead(t, toItem(key, 'AwardDecision', next), decision.version),
      removeAttribute(t, keys.districtYear(ctx.tenantId, Number(decision.fields.date.slice(0, 4))), yearItemNames.award(line.outcomeId), now),
    ];
    if (nomination) {
      ops.push({ Delete: { TableName: t, Key: achievementRule(ctx.tenantId, nomination.fields) } });
      if (findAwardForm(line.formCode)?.oncePerPerson) {
        ops.push({ Delete: { TableName: t, Key: onceRule(ctx.tenantId, line.formCode, nomination.fields) } });
        const person = personRule(ctx.tenantId, line.formCode, nomination.fields);
        if (person) ops.push(removeAttribute(t, person, personAttribute(line.outcomeId), now));
      }
    }
    return { ops, audit: { action: 'decision.revoke', entityType: 'AwardDecision', entityId: decision.decisionId, before: line, after: { ...line, revoked: input.revokedBy } }, result: next };
  });
}
