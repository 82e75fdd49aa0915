import { appendItem, getRecord, type ItemKey, keys, toItem, writeHead, type WriteOp } from '@antq/db';
import {
  type AssessmentLine,
  assessmentLine,
  type Campaign,
  type CatalogueContent,
  isLate,
  nextStatus,
  type PlanLine,
  receivedOnProblem,
  vietnamDay,
  planLine,
  type WardAssessment,
  type WardPlan,
  type WorkflowAction,
  workflowProblem,
} from '@antq/domain';
import { assertAcceptsWardWork, assertParticipates, assertReviewable, loadCampaign, loadCatalogueContent } from './load.js';
import { TRPCError } from '@trpc/server';
import { type Change, expectVersion, invalid, mutate, nowIso, refuse, type TenantContext } from './mutate.js';
import { summaryLineOps } from './summary.js';

type WorkHead = WardPlan | WardAssessment;

/**
 * What differs between a ward's plan and its self-assessment; the workflow around them
 * (versions, submissions kept immutable, review trail, summary line, audit) is one.
 */
export interface WorkKind<H extends WorkHead> {
  name: 'plan' | 'assessment';
  entityType: string;
  headKey: (tenantId: string, campaignId: string, wardId: string) => ItemKey;
  submissionKey: (tenantId: string, campaignId: string, wardId: string, n: number) => ItemKey;
  deadline: (campaign: Campaign) => string;
  blank: (campaignId: string, wardId: string, now: string) => H;
  /** The part of the head a submission freezes. */
  snapshot: (head: H) => Record<string, unknown>;
  line: (catalogue: CatalogueContent, head: H) => PlanLine | AssessmentLine;
}

const common = (campaignId: string, wardId: string, now: string) => ({
  campaignId,
  wardId,
  status: 'not_started' as const,
  submissions: 0,
  late: false,
  history: [],
  version: 0,
  updatedAt: now,
});

export const planWork: WorkKind<WardPlan> = {
  name: 'plan',
  entityType: 'WardPlan',
  headKey: keys.plan,
  submissionKey: keys.planSubmission,
  deadline: (c) => c.planDeadline,
  blank: (campaignId, wardId, now) => ({ ...common(campaignId, wardId, now), content: { legalReferences: [], activities: [], targets: [] } }),
  snapshot: (head) => ({ content: head.content }),
  line: (_catalogue, head) => planLine(head),
};

export const assessmentWork: WorkKind<WardAssessment> = {
  name: 'assessment',
  entityType: 'WardAssessment',
  headKey: keys.assessment,
  submissionKey: keys.assessmentSubmission,
  deadline: (c) => c.assessmentDeadline,
  blank: (campaignId, wardId, now) => ({ ...common(campaignId, wardId, now), entries: [], verifications: {} }),
  snapshot: (head) => ({ entries: head.entries }),
  line: (catalogue, head) => assessmentLine(catalogue, head),
};

export interface WorkEnv {
  campaign: Campaign;
  catalogue: CatalogueContent;
  now: string;
  by: string;
}

const wardActions: WorkflowAction[] = ['save', 'submit'];

/**
 * Who may submit: the ward's officer, as it happens; or a coordinator entering a submission the
 * district received on paper, with the day it was received (and only then).
 */
export function assertMaySubmit(ctx: TenantContext, receivedOn: string | undefined): void {
  const coordinator = ctx.user.roles.includes('coordinator');
  if (coordinator && !receivedOn) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Chỉ cán bộ phường/xã được soạn và gửi hồ sơ của phường/xã; cán bộ điều phối nhập hồ sơ giấy kèm ngày nhận hồ sơ (receivedOn).' });
  }
  if (!coordinator && receivedOn) throw new TRPCError({ code: 'FORBIDDEN', message: 'Chỉ cán bộ điều phối cấp quận/huyện được nhập hồ sơ giấy với ngày nhận hồ sơ.' });
}

/**
 * Applies one workflow action to a ward's plan or assessment: checks campaign, ward, version and
 * state; lets `edit` change the head; on submit freezes a numbered submission; and commits the
 * head, the submission, the ward's summary line and the audit entry as one transaction.
 */
