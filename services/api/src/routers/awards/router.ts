import { getRecord, keys, partitions, sortKeyPrefixes, type Stored, strip } from '@antq/db';
import { decisionFieldsSchema, entityId, isoDate, mutationFields, nominationFieldsSchema, optionalText, text } from '@antq/domain';
import { z } from 'zod';
import { type AwardDecision, createDecision, revokeOutcome } from '../../awards/decisions.js';
import { awardForms } from '../../awards/forms.js';
import { awardHistory } from '../../awards/history.js';
import { actOnNomination, type Nomination, saveNomination, visibleNomination } from '../../awards/nominations.js';
import { awardTallies } from '../../awards/tallies.js';
import { notFound } from '../../cycle/mutate.js';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';

const year = z.object({ year: z.number().int().min(1945).max(2100) });

export const awardsRouter = router({
  forms: tenantScoped.query(() => awardForms),
  nominations: router({
    list: tenantScoped.query(async ({ ctx }) => {
      const items = (await ctx.repo.query<Stored<Nomination>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.nomination })).map((i) => strip(i) as Nomination);
      return ctx.user.roles.includes('coordinator') ? items : items.filter((n) => n.fields.wardId === ctx.user.wardId);
    }),
    get: tenantScoped.input(z.object({ nominationId: entityId })).query(({ ctx, input }) => visibleNomination(ctx, input.nominationId)),
    save: tenantScoped
      .input(z.object({ nominationId: entityId.optional(), fields: nominationFieldsSchema, ...mutationFields }))
      .mutation(({ ctx, input }) => saveNomination(ctx, input)),
    act: tenantScoped
      .input(z.object({ nominationId: entityId, action: z.enum(['submit', 'accept', 'return']), reason: optionalText(2000), ...mutationFields }))
      .mutation(({ ctx, input }) => actOnNomination(ctx, input)),
  }),
  decisions: router({
    list: coordinatorProcedure.query(async ({ ctx }) =>
      (await ctx.repo.query<Stored<AwardDecision>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.decision })).map((i) => strip(i) as AwardDecision),
    ),
    get: coordinatorProcedure.input(z.object({ decisionId: entityId })).query(async ({ ctx, input }) => {
      const d = await getRecord<AwardDecision>(ctx.repo, keys.decision(ctx.tenantId, input.decisionId));
      if (!d) throw notFound('Không tìm thấy quyết định khen thưởng.');
      return d;
    }),
    create: coordinatorProcedure.input(z.object({ fields: decisionFieldsSchema, idempotencyKey: mutationFields.idempotencyKey })).mutation(({ ctx, input }) => createDecision(ctx, input)),
    revoke: coordinatorProcedure
      .input(
        z.object({
          decisionId: entityId,
          outcomeId: z.string().min(3).max(40),
          revokedBy: z.object({ number: text(100, 'Số quyết định thu hồi'), date: isoDate, issuingBody: text(300, 'Cơ quan ban hành'), reason: optionalText(2000) }),
          ...mutationFields,
        }),
      )
      .mutation(({ ctx, input }) => revokeOutcome(ctx, input)),
  }),
  /** The year's award tallies, from one summary item. */
  tallies: coordinatorProcedure.input(year).query(({ ctx, input }) => awardTallies(ctx.repo, ctx.tenantId, input.year)),
  /** Each recipient's awards over a range of years, from the district-year items. */
  history: coordinatorProcedure
    .input(
      z
        .object({ fromYear: z.number().int().min(1945).max(2100), toYear: z.number().int().min(1945).max(2100) })
        .refine((r) => r.toYear >= r.fromYear && r.toYear - r.fromYear < 50, { path: ['toYear'], message: 'Khoảng năm không hợp lệ (tối đa 50 năm)' }),
    )
    .query(({ ctx, input }) => awardHistory(ctx.repo, ctx.tenantId, input.fromYear, input.toYear)),
});
