import { BorderStyle, LineRuleType, Paragraph } from 'docx';

// docx's convertMillimetersToTwip floors (30 mm → 1700); rounding gives the 1701 Word writes.
export const mm = (millimeters: number): number => Math.round((millimeters * 1440) / 25.4);

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins inside the allowed ranges. */
export const page = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
};

/** Width between the margins, which every table is laid out against. */
export const textWidth = page.width - page.left - page.right;

export const font = 'Times New Roman';

/** docx sizes are half-points. */
export const pt = (points: number): number => points * 2;

/** Vietnamese-aware capitals: "Ủy ban nhân dân quận Kiến An" → "ỦY BAN NHÂN DÂN QUẬN KIẾN AN". */
export const caps = (text: string): string => text.toLocaleUpperCase('vi');

// Rough Times New Roman advance widths in em. Only used to size rules and decide where to break
// a heading line, so being a few percent off is harmless, and it avoids shipping font metrics.
function charEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (/[.,:;'|!iIlj\-/()]/.test(ch)) return 0.3;
  const base = ch.normalize('NFD')[0] ?? ch;
  if (/[MWmw]/.test(base)) return bold ? 0.95 : 0.9;
  if (base !== base.toLowerCase()) return bold ? 0.74 : 0.7;
  return bold ? 0.52 : 0.48;
}

/** Estimated width of one line of text in twips. */
export function textTwips(text: string, points: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return Math.round(em * points * 20);
}

// Words of two syllables a heading must not be broken inside ("CÔNG AN THÀNH / PHỐ HẢI PHÒNG").
const unbreakable = ['ỦY BAN', 'NHÂN DÂN', 'CÔNG AN', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU'];
// A break just before the unit's level keeps the unit's name whole on the second line.
const levelStart = /^(THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|QUẬN|HUYỆN|TỈNH|PHƯỜNG|XÃ)(\s|$)/u;

/**
 * Splits a heading that would wrap into two balanced lines ("ỦY BAN NHÂN DÂN" / "QUẬN KIẾN AN",
 * "CÔNG AN" / "THÀNH PHỐ HẢI PHÒNG") rather than leaving Word to strand one word on the second
 * line: before the unit's level when both lines fit, never inside a two-syllable word such as
 * "THÀNH PHỐ". Explicit "\n" in the text wins.
 */
export function headingLines(text: string, maxTwips: number, points: number, bold: boolean): string[] {
  if (text.includes('\n')) return text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (textTwips(text, points, bold) <= maxTwips) return [text];
  const words = text.split(/\s+/);
  const splits: Array<{ lines: string[]; widest: number; atLevel: boolean }> = [];
  for (let i = 1; i < words.length; i++) {
    if (unbreakable.includes(`${words[i - 1]} ${words[i]}`.toLocaleUpperCase('vi'))) continue;
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((l) => textTwips(l, points, bold)));
    splits.push({ lines, widest, atLevel: levelStart.test(lines[1]!.toLocaleUpperCase('vi')) && widest <= maxTwips });
  }
  const preferred = splits.some((s) => s.atLevel) ? splits.filter((s) => s.atLevel) : splits;
  const best = preferred.reduce<(typeof splits)[number] | undefined>((b, s) => (!b || s.widest < b.widest ? s : b), undefined);
  return best?.lines ?? [text];
}

/**
 * The short solid line Nghị định 30 draws under the issuing body, the motto and the subject:
 * an empty, very low paragraph with a bottom border, narrowed by equal indents to centre it.
 */
export function rule(widthTwips: number, containerTwips: number): Paragraph {
  const side = Math.max(0, Math.round((containerTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}
