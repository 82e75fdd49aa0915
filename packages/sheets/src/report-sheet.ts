import { type ReportRow, reportColumns, unitInProse } from '@antq/domain';
import { type ColumnSpec, fitHeight, type Workbook, type Worksheet } from './workbook.js';

export type SheetValue = string | number | undefined;

export interface SheetTable {
  name: string;
  /** First row: what the report is, for which unit and year. */
  title: string;
  /** Second row: what this sheet holds. */
  subtitle: string;
  columns: ColumnSpec[];
  rows: SheetValue[][];
  /** Indices into `rows` printed bold: totals. */
  bold?: number[];
}

/** The header sits under the title and subtitle; printing and freezing refer to it. */
export const reportHeaderRow = 3;

/**
 * A titled table of plain values. Unlike `writeTable` the header is not on row 1: a report
 * sheet forwarded on its own must still say which unit and year it covers.
 */
export function writeReportSheet(workbook: Workbook, table: SheetTable): Worksheet {
  const sheet = workbook.addWorksheet(table.name);
  sheet.columns = table.columns.map((c) => ({
    width: c.width,
    style: { ...(c.text ? { numFmt: '@' } : {}), alignment: { vertical: 'top', wrapText: c.wrap ?? false } },
  }));
  const title = sheet.addRow([table.title]);
  title.getCell(1).font = { bold: true, size: 14 };
  // Column A may wrap (ward names); the title must run across the empty cells instead.
  title.getCell(1).alignment = { vertical: 'middle', wrapText: false };
  const subtitle = sheet.addRow([table.subtitle]);
  subtitle.getCell(1).font = { italic: true };
  subtitle.getCell(1).alignment = { vertical: 'middle', wrapText: false };

  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // Per cell: a row fill would run past the table to the end of the sheet.
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  fitHeight(header, table.columns.map((c) => ({ ...c, wrap: true })));

  const bold = new Set(table.bold ?? []);
  table.rows.forEach((values, i) => {
    const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
    if (bold.has(i)) row.font = { bold: true };
    fitHeight(row, table.columns);
  });

  sheet.views = [{ state: 'frozen', ySplit: reportHeaderRow }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${reportHeaderRow}:${reportHeaderRow}`,
  };
  return sheet;
}

type Column = (typeof reportColumns)[number];

function fieldColumn(c: Column): ColumnSpec {
  if (c.field === 'unitCode') return { header: c.header, width: 12, text: true };
  if (c.field === 'unitName') return { header: c.header, width: 30, wrap: true };
  return { header: c.header, width: 14 };
}

const unitSection = 'Đơn vị';

/** The sections after the unit columns, in the order of `reportColumns`. */
export const reportSections: string[] = [...new Set(reportColumns.map((c) => c.section))].filter((s) => s !== unitSection);

/** The unit columns and those of `section`, or every column when no section is given. */
export function sectionColumns(section?: string): Column[] {
  return reportColumns.filter((c) => section === undefined || c.section === unitSection || c.section === section);
}

export interface RowsSheet {
  name: string;
  title: string;
  subtitle: string;
  rows: ReportRow[];
  /** Appended bold, with `totalName` instead of its unit name when given. */
  total?: ReportRow;
  totalName?: string;
  section?: string;
}

/** Report rows under the Vietnamese headers shared by every export (CSV, pull API, console). */
export function writeRowsSheet(workbook: Workbook, sheet: RowsSheet): Worksheet {
  const columns = sectionColumns(sheet.section);
  const values = (row: ReportRow, name?: string) =>
    // A figure the row cannot give (null: e.g. criteria met across several criteria sets) is an empty cell.
    columns.map((c) => (c.field === 'unitName' && name !== undefined ? name : (row[c.field] ?? undefined)));
  const rows = sheet.rows.map((r) => values(r));
  if (sheet.total) rows.push(values(sheet.total, sheet.totalName));
  return writeReportSheet(workbook, {
    name: sheet.name,
    title: sheet.title,
    subtitle: sheet.subtitle,
    columns: columns.map(fieldColumn),
    rows,
    bold: sheet.total ? [rows.length - 1] : [],
  });
}

/** "Quận Kiến An" → "quận Kiến An", for use inside a sentence or after "Toàn" (see `unitInProse`). */
export const inSentence = unitInProse;
