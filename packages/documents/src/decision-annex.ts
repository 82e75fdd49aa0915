import { bodyInProse } from '@antq/domain';
import type { Block, Cell, Span } from './blocks.js';
import { vietnameseDate, vietnameseShortDate } from './date.js';
import type { DecisionDocumentInput, DecisionLine, FormGroup, RecipientKind } from './decision.js';
import { authorityName, kindLabel, kindOrder, kindsPhrase } from './decision-text.js';
import { numberLine } from './header.js';

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const numeral = (i: number) => roman[i] ?? String(i + 1);

/** "(đã thu hồi theo QĐ số 45/QĐ-UBND ngày 12/9/2023)", naming the revoking body only when it is another one. */
function revokedMarker(revoked: NonNullable<DecisionLine['revoked']>, issuingBody: string): string {
  const by = bodyInProse(revoked.issuingBody);
  const other = by.toLocaleLowerCase('vi') !== bodyInProse(issuingBody).toLocaleLowerCase('vi');
  const number = numberLine(revoked.number).replace(/^số\s*:\s*/i, '');
  return `(đã thu hồi theo QĐ số ${number} ngày ${vietnameseShortDate(revoked.date)}${other ? ` của ${by}` : ''})`;
}

function nameCell(line: DecisionLine, issuingBody: string): Cell {
  if (!line.revoked) return line.recipient.name;
  const spans: Span[] = [{ text: line.recipient.name }, { text: ` ${revokedMarker(line.revoked, issuingBody)}`, italic: true }];
  return spans;
}

interface KindTable {
  header: string[];
  widths: number[];
  row: (line: DecisionLine) => Cell[];
}

const collectiveType = (l: DecisionLine) => (l.recipient.kind === 'collective' ? (l.recipient.collectiveType ?? '') : '');
const address = (l: DecisionLine) => (l.recipient.kind === 'household' ? l.recipient.address : '');
const birthYear = (l: DecisionLine) => (l.recipient.kind === 'individual' ? (l.recipient.birthYear ?? '') : '');
const role = (l: DecisionLine) =>
  l.recipient.kind === 'individual' ? [l.recipient.position, l.recipient.unit].filter(Boolean).join(', ') : '';

// A column is shown only when some line fills it: a list of collectives without types would
// otherwise print an empty column the reader has to wonder about.
function kindTable(kind: RecipientKind, lines: DecisionLine[], issuingBody: string): KindTable {
  const name = (l: DecisionLine) => nameCell(l, issuingBody);
  switch (kind) {
    case 'collective':
      return lines.some(collectiveType)
        ? { header: ['Tên tập thể', 'Loại hình tập thể'], widths: [6, 4], row: (l) => [name(l), collectiveType(l)] }
        : { header: ['Tên tập thể'], widths: [10], row: (l) => [name(l)] };
    case 'household':
      return { header: ['Hộ gia đình', 'Địa chỉ'], widths: [5, 5], row: (l) => [name(l), address(l)] };
    case 'individual':
      return lines.some(birthYear)
        ? { header: ['Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị'], widths: [4, 1.4, 4.6], row: (l) => [name(l), birthYear(l), role(l)] }
        : { header: ['Họ và tên', 'Chức vụ, đơn vị'], widths: [4.5, 5.5], row: (l) => [name(l), role(l)] };
  }
}

function kindBlocks(kind: RecipientKind, lines: DecisionLine[], heading: string, issuingBody: string): Block[] {
  const t = kindTable(kind, lines, issuingBody);
  return [
    { kind: 'heading', text: heading },
    { kind: 'table', header: ['STT', ...t.header], widths: [0.8, ...t.widths], rows: lines.map((l, i) => [i + 1, ...t.row(l)]) },
  ];
}

const kindHeading = (kind: RecipientKind, count: number) =>
  `${kindLabel[kind].charAt(0).toLocaleUpperCase('vi')}${kindLabel[kind].slice(1)} (${count} ${kindLabel[kind]})`;

/**
 * "DANH SÁCH ... (Kèm theo Quyết định số ... ngày ... của ...)": one table per recipient kind,
 * under one heading per form when the decision awards several.
 */
export function annexBlocks(input: DecisionDocumentInput, groups: FormGroup[]): Block[] {
  const { fields, lines } = input.decision;
  const single = groups.length === 1;
  const awarded = single ? `được tặng ${groups[0]!.name}` : 'được khen thưởng';
  const number = numberLine(fields.number).replace(/^số\s*:\s*/i, '');
  const blocks: Block[] = [
    { kind: 'heading', text: 'DANH SÁCH', align: 'center' },
    { kind: 'heading', text: `${kindsPhrase(lines.map((l) => l.recipient.kind))} ${awarded}`, align: 'center', caps: true },
    {
      kind: 'paragraph',
      align: 'center',
      italic: true,
      text: `(Kèm theo Quyết định số ${number} ${vietnameseDate(fields.date)} của ${authorityName(fields.signer.title, fields.issuingBody)})`,
    },
  ];
  groups.forEach((group, g) => {
    if (!single) blocks.push({ kind: 'heading', text: `${numeral(g)}. ${group.name}`, caps: true });
    kindOrder
      .map((kind) => ({ kind, lines: group.lines.filter((l) => l.recipient.kind === kind) }))
      .filter((k) => k.lines.length > 0)
      .forEach((k, i) => {
        const label = single ? `${numeral(i)}. ${kindHeading(k.kind, k.lines.length)}` : `${i + 1}. ${kindHeading(k.kind, k.lines.length)}`;
        blocks.push(...kindBlocks(k.kind, k.lines, label, fields.issuingBody));
      });
  });
  return blocks;
}
