import { entityId, wardCode } from '@antq/domain';
import { z } from 'zod';
import { districtAccess, wardAccess } from '../../reports/access.js';
import { districtReport } from '../../reports/district.js';
import { submissionTrail, wardReport } from '../../reports/drill.js';
import { provinceReport } from '../../reports/province.js';
import { recomputeDistrictYear } from '../../reports/recompute.js';
import { router } from '../../trpc/init.js';
import { authed, coordinatorProcedure, provinceRead } from '../../trpc/procedures.js';

const year = z.number().int().min(1945).max(2100);
const districtId = z.string().regex(/^\d{3}$/, 'Mã quận/huyện gồm 3 chữ số').optional();

/**
 * Consolidated reports and their drill-down: province → district → ward → submission. Coordinators
 * read their own district; provincial staff read the onboarded districts of their province; a
 * ward officer reads their own ward's report and submissions.
 */
export const reportsRouter = router({
  province: provinceRead.input(z.object({ year })).query(({ ctx, input }) => provinceReport(ctx.repo, ctx.provinceId, ctx.districts, input.year)),
  district: authed.input(z.object({ year, districtId })).query(async ({ ctx, input }) => {
    const access = await districtAccess(ctx, input.districtId);
    return districtReport(access.repo, access.tenantId, input.year);
  }),
  /** The district's report recomputed from its source data (plans, assessments, records, decisions): a check, not a read path. */
  recomputed: coordinatorProcedure
    .input(z.object({ year }))
    .query(async ({ ctx, input }) => districtReport(ctx.repo, ctx.tenantId, input.year, await recomputeDistrictYear(ctx, input.year))),
  ward: authed.input(z.object({ year, districtId, wardId: wardCode })).query(async ({ ctx, input }) => {
    const access = await wardAccess(ctx, input.districtId, input.wardId);
    return wardReport(access.repo, access.tenantId, input.wardId, input.year);
  }),
  submission: authed
    .input(z.object({ districtId, campaignId: entityId, wardId: wardCode, part: z.enum(['plan', 'assessment']), submission: z.number().int().positive().optional() }))
    .query(async ({ ctx, input }) => {
      const access = await wardAccess(ctx, input.districtId, input.wardId);
      return submissionTrail(access.repo, access.tenantId, input);
    }),
});
