import { catalogueWithCount, type DistrictCampaignReport, type ReportRow } from '@antq/domain';
import { type SheetValue, writeReportSheet } from './report-sheet.js';
import type { Workbook } from './workbook.js';

/** A campaign of the district report: its figures, criteria met per group and the wards × criteria grid. */
export type ReportCampaign = Omit<DistrictCampaignReport, 'criteria'>;

// "1.2" before "1.10", as in the catalogue.
const byCode = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

export const gridSheetName = 'Lưới tiêu chí';
export const groupSheetName = 'Theo nhóm';

/**
 * The wards × criteria grid ("Đạt" / "Chưa đạt", blank when the ward has not assessed that
 * criterion) and the criteria met per group. Wards come in the report's order, then any ward
 * of the grid the report does not list (a ward since removed from the catalogue), by id.
 */
export function writeCampaignSheets(
  workbook: Workbook,
  campaign: ReportCampaign,
  wards: ReportRow[],
  context: { title: string; suffix: string },
): void {
  const campaignLine = `Đợt đánh giá: ${campaign.name} (${catalogueWithCount(campaign.catalogueTitle, campaign.criteriaCount)})`;
  const codes = [...new Set(Object.values(campaign.grid).flatMap((w) => Object.keys(w)))].sort(byCode);
  const listed = new Set(wards.map((w) => w.unitCode));
  const extra = Object.keys(campaign.grid)
    .filter((id) => !listed.has(id))
    .sort(byCode)
    .map((id) => ({ unitCode: id, unitName: id }));
  const rows = [...wards, ...extra].map((ward): SheetValue[] => {
    const marks = campaign.grid[ward.unitCode];
    const cells = codes.map((code) => (marks?.[code] === undefined ? undefined : marks[code] ? 'Đạt' : 'Chưa đạt'));
    const met = marks ? Object.values(marks).filter(Boolean).length : undefined;
    return [ward.unitCode, ward.unitName, ...cells, met];
  });
  writeReportSheet(workbook, {
    name: `${gridSheetName}${context.suffix}`,
    title: context.title,
    subtitle: campaignLine,
    columns: [
      { header: 'Mã phường/xã', width: 12, text: true },
      { header: 'Phường, xã', width: 26, wrap: true },
      ...codes.map((code) => ({ header: code, width: 9, text: true })),
      { header: 'Số tiêu chí đạt', width: 12 },
    ],
    rows,
  });

  // Each group counts ward-criterion pairs, so its base is its criteria times the assessed wards.
  const assessed = Object.keys(campaign.grid).length;
  const groupRow = (label: string, criteria: number, met: number): SheetValue[] => {
    const base = criteria * assessed;
    return [label, criteria, met, base, base > 0 ? Math.round((met / base) * 1000) / 10 : undefined];
  };
  const groups = [...campaign.groups].sort((a, b) => byCode(a.code, b.code));
  const sum = (pick: (g: ReportCampaign['groups'][number]) => number) => groups.reduce((n, g) => n + pick(g), 0);
  writeReportSheet(workbook, {
    name: `${groupSheetName}${context.suffix}`,
    title: context.title,
    subtitle: `${campaignLine}; ${assessed} phường, xã đã tự đánh giá`,
    columns: [
      { header: 'Nhóm tiêu chí', width: 16, text: true },
      { header: 'Số tiêu chí', width: 12 },
      { header: 'Lượt tiêu chí đạt', width: 14 },
      { header: 'Lượt tiêu chí được đánh giá', width: 16 },
      { header: 'Tỷ lệ đạt (%)', width: 12 },
    ],
    rows: [...groups.map((g) => groupRow(g.code, g.criteria, g.met)), groupRow('Cộng', sum((g) => g.criteria), sum((g) => g.met))],
    bold: [groups.length],
  });
}
