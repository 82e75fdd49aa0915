// exceljs is imported through this package's own `imports` map (package.json, "#exceljs"):
// - Node, vitest, tsx and esbuild's node platform take "default", i.e. `exceljs` itself, whose
//   `main` (lib/) uses Node streams and Buffer.
// - Vite (build and dev) resolves with the "browser" condition and gets
//   dist/exceljs.bare.min.js, exceljs's self-contained UMD browser build: it carries its own
//   shims for stream, Buffer and zlib, so the console needs no Node polyfills or Vite config.
//   "bare" is the build without the core-js/regenerator polyfills for old browsers, about
//   20 kB gzip smaller than the dist/exceljs.min.js that exceljs's own `browser` field names;
//   the console targets current browsers only. Checked with Vite 8: build and dev server.
// - TypeScript follows "default" too, so the types are exceljs's index.d.ts.
// Only the default export is used: Node's CJS interop and the UMD bundle both expose the
// module object as the default, whereas named imports depend on static export detection.
import ExcelJS from '#exceljs';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

export function newWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ANTQ';
  return workbook;
}

/** The XLSX bytes, as a plain Uint8Array whatever the platform's buffer type. */
export async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  const out = await workbook.xlsx.writeBuffer();
  // Node returns a Buffer (copied here so callers never hold a view into Node's pool); the
  // browser build returns an ArrayBuffer, which this wraps.
  return new Uint8Array(out as unknown as ArrayBuffer);
}

/** Opens XLSX bytes; undefined when they are not a readable workbook (wrong file, .xls, corrupt). */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as LoadInput);
    return workbook;
  } catch {
    return undefined;
  }
}

/**
 * A cell as the text a person sees. Sheets edited by hand hold more than plain strings: rich
 * text when part of a cell is bold, hyperlinks, formulas (their cached result is used) and
 * numbers where a code like 1.2 was typed without text formatting.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

/** The text of one cell of a row, by 1-based column number. */
export const rowText = (sheet: Worksheet, row: number, column: number | undefined): string =>
  column === undefined ? '' : cellText(sheet.getRow(row).getCell(column).value);

export interface ColumnSpec {
  header: string;
  width: number;
  /** Keep typed values as text: without it Excel turns a code like 2.10 into the number 2.1. */
  text?: boolean;
  wrap?: boolean;
}

/** Writes a header row and value rows, set up to print on A4 landscape; styling only, never formulas. */
export function writeTable(sheet: Worksheet, columns: ColumnSpec[], rows: Array<Array<string | number | undefined>>): void {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { ...(c.text ? { numFmt: '@' } : {}), alignment: { vertical: 'top', wrapText: c.wrap ?? false } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Wards print the sheet to sign and file it: every column on one page width, header repeated.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  for (const values of rows) fitHeight(sheet.addRow(values.map((v) => (v === undefined ? null : v))), columns);
}

const lineHeight = 15; // points, for the default 11 pt font

/**
 * Sets a row tall enough for its wrapped text. XLSX stores no automatic height that every
 * reader honours (LibreOffice and Excel for the web show one line), so it is estimated from
 * the text length and the column width, which is measured in characters.
 */
export function fitHeight(row: ExcelJS.Row, columns: ColumnSpec[]): void {
  let lines = 1;
  columns.forEach((c, i) => {
    if (!c.wrap) return;
    const text = cellText(row.getCell(i + 1).value);
    const perLine = Math.max(c.width - 2, 1);
    const needed = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  if (lines > 1) row.height = lines * lineHeight;
}
