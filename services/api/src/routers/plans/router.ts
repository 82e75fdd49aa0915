import { getPlanSubmission, listPlanSubmissions } from '@antq/db';
import {
  allCriteria,
  approvePlanInput,
  planSubmissionInput,
  planSubmitProblems,
  returnPlanInput,
  savePlanInput,
  submitPlanInput,
  wardCampaignInput,
  type PlanContent,
} from '@antq/domain';
import { assertParticipates, loadCampaign } from '../../cycle/load.js';
import { invalid, notFound } from '../../cycle/mutate.js';
import { assertMaySubmit, changeWork, planWork, readWork, returnWith, type WorkEnv } from '../../cycle/ward-work.js';
import { router } from '../../trpc/init.js';
import { wardReviewer, wardScoped, wardWriter } from '../../trpc/procedures.js';

/** Targets must name criteria of the campaign's catalogue. */
function checkTargets(content: PlanContent, env: WorkEnv): void {
  const codes = new Set(allCriteria(env.catalogue).map((c) => c.code));
  const unknown = content.targets.map((t, i) => ({ t, i })).filter(({ t }) => !codes.has(t.criterionCode));
  if (unknown.length > 0) {
    throw invalid(unknown.map(({ t, i }) => ({ path: `content.targets.${i}.criterionCode`, message: `Tiêu chí ${t.criterionCode} không có trong bộ tiêu chí của chiến dịch` })));
  }
}

export const plansRouter = router({
  /** The ward's plan (or the blank one it starts from) and the list of its submissions. */
  get: wardScoped.input(wardCampaignInput).query(async ({ ctx, input }) => {
    const campaign = await loadCampaign(ctx, input.campaignId);
    assertParticipates(campaign, input.wardId);
    const plan = await readWork(ctx, planWork, input.campaignId, input.wardId);
    const submissions = (await listPlanSubmissions(ctx.repo, ctx.tenantId, input.campaignId, input.wardId)).map(({ content: _c, ...meta }) => meta);
    return { campaign, plan, submissions };
  }),
  /** One immutable submission, to read or compare with another. */
  submission: wardScoped.input(planSubmissionInput).query(async ({ ctx, input }) => {
    await loadCampaign(ctx, input.campaignId);
    const found = await getPlanSubmission(ctx.repo, ctx.tenantId, input.campaignId, input.wardId, input.submission);
    if (!found) throw notFound(`Không có lần gửi thứ ${input.submission}.`);
    return found;
  }),
  save: wardWriter.input(savePlanInput).mutation(({ ctx, input }) =>
    changeWork(ctx, planWork, input, 'save', (head, env) => {
      checkTargets(input.content, env);
      return { ...head, content: input.content };
    }),
  ),
  /** The ward sends its plan; or a coordinator enters one received on paper, with `receivedOn`. */
  submit: wardScoped.input(submitPlanInput).mutation(({ ctx, input }) => {
    assertMaySubmit(ctx, input.receivedOn);
    return changeWork(
      ctx,
      planWork,
      input,
      'submit',
      (head, env) => {
        const content = input.content ?? head.content;
        const problems = planSubmitProblems(content);
        if (problems.length > 0) throw invalid(problems);
        checkTargets(content, env);
        return { ...head, content };
      },
      input,
    );
  }),
  return: wardReviewer.input(returnPlanInput).mutation(({ ctx, input }) =>
    changeWork(ctx, planWork, input, 'return', returnWith(input.reason)),
  ),
  approve: wardReviewer.input(approvePlanInput).mutation(({ ctx, input }) =>
    changeWork(ctx, planWork, input, 'approve', (head, env) => ({
      ...head,
      history: [...head.history, { action: 'approve', by: env.by, at: env.now, submission: head.submissions, ...(input.note && { reason: input.note }) }],
    })),
  ),
});
