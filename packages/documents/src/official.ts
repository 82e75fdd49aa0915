import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import { renderBlocks, type Block } from './blocks.js';
import { nationalHeader } from './header.js';
import { caps, font, page, pt, rule, textTwips, textWidth } from './layout.js';
import { signatureBlock, type Signer } from './signature.js';

export interface OfficialDocumentSpec {
  /** The body directly above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG"; none for top-level bodies. */
  parentBody?: string;
  /** "Ủy ban nhân dân quận Kiến An": printed in capitals. */
  issuingBody: string;
  /** Number and symbol, printed verbatim after "Số: ", e.g. "215/QĐ-UBND". */
  number: string;
  place: string;
  /** yyyy-mm-dd. */
  date: string;
  /** Document kind, e.g. "Quyết định", printed in capitals. */
  kind: string;
  /** The subject line, e.g. "Về việc khen thưởng ...". */
  subject: string;
  /** The authority line between subject and grounds: "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN". */
  authority?: string;
  /** "Căn cứ ..." lines, set in italics. */
  preamble?: string[];
  body: Block[];
  signer: Signer;
  recipients: string[];
  /** Content after the signature on a new page: annexes, lists "kèm theo". */
  annex?: Block[];
}

const paragraph = (text: string, opts: { bold?: boolean; italic?: boolean; before?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    keepNext: true,
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italic })],
  });

function titleBlock(spec: OfficialDocumentSpec): Paragraph[] {
  const subjectWidth = Math.min(textTwips(spec.subject, 14, true), textWidth);
  return [
    paragraph(caps(spec.kind), { bold: true, before: 360 }),
    paragraph(spec.subject, { bold: true }),
    // Under the subject: a solid line a third to a half as long as the subject's line.
    rule(Math.round(subjectWidth * 0.4), textWidth),
    ...(spec.authority ? [paragraph(caps(spec.authority), { bold: true, before: 120, after: 120 })] : []),
  ];
}

// The decree numbers pages from the second one, centred in the top margin.
const pageNumbers = () =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })] })],
  });

/**
 * A state document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): national header, title,
 * grounds, body, signature with recipients, then any annex on a new page.
 */
export function officialDocument(spec: OfficialDocumentSpec): Document {
  const preamble: Block[] = (spec.preamble ?? []).map((text) => ({ kind: 'paragraph', text, italic: true }));
  const children: Array<Paragraph | Table> = [
    nationalHeader(spec),
    ...titleBlock(spec),
    ...renderBlocks([...preamble, ...spec.body]),
    new Paragraph({ spacing: { before: 0, after: 120 } }),
    signatureBlock(spec.signer, spec.recipients),
    ...(spec.annex?.length ? renderBlocks([{ kind: 'pageBreak' }, ...spec.annex]) : []),
  ];
  return new Document({
    creator: 'ANTQ',
    title: `${spec.kind} ${spec.number}`,
    styles: {
      default: {
        document: {
          run: { font, size: pt(14), language: { value: 'vi-VN' } },
          // Single spacing lets Vietnamese stacked diacritics touch the line above; 1.15 keeps them clear.
          paragraph: { spacing: { line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: page.header, footer: page.header },
          },
        },
        headers: { default: pageNumbers(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
}

/** The .docx bytes; Packer's uint8array output works the same in Node and in browsers. */
export async function documentBytes(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array');
}
