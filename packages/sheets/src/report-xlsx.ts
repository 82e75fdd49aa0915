import { type DistrictReport, type ProvinceReport, unitLabel } from '@antq/domain';
import { type ReportCampaign, writeCampaignSheets } from './report-campaign.js';
import { inSentence, reportSections, writeRowsSheet } from './report-sheet.js';
import { newWorkbook, toBytes } from './workbook.js';

export type { ReportCampaign } from './report-campaign.js';

/** The parts of the provincial report the workbook shows. */
export type ProvinceReportInput = Omit<ProvinceReport, 'itemsRead'>;

/** The parts of a district's report the workbook shows: its row, the wards and the campaigns' grids. */
export type DistrictReportInput = Pick<DistrictReport, 'district' | 'year' | 'row' | 'wards'> & { campaigns: ReportCampaign[] };

export const summarySheet = 'Tổng hợp';
export const wardsSheet = 'Phường, xã';

// "Thành phố Đồng Hới" even when the catalogue spells it "Thành Phố Đồng Hới".
const reportTitle = (unitName: string, year: number) =>
  `Kết quả thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm ${year} – ${unitLabel(unitName)}`;

/**
 * The provincial report as a workbook: "Tổng hợp" with every column, then one sheet per
 * section (the unit columns plus that section's), each with the districts and the province's
 * total in bold. Values only, no formulas: the figures are the ones the API computed, and a
 * formula would silently disagree once someone sorts or deletes a row.
 */
export async function provinceReportXlsx(report: ProvinceReportInput): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const title = reportTitle(report.provinceName, report.year);
  const common = { title, rows: report.districts, total: report.total, totalName: `Toàn ${inSentence(report.provinceName)}` };
  writeRowsSheet(workbook, { ...common, name: summarySheet, subtitle: 'Tổng hợp theo quận, huyện' });
  for (const section of reportSections) {
    writeRowsSheet(workbook, { ...common, name: section, section, subtitle: `${section} – theo quận, huyện` });
  }
  return toBytes(workbook);
}

/**
 * The district's report as a workbook. "Tổng hợp" holds the district's own row, laid out as a
 * row of the provincial sheet so the province can paste it in; the section sheets and
 * "Phường, xã" break it down by ward, with the district's row as the bold total (which may
 * exceed the sum of the wards: district-wide activities belong to no ward). Each campaign adds
 * its criteria grid and its results per group.
 */
export async function districtReportXlsx(report: DistrictReportInput): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const { district, year } = report;
  const title = reportTitle(district.name, year);
  const common = { title, rows: report.wards, total: report.row, totalName: `Toàn ${inSentence(district.name)}` };
  writeRowsSheet(workbook, { name: summarySheet, title, subtitle: `Số liệu tổng hợp của ${inSentence(district.name)}`, rows: [report.row] });
  for (const section of reportSections) {
    writeRowsSheet(workbook, { ...common, name: section, section, subtitle: `${section} – theo phường, xã` });
  }
  writeRowsSheet(workbook, { ...common, name: wardsSheet, subtitle: 'Tổng hợp theo phường, xã' });
  const several = report.campaigns.length > 1;
  report.campaigns.forEach((campaign, i) => {
    writeCampaignSheets(workbook, campaign, report.wards, { title, suffix: several ? ` ${i + 1}` : '' });
  });
  return toBytes(workbook);
}
