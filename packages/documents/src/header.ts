import { bodyInProse, isPeoplesBody, unitPlace } from '@antq/domain';
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

/**
 * The body printed above the issuer, if any. Nghị định 30/2020/NĐ-CP, Phụ lục I, phần II, mục 2
 * ("Tên cơ quan, tổ chức ban hành văn bản"): the name is the issuer's own, with the name of its
 * direct managing body ("cơ quan, tổ chức chủ quản trực tiếp") above it only where it has one
 * ("nếu có"), as a department has its People's Committee ("UBND THÀNH PHỐ ĐÀ NẴNG / SỞ NỘI VỤ").
 * A People's Committee or People's Council has none: it is the government of its own unit, not
 * a unit managed by the committee above, so its documents carry its name alone ("ỦY BAN NHÂN
 * DÂN / QUẬN KIẾN AN", not under "UBND THÀNH PHỐ HẢI PHÒNG"). The decree no longer lists these
 * bodies; Thông tư 01/2011/TT-BNV (Điều 7), which it replaced, did in as many words ("Hội đồng
 * nhân dân và Ủy ban nhân dân các cấp … không ghi cơ quan chủ quản"), and committees' documents
 * are still laid out that way. A superior given for such a body is therefore dropped.
 */
export function superiorBody(spec: Pick<HeaderSpec, 'parentBody' | 'issuingBody'>): string | undefined {
  const parent = spec.parentBody?.trim();
  return parent && !isPeoplesBody(spec.issuingBody) ? parent : undefined;
}

/** "Số: 215/QĐ-UBND", unless the caller already wrote the "Số:" prefix. */
export const numberLine = (number: string): string => (/^số\s*:/i.test(number.trim()) ? number.trim() : `Số: ${number.trim()}`);

/**
 * The borderless two-column block at the top of every state document: issuing body and number
 * on the left, national name, motto and place-date on the right. Number and date share the
 * second row so they sit on one baseline whatever the height of the bodies above.
 */
export function nationalHeader(spec: HeaderSpec): Table {
  const left: Paragraph[] = [];
  const parent = superiorBody(spec);
  for (const line of parent ? headingLines(caps(parent), leftWidth, size.body, false) : []) {
    left.push(centred(line, size.body));
  }
  for (const line of headingLines(caps(bodyInProse(spec.issuingBody)), leftWidth, size.body, true)) {
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
          // "Đồng Hới, ngày …" even when the place is given as the catalogue spells the unit.
          cell(rightWidth, [centred(vietnameseLongDate(unitPlace(spec.place), spec.date), size.date, { italic: true })]),
        ],
      }),
    ],
  });
}
