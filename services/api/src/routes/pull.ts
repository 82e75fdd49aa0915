import { criteriaSetColumns, criteriaSetCsv, describeIssues, reportColumns, reportCsv, type ReportRow, sortByName, unitLabel, vietnamDay } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { type Context as HonoContext, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z, ZodError } from 'zod';
import { attachment, type FileKind, fileTypes, requestedFormat } from '../documents/files.js';
import type { DocumentWriters, DocumentWritersLoader } from '../documents/loader.js';
import type { AppEnv } from '../env.js';
import { appRouter } from '../routers/index.js';
import { createCallerFactory } from '../trpc/init.js';
import type { Context } from '../trpc/context.js';
import { decisionFile } from './pull-decision.js';

const createCaller = createCallerFactory(appRouter);
export type PullCaller = ReturnType<typeof createCaller>;

const query = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  format: z.enum(['json', 'csv', 'xlsx', 'docx']).optional(),
  /** The CSV's table: one row per unit (the default), or one per unit and criteria set (`criteria`). */
  table: z.enum(['units', 'criteria']).optional(),
});

/** A file to send: its bytes (or text) and the title its name is made from. */
export interface PulledFile {
  body: Uint8Array | string;
  title: string;
}

/** What one pull route answers: JSON, and each file format it offers. */
export interface Pulled {
  json: unknown;
  files: Partial<Record<FileKind, (writers: () => Promise<DocumentWriters>) => Promise<PulledFile>>>;
}

const failure = (c: HonoContext<AppEnv>, status: ContentfulStatusCode, code: string, message: string, extra: object = {}) =>
  c.json({ error: { code, message, ...extra } }, status);

/**
 * The pull API for provincial systems and wards' scripts: plain GETs with a bearer token, JSON
 * by default, or a file with `?format=csv|xlsx|docx` (or the matching Accept header): CSV with
 * the stable field names of `reportColumns`, and the same XLSX and DOCX the console downloads.
 * It goes through the same tRPC procedures as the console, so access is decided in one place.
 *
 * The DOCX and XLSX writers are loaded on the first file request (`documents`), never on the
 * request path of JSON and CSV: see `documents/writers.ts`.
 */
export function pullRoutes(context: (c: HonoContext<AppEnv>) => Context, documents?: DocumentWritersLoader) {
  const routes = new Hono<AppEnv>();
  const writers = async () => {
    if (!documents) throw new TRPCError({ code: 'NOT_IMPLEMENTED', message: 'Máy chủ này không tạo tệp DOCX, XLSX.' });
    return documents();
  };

  const respond = async (c: HonoContext<AppEnv>, run: (caller: PullCaller, year: number) => Promise<Pulled>) => {
    const parsed = query.safeParse(c.req.query());
    if (!parsed.success) return failure(c, 400, 'BAD_REQUEST', 'Tham số không hợp lệ.', { fieldErrors: describeIssues(parsed.error).fieldErrors });
    if (!c.get('user')) return failure(c, 401, 'UNAUTHORIZED', 'Cần gửi mã truy cập (Authorization: Bearer …).');
    const year = parsed.data.year ?? Number(vietnamDay().slice(0, 4));
    const format = requestedFormat(parsed.data.format, c.req.header('accept'));
    try {
      const out = await run(createCaller(context(c)), year);
      if (format === 'json') return c.json(out.json);
      const make = out.files[format];
      if (!make) return failure(c, 400, 'BAD_REQUEST', `Không có định dạng “${format}” cho dữ liệu này.`, { fieldErrors: { format: [`Chọn một trong: ${['json', ...Object.keys(out.files)].join(', ')}`] } });
      const file = await make(writers);
      c.header('content-type', fileTypes[format]);
      c.header('content-disposition', attachment(file.title, format));
      c.header('cache-control', 'private, no-store');
      return c.body(typeof file.body === 'string' ? file.body : (file.body as Uint8Array<ArrayBuffer>));
    } catch (error) {
      if (error instanceof TRPCError) {
        const status = getHTTPStatusCodeFromError(error) as ContentfulStatusCode;
        const fieldErrors = error.cause instanceof ZodError ? describeIssues(error.cause).fieldErrors : undefined;
        return failure(c, status, error.code, error.message, fieldErrors ? { fieldErrors } : {});
      }
      throw error;
    }
  };

  const fields = reportColumns.map(({ field, header }) => ({ field, header }));
  const criteriaSetFields = criteriaSetColumns.map(({ field, header }) => ({ field, header }));
  // `?table=criteria`: criteria met per unit and criteria set, the figure a unit's row cannot sum across sets.
  const csv = (c: HonoContext<AppEnv>, rows: ReportRow[], name: string, year: number) => async (): Promise<PulledFile> =>
    c.req.query('table') === 'criteria' ? { body: criteriaSetCsv(rows), title: `${name}-bo-tieu-chi-${year}` } : { body: reportCsv(rows), title: `${name}-${year}` };

  routes.get('/provinces/:provinceId/report', (c) =>
    respond(c, async (caller, year) => {
      if (c.get('user')?.provinceId !== c.req.param('provinceId') || !c.get('user')?.roles.includes('province_staff')) {
        throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tỉnh/thành phố này trong phạm vi của bạn.' });
      }
      const r = await caller.reports.province({ year });
      const { itemsRead: _read, ...report } = r;
      const districts = sortByName(r.districts, (d) => d.unitName);
      const title = `Báo cáo tổng hợp ${unitLabel(r.provinceName)} năm ${year}`;
      return {
        json: { provinceId: r.provinceId, provinceName: r.provinceName, year, fields, criteriaSetFields, districts: r.districts, total: r.total, campaigns: r.campaigns },
        files: {
          csv: csv(c, [...r.districts, r.total], `bao-cao-tinh-${r.provinceId}`, year),
          xlsx: async (w) => ({ body: await (await w()).provinceReportXlsx({ ...report, districts }), title }),
          docx: async (w) => ({ body: await (await w()).provinceReportDocx({ ...report, districts }, { date: vietnamDay() }), title }),
        },
      };
    }),
  );

  routes.get('/districts/:districtId/report', (c) =>
    respond(c, async (caller, year) => {
      const r = await caller.reports.district({ year, districtId: c.req.param('districtId') });
      const wards = sortByName(r.wards, (w) => w.unitName);
      const title = `Báo cáo ${unitLabel(r.district.name)} năm ${year}`;
      return {
        json: { district: r.district, year, fields, criteriaSetFields, total: r.row, wards: r.wards, campaigns: r.campaigns.map(({ grid: _g, ...rest }) => rest) },
        files: {
          csv: csv(c, [...r.wards, r.row], `bao-cao-${r.district.code}`, year),
          xlsx: async (w) => ({ body: await (await w()).districtReportXlsx({ ...r, wards }), title }),
          docx: async (w) => ({ body: await (await w()).districtReportDocx({ ...r, wards }, { date: vietnamDay() }), title }),
        },
      };
    }),
  );

  routes.get('/districts/:districtId/decisions/:decisionId', (c) =>
    respond(c, (caller) => decisionFile(caller, c.get('user')!, c.req.param('districtId'), c.req.param('decisionId'))),
  );
  return routes;
}
