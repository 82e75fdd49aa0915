import { describeIssues, reportColumns, reportCsv, type ReportRow, vietnamDay } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { type Context as HonoContext, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z, ZodError } from 'zod';
import type { AppEnv } from '../env.js';
import { appRouter } from '../routers/index.js';
import { createCallerFactory } from '../trpc/init.js';
import type { Context } from '../trpc/context.js';

const createCaller = createCallerFactory(appRouter);
const query = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/**
 * The pull API for provincial systems: plain GETs with a bearer token, JSON by default or CSV
 * (`?format=csv` or `Accept: text/csv`), with the stable field names of `reportColumns`. It goes
 * through the same tRPC procedures as the console, so access is decided in one place.
 */
export function pullRoutes(context: (c: HonoContext<AppEnv>) => Context) {
  const routes = new Hono<AppEnv>();

  const respond = async (c: HonoContext<AppEnv>, run: (caller: ReturnType<typeof createCaller>, year: number) => Promise<{ json: unknown; rows: ReportRow[]; name: string }>) => {
    const parsed = query.safeParse(c.req.query());
    if (!parsed.success) return c.json({ error: { code: 'BAD_REQUEST', message: 'Tham số không hợp lệ.', fieldErrors: describeIssues(parsed.error).fieldErrors } }, 400);
    if (!c.get('user')) return c.json({ error: { code: 'UNAUTHORIZED', message: 'Cần gửi mã truy cập (Authorization: Bearer …).' } }, 401);
    const year = parsed.data.year ?? Number(vietnamDay().slice(0, 4));
    try {
      const out = await run(createCaller(context(c)), year);
      const csv = parsed.data.format === 'csv' || (!parsed.data.format && c.req.header('accept')?.includes('text/csv'));
      if (!csv) return c.json(out.json);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${out.name}-${year}.csv"`);
      return c.body(reportCsv(out.rows));
    } catch (error) {
      if (error instanceof TRPCError) {
        const status = getHTTPStatusCodeFromError(error) as ContentfulStatusCode;
        const fieldErrors = error.cause instanceof ZodError ? describeIssues(error.cause).fieldErrors : undefined;
        return c.json({ error: { code: error.code, message: error.message, ...(fieldErrors && { fieldErrors }) } }, status);
      }
      throw error;
    }
  };

  const fields = reportColumns.map(({ field, header }) => ({ field, header }));

  routes.get('/provinces/:provinceId/report', (c) =>
    respond(c, async (caller, year) => {
      if (c.get('user')?.provinceId !== c.req.param('provinceId') || !c.get('user')?.roles.includes('province_staff')) {
        throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tỉnh/thành phố này trong phạm vi của bạn.' });
      }
      const r = await caller.reports.province({ year });
      return { json: { provinceId: r.provinceId, provinceName: r.provinceName, year, fields, districts: r.districts, total: r.total }, rows: [...r.districts, r.total], name: `bao-cao-tinh-${r.provinceId}` };
    }),
  );

  routes.get('/districts/:districtId/report', (c) =>
    respond(c, async (caller, year) => {
      const r = await caller.reports.district({ year, districtId: c.req.param('districtId') });
      return {
        json: { district: r.district, year, fields, total: r.row, wards: r.wards, campaigns: r.campaigns.map(({ grid: _g, ...rest }) => rest) },
        rows: [...r.wards, r.row],
        name: `bao-cao-${r.district.code}`,
      };
    }),
  );
  return routes;
}
