import type { AssessmentEntry, CatalogueContent, catalogueContentSchema } from '@antq/domain';

/**
 * One thing wrong with an imported file. `row` is the sheet's own row number (as Excel shows
 * it) and `column` the header text, so a person can find the cell; `message` already names
 * both, for screens and CLIs that print only the message.
 */
export interface SheetProblem {
  row?: number;
  column?: string;
  message: string;
}

export type CatalogueImport = { ok: true; content: CatalogueContent } | { ok: false; problems: SheetProblem[] };
export type AssessmentImport = { ok: true; entries: AssessmentEntry[] } | { ok: false; problems: SheetProblem[] };

/** A problem whose message starts "Dòng 7, cột “Điểm”: …" or "Dòng 7: …" when there is a row. */
export function problem(message: string, row?: number, column?: string): SheetProblem {
  const where = row === undefined ? '' : column ? `Dòng ${row}, cột “${column}”: ` : `Dòng ${row}: `;
  return { ...(row === undefined ? {} : { row }), ...(column ? { column } : {}), message: where + message };
}

/** Problems in sheet order: file-level ones first, then by row. */
export function sortProblems(problems: SheetProblem[]): SheetProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

export const unreadableFile: SheetProblem = {
  message: 'Không đọc được tệp. Hãy chọn tệp Excel dạng .xlsx (tệp .xls cũ cần mở bằng Excel và lưu lại dạng .xlsx).',
};

/** A zod issue, typed through the domain's schema so this package needs no direct zod dependency. */
export type SchemaIssue = NonNullable<ReturnType<(typeof catalogueContentSchema)['safeParse']>['error']>['issues'][number];
