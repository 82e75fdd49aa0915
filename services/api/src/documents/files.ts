/** The file kinds the pull API serves besides JSON. */
export const fileTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export type FileKind = keyof typeof fileTypes;

/** "Báo cáo Quận Kiến An năm 2026" → "bao-cao-quan-kien-an-nam-2026": ASCII, no spaces, as the console names downloads. */
export function asciiFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  const short = base.length > 80 ? base.slice(0, Math.max(base.lastIndexOf('-', 80), 40)) : base;
  return short || 'tep';
}

// RFC 5987 ext-value: everything but attr-chars percent-encoded from UTF-8.
const extValue = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with both names (RFC 6266): `filename` in ASCII for old clients, `filename*` in
 * UTF-8 with the Vietnamese title ("Quyết định 215-QĐ-UBND.docx"). Characters file systems
 * refuse ("/" of a document number among them) become "-".
 */
export function attachment(title: string, kind: FileKind): string {
  const name = `${title.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').replace(/\s+/g, ' ').trim() || 'tep'}.${kind}`;
  return `attachment; filename="${asciiFileName(title)}.${kind}"; filename*=UTF-8''${extValue(name)}`;
}

const acceptTypes: Array<[FileKind, RegExp]> = [
  ['csv', /\btext\/csv\b/i],
  ['xlsx', /spreadsheetml\.sheet/i],
  ['docx', /wordprocessingml\.document/i],
];

/** The format asked for: `?format=` first, then the Accept header, else JSON. */
export function requestedFormat(format: FileKind | 'json' | undefined, accept: string | undefined): FileKind | 'json' {
  if (format) return format;
  return acceptTypes.find(([, pattern]) => accept && pattern.test(accept))?.[0] ?? 'json';
}
