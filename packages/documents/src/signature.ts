import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { caps, mm, pt, textWidth } from './layout.js';

export interface Signer {
  /** "Chủ tịch", "PHÓ CHỦ TỊCH": printed in capitals whatever the input case. */
  title: string;
  /** Printed in bold under the signature; blank prints a dotted line to fill in. */
  name: string;
  /** The line above the title when signing on another's behalf: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN". */
  capacity?: string;
}

const recipientsWidth = mm(75);
const signatureWidth = textWidth - recipientsWidth;
// Room for the handwritten signature and the seal between the title and the name.
const signatureSpace = mm(25);
// Where no name is known yet (a report generated for whoever will sign it), a dotted line holds
// its place: the signer's name is printed under the signature, and a clerk types it over the dots.
export const nameLine = '.'.repeat(36);

/**
 * "- Như Điều 3;" ... "- Lưu: VT.": every entry on its own dashed line ending with ";", and the
 * archive entry last with a full stop. "Lưu: VT." is added when the caller did not list it.
 */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, '')).filter(Boolean);
  const archive = clean.filter((r) => /^lưu\b/i.test(r));
  const others = clean.filter((r) => !/^lưu\b/i.test(r));
  const last = archive[0] ?? 'Lưu: VT';
  return [...others.map((r) => `- ${r};`), `- ${last}.`];
}

function recipientsCell(recipients: string[]): TableCell {
  const children = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: pt(12) })] }),
    // The decree sets the list itself in 11 pt upright, one size below "Nơi nhận:".
    ...recipientLines(recipients).map(
      (line) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: line, size: pt(11) })] }),
    ),
  ];
  return new TableCell({ width: { size: recipientsWidth, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });
}

function signatureCell(signer: Signer): TableCell {
  const line = (text: string, after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: [new TextRun({ text, bold: true })] });
  const children = [
    ...(signer.capacity ? [line(caps(signer.capacity))] : []),
    line(caps(signer.title), signatureSpace),
    signer.name.trim() ? line(signer.name.trim()) : new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: nameLine })] }),
  ];
  return new TableCell({ width: { size: signatureWidth, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });
}

/** Recipients at the left and the signature at the right, side by side as in the decree's samples. */
export function signatureBlock(signer: Signer, recipients: string[]): Table {
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [recipientsWidth, signatureWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [recipientsCell(recipients), signatureCell(signer)] })],
  });
}
