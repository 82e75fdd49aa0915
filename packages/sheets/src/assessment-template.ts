import type { CatalogueContent } from '@antq/domain';
import { assessmentColumns, assessmentSheet, guideSheet, guideText, scoringHint, statusChoices, type AssessmentColumn } from './assessment-layout.js';
import { fitHeight, newWorkbook, toBytes, writeTable, type ColumnSpec } from './workbook.js';

const order: AssessmentColumn[] = ['code', 'text', 'scoring', 'result', 'points', 'evidence'];
const col = (k: AssessmentColumn) => order.indexOf(k) + 1;
const groupFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } } as const;
const unusedFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;

/**
 * The sheet a ward fills offline: one row per criterion under a heading row per group, with a
 * drop-down on "Kết quả" for criteria assessed by level, a 0..max check on "Điểm" for criteria
 * scored with points, and the cell that does not apply greyed out.
 */
export async function assessmentTemplateXlsx(content: CatalogueContent): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(assessmentSheet);
  const specs = order.map((k) => assessmentColumns[k]);
  writeTable(sheet, specs, []);

  for (const group of content.groups) {
    // Heading rows have no code and no result, so the reader skips them like any unfilled row.
    const heading = sheet.addRow([null, `${group.code}. ${group.title}`]);
    heading.font = { bold: true };
    for (let c = 1; c <= order.length; c++) heading.getCell(c).fill = groupFill;
    fitHeight(heading, specs);
    for (const c of group.criteria) {
      const row = sheet.addRow([c.code, c.text, scoringHint(c), null, null, null]);
      fitHeight(row, specs);
      const result = row.getCell(col('result'));
      const points = row.getCell(col('points'));
      if (c.scoring.kind === 'status') {
        result.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${statusChoices.join(',')}"`],
          showErrorMessage: false, // typing "dat" without diacritics is accepted by the reader
        };
        points.fill = unusedFill;
      } else {
        points.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [0, c.scoring.max],
          showErrorMessage: true,
          errorTitle: 'Điểm không hợp lệ',
          error: `Điểm từ 0 đến ${c.scoring.max}`,
        };
        result.fill = unusedFill;
      }
    }
  }

  const guide = workbook.addWorksheet(guideSheet);
  const guideSpecs: ColumnSpec[] = [{ header: '', width: 110, wrap: true }];
  guide.columns = [{ width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  guide.addRow([content.title]).font = { bold: true };
  const intro = 'Biểu mẫu tự đánh giá. Điền ở trang “Tự đánh giá”, lưu lại dạng .xlsx rồi nhập vào hệ thống.';
  for (const line of [intro, '', ...guideText]) fitHeight(guide.addRow([line]), guideSpecs);
  return toBytes(workbook);
}
