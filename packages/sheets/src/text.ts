import type { StatusValue } from '@antq/domain';

/**
 * Folds a label typed by a person to a comparable key: no diacritics, "đ" as "d", lower case,
 * single spaces, no punctuation. Ward staff type "Dat", "đạt ", "CO BAN DAT" or "Chưa đạt." in the
 * same column, often on keyboards without a Vietnamese input method.
 */
export function foldLabel(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

// Keys are folded labels. English forms are accepted because exports from other tools use them.
const statusByLabel: Record<string, StatusValue> = {
  dat: 'met',
  'da dat': 'met',
  met: 'met',
  'co ban dat': 'largely_met',
  'dat co ban': 'largely_met',
  'largely met': 'largely_met',
  'chua dat': 'not_met',
  'khong dat': 'not_met',
  'not met': 'not_met',
};

/** The status a label means, or undefined when it is not one of Đạt / Cơ bản đạt / Chưa đạt. */
export function parseStatus(value: string): StatusValue | undefined {
  return statusByLabel[foldLabel(value)];
}

/**
 * A number as typed in Vietnam: "7,5" and "7.5" are both seven and a half, and a trailing
 * "điểm" is allowed. Thousands separators do not occur in criterion points, so a single
 * comma is always the decimal mark.
 */
export function parseNumber(value: string): number | undefined {
  const t = value.normalize('NFC').trim().toLowerCase().replace(/\s*(điểm|diem)$/u, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}
