import { keys, type Repository, type TenantSummary } from '@antq/db';
import { districtYearFigures, type ProvinceReport, reportRow, totalRow } from '@antq/domain';

/**
 * The provincial consolidated report: one BatchGet of the districts' year items, whatever the
 * number of wards and submissions behind them (ARCHITECTURE.md: never the ward data).
 */
export async function provinceReport(repo: Repository, provinceId: string, districts: TenantSummary[], year: number): Promise<ProvinceReport> {
  const items = await repo.batchGet<Record<string, unknown>>(districts.map((d) => keys.districtYear(d.tenantId, year)));
  const byDistrict = new Map(items.map((item) => [String(item.PK).slice(2), item]));
  const figures = districts.map((d) => ({ d, f: districtYearFigures(year, byDistrict.get(d.tenantId)) }));
  const rows = figures.map(({ d, f }) => reportRow({ code: d.tenantId, name: d.name, wards: d.wardCount }, f));
  const campaigns = figures.flatMap(({ d, f }) => f.campaigns.map((c) => ({ unitCode: d.tenantId, unitName: d.name, ...c })));
  const provinceName = districts[0]?.provinceName ?? provinceId;
  return { provinceId, provinceName, year, districts: rows, total: totalRow(rows, { code: provinceId, name: provinceName }), campaigns, itemsRead: 1 + districts.length };
}
