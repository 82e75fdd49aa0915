import { reportColumns } from '@antq/domain';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { districtReportXlsx, provinceReportXlsx } from './index.js';
import { haiPhong, kienAnDistrict } from './report-fixtures.js';
import { openXlsx } from './test-fixtures.js';

const sections = ['Kế hoạch', 'Tự đánh giá', 'Phong trào', 'Chương trình phối hợp', 'Khen thưởng'];

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

function expectNoFormula(workbook: ExcelJS.Workbook) {
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
}

describe('provinceReportXlsx', async () => {
  const workbook = await openXlsx(await provinceReportXlsx(haiPhong()));

  it('has a summary sheet and one sheet per section', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', ...sections]);
  });

  it('titles each sheet with the unit and year, then the Vietnamese headers', () => {
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('Kết quả thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024 – Thành phố Hải Phòng');
    expect(values(sheet, 3).slice(0, 5)).toEqual(['Mã đơn vị', 'Đơn vị', 'Số phường/xã', 'Số đợt đánh giá', 'Kế hoạch phải nộp']);
    expect(values(sheet, 3)).toHaveLength(reportColumns.length); // every column of the pull API, in its order
    expect(values(workbook.getWorksheet('Khen thưởng')!, 3)).toEqual([
      'Mã đơn vị', 'Đơn vị', 'Số phường/xã', 'Khen thưởng', 'Tập thể được khen', 'Cá nhân được khen', 'Hộ gia đình được khen',
    ]);
  });

  it('lists the districts, then the province total in bold, as plain values', () => {
    const sheet = workbook.getWorksheet('Khen thưởng')!;
    expect(values(sheet, 4)).toEqual(['307', 'Quận Kiến An', 10, 22, 12, 10, 0]);
    expect(values(sheet, 5)).toEqual(['303', 'Quận Hồng Bàng', 11, 5, 2, 2, 1]);
    expect(values(sheet, 6)).toEqual(['31', 'Toàn thành phố Hải Phòng', 21, 27, 14, 12, 1]);
    expect(sheet.getRow(6).font?.bold).toBe(true);
    expect(sheet.getRow(5).font?.bold).toBeFalsy();
    expect(workbook.getWorksheet('Tổng hợp')!.getRow(6).getCell(6).value).toBe(20); // plansSubmitted 9 + 11
    expectNoFormula(workbook);
  });
});

describe('districtReportXlsx', async () => {
  const workbook = await openXlsx(await districtReportXlsx(kienAnDistrict()));

  it('adds the wards and, per campaign, the criteria grid and the groups', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', ...sections, 'Phường, xã', 'Lưới tiêu chí', 'Theo nhóm']);
  });

  it('holds the district row alone in the summary and the wards with the district total elsewhere', () => {
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('Kết quả thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024 – Quận Kiến An');
    expect(values(summary, 4).slice(0, 3)).toEqual(['307', 'Quận Kiến An', 10]);
    expect(summary.rowCount).toBe(4);
    const wards = workbook.getWorksheet('Phường, xã')!;
    expect([4, 5, 6, 7].map((r) => wards.getRow(r).getCell(2).value)).toEqual([
      'Phường Bắc Sơn', 'Phường Lãm Hà', 'Phường Trần Thành Ngọ', 'Toàn quận Kiến An',
    ]);
    expect(wards.getRow(7).font?.bold).toBe(true);
    const movement = workbook.getWorksheet('Phong trào')!;
    expect(values(movement, 3)[3]).toBe('Mô hình');
    expect(values(movement, 7)[3]).toBe(14);
  });

  it('marks each criterion met, not met or blank when the ward has not assessed', () => {
    const grid = workbook.getWorksheet('Lưới tiêu chí')!;
    expect(grid.getCell('A2').value).toBe('Đợt đánh giá: Đánh giá năm 2024 (Bộ tiêu chí phường, xã an toàn về an ninh, trật tự, 3 tiêu chí)');
    expect(values(grid, 3)).toEqual(['Mã phường/xã', 'Phường, xã', '1.1', '1.2', '2.1', 'Số tiêu chí đạt']);
    expect(values(grid, 4)).toEqual(['11311', 'Phường Bắc Sơn', 'Đạt', 'Đạt', 'Đạt', 3]);
    expect(values(grid, 5)).toEqual(['11317', 'Phường Lãm Hà', 'Đạt', 'Đạt', 'Chưa đạt', 2]);
    expect(values(grid, 6)).toEqual(['11320', 'Phường Trần Thành Ngọ']);
  });

  it('sums the groups, in code order', () => {
    const groups = workbook.getWorksheet('Theo nhóm')!;
    expect(values(groups, 3)).toEqual(['Nhóm tiêu chí', 'Số tiêu chí', 'Lượt tiêu chí đạt', 'Lượt tiêu chí được đánh giá', 'Tỷ lệ đạt (%)']);
    expect(values(groups, 4)).toEqual(['1', 2, 4, 4, 100]);
    expect(values(groups, 5)).toEqual(['2', 1, 1, 2, 50]);
    expect(values(groups, 6)).toEqual(['Cộng', 3, 5, 6, 83.3]);
    expect(groups.getRow(6).font?.bold).toBe(true);
    expectNoFormula(workbook);
  });

  it('numbers the campaign sheets when there are several', async () => {
    const input = kienAnDistrict();
    input.campaigns.push({ ...input.campaigns[0]!, campaignId: 'c-2', name: 'Đợt bổ sung' });
    const names = (await openXlsx(await districtReportXlsx(input))).worksheets.map((s) => s.name);
    expect(names.slice(-4)).toEqual(['Lưới tiêu chí 1', 'Theo nhóm 1', 'Lưới tiêu chí 2', 'Theo nhóm 2']);
  });
});
