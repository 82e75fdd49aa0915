import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { vietnameseLongDate } from './date.js';
import { caps, headingLines, mm, pt, rule, textTwips, textWidth } from './layout.js';

const nationalName = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const motto = 'Độc lập - Tự do - Hạnh phúc';

// Sizes inside the decree's ranges (body name and national name 12-13, motto 13-14, number 13,
// place and date 13-14), at the low end where that keeps each heading on one line.
const size = { body: 12, nationalName: 12, motto: 13, number: 13, date: 14 };

// The left column holds the issuing body, the right one the national name, which must fit on
// one line; together they span the text width.
const leftWidth = mm(65);
const rightWidth = textWidth - leftWidth;

export interface HeaderSpec {
  parentBody?: string;
  issuingBody: string;
  number: string;
  place: string;
  date: string;
}

const centred = (text: string, points: number, style: { bold?: boolean; italic?: boolean } = {}, after = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after },
    children: [new TextRun({ text, size: pt(points), bold: style.bold, italics: style.italic })],
  });

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });

/** "Số: 215/QĐ-UBND", unless the caller already wrote the "Số:" prefix. */
export const numberLine = (number: string): string => (/^số\s*:/i.test(number.trim()) ? number.trim() : `Số: ${number.trim()}`);

/**
 * The borderless two-column block at the top of every state document: issuing body and number
 * on the left, national name, motto and place-date on the right. Number and date share the
 * second row so they sit on one baseline whatever the height of the bodies above.
 */
export function nationalHeader(spec: HeaderSpec): Table {
  const left: Paragraph[] = [];
  for (const line of spec.parentBody ? headingLines(caps(spec.parentBody), leftWidth, size.body, false) : []) {
    left.push(centred(line, size.body));
  }
  for (const line of headingLines(caps(spec.issuingBody), leftWidth, size.body, true)) {
    left.push(centred(line, size.body, { bold: true }));
  }
  // The decree wants the line under the issuing body a third to a half of the text above it.
  left.push(rule(mm(22), leftWidth));

  const right = [
    centred(nationalName, size.nationalName, { bold: true }),
    centred(motto, size.motto, { bold: true }),
    rule(textTwips(motto, size.motto, true), rightWidth),
  ];

  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(leftWidth, left), cell(rightWidth, right)] }),
      new TableRow({
        children: [
          cell(leftWidth, [centred(numberLine(spec.number), size.number)]),
          cell(rightWidth, [centred(vietnameseLongDate(spec.place, spec.date), size.date, { italic: true })]),
        ],
      }),
    ],
  });
}
