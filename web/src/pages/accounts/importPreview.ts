import { accountSheetColumns } from '@antq/domain';
import type { AccountRowProblem, AccountSheetRow, SheetProblem } from '@antq/sheets';

export interface RowProblem {
  /** The column's Vietnamese header, when the problem is about one cell. */
  field?: string;
  message: string;
}

export interface PreviewRow extends AccountSheetRow {
  problems: RowProblem[];
}

export interface Preview {
  rows: PreviewRow[];
  /** Problems of the file as a whole, or of no row in particular. */
  general: string[];
  /** Problems counted over every row and the file. */
  problemCount: number;
}

const headerOf = (key: string): string | undefined => accountSheetColumns.find((c) => c.key === key)?.header;

/** “Họ và tên: cần nhập” shown under the column “Họ và tên” reads better without the repeated name. */
const withoutField = (field: string | undefined, message: string) => (field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message);

/**
 * The rows of a sheet with every problem found for each: the file's own (example rows left in),
 * the browser's check (`checkAccountRows`) and the server's dry run, whose problems come as
 * `rows.<index>.<field>` paths of the rows that were sent.
 */
export function previewOf(
  rows: readonly AccountSheetRow[],
  checks: { file?: readonly SheetProblem[]; local?: readonly AccountRowProblem[]; server?: Record<string, string[]> },
): Preview {
  const byLine = new Map<number, RowProblem[]>(rows.map((r) => [r.line, []]));
  const general: string[] = [];
  const add = (line: number | undefined, problem: RowProblem) => {
    const list = line === undefined ? undefined : byLine.get(line);
    if (!list) return void general.push(problem.message);
    if (!list.some((p) => p.field === problem.field && p.message === problem.message)) list.push(problem);
  };
  for (const p of checks.file ?? []) {
    // The sheet reader's messages already start "Dòng 4, cột “…”: ": in the row they need not say so.
    const message = p.message.replace(/^Dòng \d+(, cột “[^”]*”)?: /, '');
    if (p.row === undefined) general.push(p.message);
    else add(p.row, { ...(p.column && { field: p.column }), message });
  }
  for (const p of checks.local ?? []) add(p.line, { field: p.field, message: withoutField(p.field, p.message) });
  for (const [path, messages] of Object.entries(checks.server ?? {})) {
    const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(path);
    const row = match ? rows[Number(match[1])] : undefined;
    const field = match?.[2] ? headerOf(match[2].split('.')[0]!) : undefined;
    for (const message of messages) {
      if (row) add(row.line, { ...(field && { field }), message: withoutField(field, message) });
      else general.push(message);
    }
  }
  const previewRows = rows.map((r) => ({ ...r, problems: byLine.get(r.line) ?? [] }));
  return { rows: previewRows, general, problemCount: general.length + previewRows.reduce((n, r) => n + r.problems.length, 0) };
}
