// Helpers for the tests only (not exported from the package): the sample catalogues and a way
// to edit workbooks the way a person would in Excel.
import { readFileSync } from 'node:fs';
import { catalogueContentSchema, type CatalogueContent } from '@antq/domain';
import ExcelJS from 'exceljs';

const dataDir = new URL('../../../services/api/data/catalogues/', import.meta.url);

export function readSample(name: 'sample-34-criteria.json' | 'sample-22-criteria.json'): CatalogueContent {
  return catalogueContentSchema.parse(JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')));
}

export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

export async function saveXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook with one sheet holding these rows (row 1 first), as a hand-made file would. */
export async function xlsxOf(sheets: Record<string, Array<Array<string | number | null>>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return saveXlsx(workbook);
}

/** The row number holding a value in a column, to fill cells next to a criterion code. */
export function rowWith(sheet: ExcelJS.Worksheet, column: number, value: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === value) return r;
  throw new Error(`no row with ${value}`);
}

/** A small catalogue exercising what the samples do not: points, missing hints, no description. */
export const mixedCatalogue: CatalogueContent = {
  title: 'Bộ tiêu chí thử',
  groups: [
    {
      code: 'A',
      title: 'Nhóm A',
      criteria: [
        { code: 'A.1', text: 'Tiêu chí theo mức', scoring: { kind: 'status' } },
        { code: 'A.2', text: 'Tiêu chí chấm điểm', scoring: { kind: 'points', max: 10 }, evidenceHint: 'Biên bản' },
      ],
    },
    { code: 'B', title: 'Nhóm B', criteria: [{ code: 'B.10', text: 'Mã có số 0 ở cuối', scoring: { kind: 'points', max: 2.5 } }] },
  ],
};
