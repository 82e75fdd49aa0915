import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { mm, pt, textWidth } from './layout.js';

/** A run of text inside a paragraph or a table cell. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Cell = string | number | Span[];

/**
 * The body of an official document, kept independent of docx so that callers (decisions,
 * reports) describe content and this module alone decides the Nghị định 30 formatting.
 */
export type Block =
  /** Bold line, e.g. "QUYẾT ĐỊNH:" (centred) or "I. TẬP THỂ" (left). */
  | { kind: 'heading'; text: string; align?: 'left' | 'center'; caps?: boolean }
  /** Body paragraph: 14 pt, justified, first-line indent unless centred. */
  | { kind: 'paragraph'; text: string | Span[]; italic?: boolean; align?: 'justify' | 'center' }
  /** Bordered table with a repeated bold header row; widths are relative weights. */
  | { kind: 'table'; header: string[]; rows: Cell[][]; widths?: number[] }
  | { kind: 'pageBreak' };

const firstLineIndent = mm(10);
const bodySpacing = { before: 0, after: 120 }; // 6 pt between paragraphs, as the decree asks at least
const tableSize = pt(13);

export function spans(text: string | Span[], base: Omit<Span, 'text'> = {}): TextRun[] {
  const list = typeof text === 'string' ? [{ text }] : text;
  return list.map((s) => new TextRun({ text: s.text, bold: s.bold ?? base.bold, italics: s.italic ?? base.italic }));
}

function cellParagraph(value: Cell, header: boolean): Paragraph {
  const numeric = typeof value === 'number';
  const runs = (typeof value === 'object' ? value : [{ text: String(value) }]).map(
    (s) => new TextRun({ text: s.text, bold: header || s.bold, italics: s.italic, size: tableSize }),
  );
  return new Paragraph({
    children: runs,
    alignment: header || numeric ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 40, after: 40 },
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const weights = block.widths ?? block.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((w / total) * textWidth));
  const row = (cells: Cell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columnWidths.map(
        (width, i) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 80, right: 80 },
            children: [cellParagraph(cells[i] ?? '', header)],
          }),
      ),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

// The block after a page break carries pageBreakBefore itself: a separate break paragraph would
// leave an empty line at the top of the new page, or a blank page when the old one is full.
function renderBlock(block: Exclude<Block, { kind: 'pageBreak' }>, pageBreakBefore: boolean): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        children: [new TextRun({ text: block.caps ? block.text.toLocaleUpperCase('vi') : block.text, bold: true })],
        alignment: block.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 120, after: 120 },
        keepNext: true,
        pageBreakBefore,
      });
    case 'paragraph': {
      const centred = block.align === 'center';
      return new Paragraph({
        children: spans(block.text, { italic: block.italic }),
        alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        indent: centred ? undefined : { firstLine: firstLineIndent },
        spacing: bodySpacing,
        pageBreakBefore,
      });
    }
    case 'table':
      return table(block);
  }
}

export function renderBlocks(blocks: Block[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let pendingBreak = false;
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      pendingBreak = true;
      continue;
    }
    // Word merges two adjacent tables into one, and a table cannot carry the page break.
    if (block.kind === 'table' && (previous === 'table' || pendingBreak)) {
      out.push(new Paragraph({ pageBreakBefore: pendingBreak, spacing: { before: 0, after: 0 } }));
      pendingBreak = false;
    }
    out.push(renderBlock(block, pendingBreak));
    pendingBreak = false;
    previous = block.kind;
  }
  return out;
}
