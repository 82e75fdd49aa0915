import { getRecord, keys, partitions, type Stored, strip } from '@antq/db';
import { entityId, mutationFields, type MovementRecord, type ProgrammeActivityFields, type ProgrammeFields, type ProgrammeReportFields, type ReviewConferenceFields } from '@antq/domain';
import { z } from 'zod';
import { notFound } from '../../cycle/mutate.js';
import { saveRecord } from '../../movement/save.js';
import { activitySpec, programmeSpec, reportSpec } from '../../movement/specs.js';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';

const childInput = <T extends z.ZodType>(schema: T) =>
  z.object({ programmeId: entityId, recordId: entityId.optional(), fields: schema, ...mutationFields });

export const programmesRouter = router({
  list: tenantScoped.query(async ({ ctx }) => {
    const items = await ctx.repo.query<Stored<MovementRecord<ProgrammeFields>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: 'REC#programme#' });
    return items.map((i) => strip(i) as MovementRecord<ProgrammeFields>).sort((a, b) => b.date.localeCompare(a.date));
  }),
  /** A programme's page: the programme, its activities, joint reports and the review conferences about it. */
  get: tenantScoped.input(z.object({ programmeId: entityId })).query(async ({ ctx, input }) => {
    const programme = await getRecord<MovementRecord<ProgrammeFields>>(ctx.repo, keys.movementRecord(ctx.tenantId, 'programme', input.programmeId));
    if (!programme) throw notFound('Không tìm thấy chương trình phối hợp.');
    const [children, conferences] = await Promise.all([
      ctx.repo.query<Stored<MovementRecord>>({ pk: partitions.programme(ctx.tenantId, input.programmeId) }),
      ctx.repo.query<Stored<MovementRecord<ReviewConferenceFields>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: 'REC#conference#' }),
    ]);
    const records = children.map((c) => strip(c) as MovementRecord);
    const byDate = (a: MovementRecord, b: MovementRecord) => a.date.localeCompare(b.date);
    return {
      programme,
      activities: records.filter((r) => r.type === 'activity').sort(byDate) as MovementRecord<ProgrammeActivityFields>[],
      reports: records.filter((r) => r.type === 'report').sort(byDate) as MovementRecord<ProgrammeReportFields>[],
      conferences: conferences
        .map((c) => strip(c) as MovementRecord<ReviewConferenceFields>)
        .filter((c) => c.fields.subject.type === 'programme' && c.fields.subject.refId === input.programmeId)
        .sort(byDate),
    };
  }),
  save: coordinatorProcedure
    .input(z.object({ recordId: entityId.optional(), fields: programmeSpec.schema, ...mutationFields }))
    .mutation(({ ctx, input }) => saveRecord(ctx, programmeSpec, input)),
  saveActivity: coordinatorProcedure
    .input(childInput(activitySpec.schema))
    .mutation(({ ctx, input }) => saveRecord(ctx, activitySpec, { ...input, parentId: input.programmeId } as never)),
  saveReport: coordinatorProcedure
    .input(childInput(reportSpec.schema))
    .mutation(({ ctx, input }) => saveRecord(ctx, reportSpec, { ...input, parentId: input.programmeId } as never)),
});
