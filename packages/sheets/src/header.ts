import { foldLabel } from './text.js';
import { cellText, type Workbook, type Worksheet } from './workbook.js';

export type Columns<K extends string> = Partial<Record<K, number>>;

// People add a title or a note above the table, so the header may not be on row 1.
const headerSearchRows = 20;

/**
 * Finds the header row among the first rows of a sheet, and the column of each known header.
 * Matching by header text rather than position lets a district insert, hide or reorder columns
 * without breaking the import.
 */
export function findHeader<K extends string>(
  sheet: Worksheet,
  aliases: Record<K, readonly string[]>,
  required: readonly NoInfer<K>[],
): { row: number; columns: Columns<K> } | undefined {
  const keys = Object.keys(aliases) as K[];
  const folded = new Map(keys.map((k) => [k, aliases[k].map(foldLabel)]));
  for (let r = 1; r <= Math.min(sheet.rowCount, headerSearchRows); r++) {
    const columns: Columns<K> = {};
    sheet.getRow(r).eachCell((cell, col) => {
      const label = foldLabel(cellText(cell.value));
      const key = keys.find((k) => columns[k] === undefined && folded.get(k)!.includes(label));
      if (key) columns[key] = col;
    });
    if (required.every((k) => columns[k] !== undefined)) return { row: r, columns };
  }
  return undefined;
}

/** A sheet by name, ignoring case and diacritics (a re-saved file may have lost them). */
export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = foldLabel(name);
  return workbook.worksheets.find((s) => foldLabel(s.name) === wanted);
}
