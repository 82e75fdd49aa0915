import { appendItem, getRecord, keys, removeAttribute, toItem, writeHead, type WriteOp } from '@antq/db';
import { achievementKey, type DecisionFields, formIssueProblem, recipientKey, yearItemNames } from '@antq/domain';
import { ulid } from 'ulid';
import { type Change, expectVersion, invalid, mutate, notFound, nowIso, refuse, type TenantContext } from '../cycle/mutate.js';
import { findAwardForm } from './forms.js';
import { getNominations, type Nomination } from './nominations.js';
import { achievementRule, onceRule } from './rules.js';
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

/**
 * Issues a decision: checks every rule (authority and effective dates, recipient kind, one
 * achievement rewarded once, once-only medals), then in one transaction writes the decision with
 * its outcomes, marks the nominations awarded, creates the rule marks (which fail if a concurrent
 * decision took them) and adds the outcomes to the year's tallies.
 */
export function createDecision(ctx: TenantContext, input: { fields: DecisionFields; idempotencyKey: string }) {
  return mutate(ctx, input, async (): Promise<Change<AwardDecision>> => {
    const f = input.fields;
    const problems: Array<{ path: string; message: string }> = [];
    const byId = await getNominations(ctx, f.lines.map((l) => l.nominationId));
    const nominations = f.lines.map((l) => byId.get(l.nominationId));
    const seen = new Set<string>();
    f.lines.forEach((line, i) => {
      const n = nominations[i];
      const form = findAwardForm(line.formCode);
      const at = `fields.lines.${i}`;
      if (!n) return problems.push({ path: `${at}.nominationId`, message: 'Không tìm thấy đề nghị khen thưởng' });
      if (n.status !== 'accepted') problems.push({ path: `${at}.nominationId`, message: `Đề nghị khen ${n.fields.recipient.name} chưa được chấp thuận` });
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
      }
      return undefined;
    });
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
    const ops: WriteOp[] = [writeHead(t, toItem(keys.decision(ctx.tenantId, decisionId), 'AwardDecision', decision), 0)];
    const tally: Record<string, TallyEntry> = {};
    lines.forEach((line, i) => {
      const n = nominations[i]!;
      const form = findAwardForm(line.formCode)!;
      ops.push(writeHead(t, toItem(keys.nomination(ctx.tenantId, n.nominationId), 'Nomination', { ...n, status: 'awarded', outcomeId: line.outcomeId, decision: { decisionId, number: f.number, date: f.date }, version: n.version + 1, updatedAt: now }), n.version));
      ops.push(appendItem(t, { ...achievementRule(ctx.tenantId, n.fields), outcomeId: line.outcomeId }));
      if (form.oncePerPerson) ops.push(appendItem(t, { ...onceRule(ctx.tenantId, form.code, n.fields), outcomeId: line.outcomeId }));
      tally[yearItemNames.award(line.outcomeId)] = tallyEntry(form, n, decisionId);
    });
    if (ops.length + 1 > MAX_WRITES) {
      throw invalid([{ path: 'fields.lines', message: `Quyết định có ${lines.length} dòng, vượt quá số dòng nhập được một lần; hãy chia danh sách thành các quyết định hoặc phụ lục nhỏ hơn` }]);
    }
    // One update for all of the decision's tally entries: a transaction may touch an item once.
    const names = Object.keys(tally);
    ops.push({
      Update: {
        TableName: t,
        Key: keys.districtYear(ctx.tenantId, Number(f.date.slice(0, 4))),
        UpdateExpression: `SET ${names.map((_, i) => `#n${i} = :v${i}`).join(', ')}, updatedAt = :now`,
        ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#n${i}`, n])),
        ExpressionAttributeValues: { ...Object.fromEntries(names.map((n, i) => [`:v${i}`, tally[n]])), ':now': now },
      },
    });
    return { ops, audit: { action: 'decision.create', entityType: 'AwardDecision', entityId: decisionId, after: decision }, result: decision };
  });
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
      if (findAwardForm(line.formCode)?.oncePerPerson) ops.push({ Delete: { TableName: t, Key: onceRule(ctx.tenantId, line.formCode, nomination.fields) } });
    }
    return { ops, audit: { action: 'decision.revoke', entityType: 'AwardDecision', entityId: decision.decisionId, before: line, after: { ...line, revoked: input.revokedBy } }, result: next };
  });
}
