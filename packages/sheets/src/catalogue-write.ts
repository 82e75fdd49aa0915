import type { CatalogueContent } from '@antq/domain';
import { catalogueColumns, catalogueSheet, infoLabels, infoNote, infoSheet, scoringLabels, type CatalogueColumn } from './catalogue-layout.js';
import { fitHeight, newWorkbook, toBytes, writeTable, type ColumnSpec } from './workbook.js';

const order: CatalogueColumn[] = ['groupCode', 'groupTitle', 'code', 'text', 'scoring', 'max', 'evidenceHint'];

// Room for a district to add criteria below the exported ones with the same drop-down.
const spareRows = 100;

/**
 * The catalogue as an XLSX workbook a district can edit and import again: one row per
 * criterion with its group repeated on every row (so sorting or filtering never detaches a
 * criterion from its group), and the title and description on a second sheet.
 */
export async function catalogueToXlsx(content: CatalogueContent): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(catalogueSheet);
  const rows = content.groups.flatMap((group) =>
    group.criteria.map((c) => [
      group.code,
      group.title,
      c.code,
      c.text,
      scoringLabels[c.scoring.kind],
      c.scoring.kind === 'points' ? c.scoring.max : undefined,
      c.evidenceHint,
    ]),
  );
  writeTable(sheet, order.map((k) => catalogueColumns[k]), rows);

  // A drop-down on "Cách chấm" steers typing towards the two labels the reader knows.
  const scoringColumn = order.indexOf('scoring') + 1;
  for (let r = 2; r <= rows.length + spareRows + 1; r++) {
    sheet.getRow(r).getCell(scoringColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${scoringLabels.status},${scoringLabels.points}"`],
    };
  }

  const info = workbook.addWorksheet(infoSheet);
  const infoSpecs: ColumnSpec[] = [{ header: '', width: 20 }, { header: '', width: 100, wrap: true }];
  info.columns = infoSpecs.map((c) => ({ width: c.width, style: { alignment: { wrapText: !!c.wrap, vertical: 'top' } } }));
  info.addRow([infoLabels.title, content.title]);
  info.addRow([infoLabels.description, content.description ?? null]);
  info.addRow([]);
  info.addRow(['Hướng dẫn', infoNote]);
  info.eachRow((row) => fitHeight(row, infoSpecs));
  info.getColumn(1).font = { bold: true };
  return toBytes(workbook);
}