export function changeWork<H extends WorkHead>(
  ctx: TenantContext,
  kind: WorkKind<H>,
  input: { campaignId: string; wardId: string; expectedVersion: number; idempotencyKey: string },
  action: WorkflowAction,
  edit: (head: H, env: WorkEnv) => H,
  /** A paper submission entered later: the day it was received (see `assertMaySubmit`). */
  received?: { receivedOn?: string },
): Promise<H> {
  const receivedOn = action === 'submit' ? received?.receivedOn : undefined;
  return mutate(ctx, input, async (): Promise<Change<H>> => {
    const { campaignId, wardId } = input;
    const key = kind.headKey(ctx.tenantId, campaignId, wardId);
    // Both reads at once: the head is only used once the campaign's checks pass.
    const [campaign, current] = await Promise.all([loadCampaign(ctx, campaignId), getRecord<H>(ctx.repo, key)]);
    assertParticipates(campaign, wardId);
    // The district enters what it received on paper whatever the campaign's state, once it is open.
    if (wardActions.includes(action) && !receivedOn) assertAcceptsWardWork(campaign);
    else assertReviewable(campaign);
    const receivedProblem = receivedOn && receivedOnProblem(receivedOn, vietnamDay());
    if (receivedProblem) throw invalid([{ path: 'receivedOn', message: receivedProblem }]);
    const currentVersion = current?.version ?? 0;
    expectVersion(key, currentVersion, input.expectedVersion);
    const now = nowIso();
    const base = current ?? kind.blank(campaignId, wardId, now);
    const problem = workflowProblem(base.status, action);
    if (problem) throw refuse(problem);

    const env: WorkEnv = { campaign, catalogue: await loadCatalogueContent(ctx, campaign), now, by: ctx.user.username };
    const edited = edit(base, env);
    let head: H = {
      ...edited,
      status: action === 'verify' ? edited.status : nextStatus(base.status, action),
      version: currentVersion + 1,
      updatedAt: now,
    };
    const t = ctx.repo.tableName;
    const ops: WriteOp[] = [];
    if (action === 'submit') {
      const n = base.submissions + 1;
      // A paper submission entered later is judged by the day it was received, not the day it was typed in.
      const late = receivedOn ? receivedOn > kind.deadline(campaign) : isLate(kind.deadline(campaign), new Date(now));
      const entered = receivedOn ? { receivedOn } : {};
      head = {
        ...head,
        submissions: n,
        // Timeliness is judged on the first submission; a resubmission after a return is not "late".
        late: base.submissions === 0 ? late : base.late,
        lastSubmittedAt: now,
        returnReason: undefined,
        history: [...head.history, { action: 'submit', by: env.by, at: now, submission: n, late, ...entered }],
      };
      const submission = { campaignId, wardId, submission: n, ...kind.snapshot(head), submittedAt: now, submittedBy: env.by, late, ...entered };
      ops.push(appendItem(t, toItem(kind.submissionKey(ctx.tenantId, campaignId, wardId, n), `${kind.entityType}Submission`, submission)));
    }
    ops.unshift(writeHead(t, toItem(key, kind.entityType, head), currentVersion));
    ops.push(...summaryLineOps(ctx, campaign, wardId, kind.name, kind.line(env.catalogue, head), now));
    return {
      ops,
      audit: { action: `${kind.name}.${action}${receivedOn ? '.enteredLater' : ''}`, entityType: kind.entityType, entityId: `${campaignId}/${wardId}`, before: current, after: head },
      result: head,
    };
  });
}

/** Reads a head, or the blank one a ward starts from. */
export async function readWork<H extends WorkHead>(ctx: TenantContext, kind: WorkKind<H>, campaignId: string, wardId: string): Promise<H> {
  return (await getRecord<H>(ctx.repo, kind.headKey(ctx.tenantId, campaignId, wardId))) ?? kind.blank(campaignId, wardId, nowIso());
}

export { refuse };

/** The district sends a submission back with a reason (the same for plans and assessments). */
export function returnWith<H extends WorkHead>(reason: string) {
  return (head: H, env: WorkEnv): H => ({
    ...head,
    returnReason: reason,
    history: [...head.history, { action: 'return', by: env.by, at: env.now, submission: head.submissions, reason }],
  });
}
