import { getRecord, keys, partitions, type Stored, strip } from '@antq/db';
import { emptyCounts, entityId, modelYears, type MovementModelFields, mutationFields, type MovementRecord, wardCode } from '@antq/domain';
import { z } from 'zod';
import { notFound } from '../../cycle/mutate.js';
import { movementFigures, rebuildMovementSummaries } from '../../movement/summary.js';
import { type RecordSpec, commitmentSpec, conferenceSpec, forumSpec, modelSpec } from '../../movement/specs.js';
import { currentYear, saveRecord } from '../../movement/save.js';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';

const listInput = z.object({ wardId: wardCode.optional(), year: z.number().int().min(1945).max(2100).optional() });

/** Most records are of the year of their date. */
const ofItsYear = (record: MovementRecord<unknown>, year: number) => record.date.startsWith(String(year));

/**
 * A model is of every year it was active at any time in, as the figures count it ("Mô hình đang
 * hoạt động" of 2022 lists the models of 2008 and 2016 still active then), not only its founding year.
 */
const modelActiveIn = (record: MovementRecord<MovementModelFields>, year: number) =>
  modelYears(record.fields, currentYear()).some((y) => y.year === year && y.active);

/** save / list / get for one kind of ward record; ward officers see and write their own ward's only. */
function recordRoutes<F>(spec: RecordSpec<F>, inYear: (record: MovementRecord<F>, year: number) => boolean = ofItsYear) {
  const saveInput = z.object({ recordId: entityId.optional(), fields: spec.schema, ...mutationFields });
  return router({
    save: tenantScoped.input(saveInput).mutation(({ ctx, input }) => saveRecord(ctx, spec, input as never)),
    list: tenantScoped.input(listInput).query(async ({ ctx, input }) => {
      const own = ctx.user.roles.includes('coordinator') ? input.wardId : ctx.user.wardId;
      const items = await ctx.repo.query<Stored<MovementRecord<F>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: `REC#${spec.type}#` });
      return items
        .map((i) => strip(i) as MovementRecord<F>)
        .filter((r) => (!own || r.wardId === own) && (!input.year || inYear(r, input.year)))
        .sort((a, b) => b.date.localeCompare(a.date));
    }),
    get: tenantScoped.input(z.object({ recordId: entityId })).query(async ({ ctx, input }) => {
      const record = await getRecord<MovementRecord<F>>(ctx.repo, keys.movementRecord(ctx.tenantId, spec.type, input.recordId));
      const isCoordinator = ctx.user.roles.includes('coordinator');
      if (!record || (!isCoordinator && record.wardId !== ctx.user.wardId)) throw notFound('Không tìm thấy hồ sơ.');
      return record;
    }),
  });
}

export const recordsRouter = router({
  models: recordRoutes(modelSpec, modelActiveIn),
  commitments: recordRoutes(commitmentSpec),
  forums: recordRoutes(forumSpec),
  conferences: recordRoutes(conferenceSpec),
  /** Everything a ward recorded, in date order (GSI1: ward, date). */
  timeline: tenantScoped.input(z.object({ wardId: wardCode })).query(async ({ ctx, input }) => {
    if (!ctx.user.roles.includes('coordinator') && input.wardId !== ctx.user.wardId) throw notFound('Không tìm thấy phường/xã.');
    const items = await ctx.repo.query<Stored<MovementRecord>>({ pk: partitions.wardTimeline(ctx.tenantId, input.wardId), index: 'GSI1' });
    return items.map((i) => strip(i) as MovementRecord);
  }),
  /** The district's movement figures of a year (one summary item), with one line per ward. */
  summary: tenantScoped.input(z.object({ year: z.number().int().min(1945).max(2100) })).query(async ({ ctx, input }) => {
    const figures = await movementFigures(ctx.repo, ctx.tenantId, input.year);
    if (ctx.user.roles.includes('coordinator')) return figures;
    const own = ctx.user.wardId ?? '';
    const line = figures.wards[own] ?? emptyCounts();
    return { year: figures.year, totals: line, wards: { [own]: line } };
  }),
  rebuildSummaries: coordinatorProcedure.mutation(({ ctx }) => rebuildMovementSummaries(ctx)),
});

