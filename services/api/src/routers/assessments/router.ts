import { getAssessmentSubmission, listAssessmentSubmissions } from '@antq/db';
import {
  acceptRemainingInput,
  allCriteria,
  type AssessmentEntry,
  planSubmissionInput,
  returnAssessmentInput,
  saveAssessmentInput,
  submitAssessmentInput,
  valueProblem,
  verifyCriterionInput,
  wardCampaignInput,
  type WardAssessment,
} from '@antq/domain';
import { assertParticipates, loadCampaign, loadCatalogueContent } from '../../cycle/load.js';
import { invalid, notFound, refuse } from '../../cycle/mutate.js';
import { assertMaySubmit, assessmentWork, changeWork, readWork, returnWith, type WorkEnv } from '../../cycle/ward-work.js';
import { router } from '../../trpc/init.js';
import { wardReviewer, wardScoped, wardWriter } from '../../trpc/procedures.js';

/** Every entry must name a criterion of the pinned catalogue and fit its scoring. */
function checkEntries(entries: AssessmentEntry[], env: WorkEnv, complete: boolean): void {
  const criteria = new Map(allCriteria(env.catalogue).map((c) => [c.code, c]));
  const problems: Array<{ path: string; message: string }> = [];
  entries.forEach((e, i) => {
    const c = criteria.get(e.criterionCode);
    if (!c) problems.push({ path: `entries.${i}.criterionCode`, message: `Tiêu chí ${e.criterionCode} không có trong bộ tiêu chí của chiến dịch` });
    else {
      const problem = valueProblem(c, e.value);
      if (problem) problems.push({ path: `entries.${i}.value`, message: problem });
    }
  });
  if (complete) {
    const answered = new Set(entries.map((e) => e.criterionCode));
    const missing = [...criteria.keys()].filter((code) => !answered.has(code));
    if (missing.length > 0) problems.push({ path: 'entries', message: `Chưa tự đánh giá các tiêu chí: ${missing.join(', ')}` });
  }
  if (problems.length > 0) throw invalid(problems);
}

/** Adds verifications to a head; once every criterion is verified the self-assessment is approved. */
function withVerifications(head: WardAssessment, env: WorkEnv, added: WardAssessment['verifications'], reason: string): WardAssessment {
  const verifications = { ...head.verifications, ...added };
  const complete = allCriteria(env.catalogue).every((c) => c.code in verifications);
  const approvedNow = complete && head.status !== 'approved';
  return {
    ...head,
    verifications,
    status: complete ? 'approved' : head.status,
    history: [
      ...head.history,
      { action: 'verify', by: env.by, at: env.now, submission: head.submissions, reason },
      ...(approvedNow ? [{ action: 'approve' as const, by: env.by, at: env.now, submission: head.submissions }] : []),
    ],
  };
}

export const assessmentsRouter = router({
  /** The ward's self-assessment (or a blank one), the criteria it answers, and its submissions. */
  get: wardScoped.input(wardCampaignInput).query(async ({ ctx, input }) => {
    const campaign = await loadCampaign(ctx, input.campaignId);
    assertParticipates(campaign, input.wardId);
    const [assessment, catalogue, subs] = await Promise.all([
      readWork(ctx, assessmentWork, input.campaignId, input.wardId),
      loadCatalogueContent(ctx, campaign),
      listAssessmentSubmissions(ctx.repo, ctx.tenantId, input.campaignId, input.wardId),
    ]);
    return { campaign, catalogue, assessment, submissions: subs.map(({ entries: _e, ...meta }) => meta) };
  }),
  submission: wardScoped.input(planSubmissionInput).query(async ({ ctx, input }) => {
    await loadCampaign(ctx, input.campaignId);
    const found = await getAssessmentSubmission(ctx.repo, ctx.tenantId, input.campaignId, input.wardId, input.submission);
    if (!found) throw notFound(`Không có lần gửi thứ ${input.submission}.`);
    return found;
  }),
  save: wardWriter.input(saveAssessmentInput).mutation(({ ctx, input }) =>
    changeWork(ctx, assessmentWork, input, 'save', (head, env) => {
      checkEntries(input.entries, env, false);
      return { ...head, entries: input.entries };
    }),
  ),
  /**
   * Submitting needs every criterion answered; earlier verifications no longer apply to the new
   * submission. A coordinator enters a self-assessment received on paper, with `receivedOn`.
   */
  submit: wardScoped.input(submitAssessmentInput).mutation(({ ctx, input }) => {
    assertMaySubmit(ctx, input.receivedOn);
    return changeWork(
      ctx,
      assessmentWork,
      input,
      'submit',
      (head, env) => {
        const entries = input.entries ?? head.entries;
        checkEntries(entries, env, true);
        return { ...head, entries, verifications: {} };
      },
      input,
    );
  }),
  return: wardReviewer.input(returnAssessmentInput).mutation(({ ctx, input }) =>
    changeWork(ctx, assessmentWork, input, 'return', returnWith(input.reason)),
  ),
  /** The district verifies one criterion; when every criterion is verified the assessment is approved. */
  verify: wardReviewer.input(verifyCriterionInput).mutation(({ ctx, input }) =>
    changeWork(ctx, assessmentWork, input, 'verify', (head, env) => {
      const criterion = allCriteria(env.catalogue).find((c) => c.code === input.criterionCode);
      if (!criterion) throw invalid([{ path: 'criterionCode', message: `Tiêu chí ${input.criterionCode} không có trong bộ tiêu chí của chiến dịch` }]);
      const reported = head.entries.find((e) => e.criterionCode === input.criterionCode);
      if (!reported) throw refuse(`Phường/xã chưa tự đánh giá tiêu chí ${input.criterionCode}.`);
      const value = input.decision === 'accept' ? reported.value : input.value!;
      const problem = valueProblem(criterion, value);
      if (problem) throw invalid([{ path: 'value', message: problem }]);
      const verification = { value, decision: input.decision, by: env.by, at: env.now, ...(input.note && { note: input.note }) };
      const reason = `${input.criterionCode}: ${input.decision === 'accept' ? 'chấp nhận' : 'điều chỉnh'}${input.note ? ` — ${input.note}` : ''}`;
      return withVerifications(head, env, { [input.criterionCode]: verification }, reason);
    }),
  ),
  /** "Đồng ý các tiêu chí còn lại": one transaction, one line of the review trail, instead of one per criterion. */
  acceptRemaining: wardReviewer.input(acceptRemainingInput).mutation(({ ctx, input }) =>
    changeWork(ctx, assessmentWork, input, 'verify', (head, env) => {
      const added = Object.fromEntries(
        head.entries
          .filter((e) => !(e.criterionCode in head.verifications))
          .map((e) => [e.criterionCode, { value: e.value, decision: 'accept' as const, by: env.by, at: env.now }]),
      );
      if (Object.keys(added).length === 0) throw refuse('Không còn tiêu chí nào chưa xác minh.');
      return withVerifications(head, env, added, `Chấp nhận ${Object.keys(added).length} tiêu chí còn lại: ${Object.keys(added).join(', ')}`);
    }),
  ),
});
