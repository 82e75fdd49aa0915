export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_TYPE = 'application/json';

/** Hands a file to the browser to save, under a name people can recognise. */
export function downloadFile(data: Uint8Array | string, fileName: string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : (data.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: no diacritics, no spaces, no characters file systems refuse. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  // Long titles are cut at a word boundary.
  const short = base.length > 80 ? base.slice(0, Math.max(base.lastIndexOf('-', 80), 40)) : base;
  return `${short || 'tep'}.${extension}`;
}

/** Which kind of file a person picked, by its name. */
export function fileKindOf(file: File): 'json' | 'xlsx' | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** The XLSX/JSON helpers, loaded only when a screen imports or exports a file (they are large). */
export const loadSheets = () => import('@antq/sheets');

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The official-document (DOCX) helpers, loaded only when a decision is downloaded (the docx library is large). */
export const loadDocuments = () => import('@antq/documents');
