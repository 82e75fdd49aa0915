import { catalogueContentSchema, type CatalogueContent, type Scoring } from '@antq/domain';
import {
  catalogueAliases,
  catalogueColumns,
  catalogueSheet,
  infoLabels,
  infoSheet,
  requiredCatalogueColumns,
  type CatalogueColumn,
} from './catalogue-layout.js';
import { findHeader, findSheet, type Columns } from './header.js';
import { problem, sortProblems, unreadableFile, type CatalogueImport, type SchemaIssue, type SheetProblem } from './problems.js';
import { foldLabel, parseNumber } from './text.js';
import { loadWorkbook, rowText, type Workbook, type Worksheet } from './workbook.js';

type Draft = CatalogueContent;
/** Where each group and criterion came from, to put row numbers on the schema's messages. */
interface Rows {
  group: number[];
  criterion: number[][];
}

/**
 * Reads a catalogue workbook in the layout `catalogueToXlsx` writes (headers found by name, so
 * columns may be moved) and validates it with the domain schema. Every problem is reported at
 * once, with its row, so a district fixes the file in one pass.
 */
export async function catalogueFromXlsx(data: ArrayBuffer | Uint8Array): Promise<CatalogueImport> {
  const workbook = await loadWorkbook(data);
  if (!workbook) return { ok: false, problems: [unreadableFile] };
  const sheet =
    findSheet(workbook, catalogueSheet) ??
    workbook.worksheets.find((s) => findHeader(s, catalogueAliases, requiredCatalogueColumns));
  const header = sheet && findHeader(sheet, catalogueAliases, requiredCatalogueColumns);
  if (!sheet || !header) {
    const names = requiredCatalogueColumns.map((k) => `“${catalogueColumns[k].header}”`).join(', ');
    return {
      ok: false,
      problems: [{ message: `Không tìm thấy trang “${catalogueSheet}” có dòng tiêu đề gồm các cột ${names}. Hãy xuất tệp mẫu từ hệ thống rồi sửa trên tệp đó.` }],
    };
  }
  const problems: SheetProblem[] = [];
  const { groups, rows } = readGroups(sheet, header.row, header.columns, problems);
  const draft: Draft = { ...readInfo(workbook), groups };
  const parsed = catalogueContentSchema.safeParse(draft);
  if (parsed.success && problems.length === 0) return { ok: true, content: parsed.data };
  if (!parsed.success) {
    const seen = new Set(problems.map((p) => `${p.row}|${p.column}`));
    for (const issue of parsed.error.issues) {
      const p = locate(issue, rows);
      // A row the reader already complained about needs no second, vaguer message.
      if (p.row === undefined || !seen.has(`${p.row}|${p.column}`)) problems.push(p);
    }
  }
  return { ok: false, problems: sortProblems(problems) };
}

function readGroups(sheet: Worksheet, headerRow: number, columns: Columns<CatalogueColumn>, problems: SheetProblem[]) {
  const groups: Draft['groups'] = [];
  const rows: Rows = { group: [], criterion: [] };
  const groupIndex = new Map<string, number>();
  const codeRows = new Map<string, number>();
  let currentGroup: string | undefined;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cell = (k: CatalogueColumn) => rowText(sheet, r, columns[k]);
    const v = { groupCode: cell('groupCode'), groupTitle: cell('groupTitle'), code: cell('code'), text: cell('text') };
    const rest = { scoring: cell('scoring'), max: cell('max'), evidenceHint: cell('evidenceHint') };
    const isGroupRow = !v.code && !v.text && !rest.scoring && !rest.max && !rest.evidenceHint;
    if (isGroupRow && !v.groupCode && !v.groupTitle) continue; // blank line
    // An empty group code continues the group above, as when group cells are merged or left blank.
    const groupCode = v.groupCode || currentGroup;
    if (!groupCode) {
      problems.push(problem('Chưa ghi mã nhóm cho tiêu chí', r, catalogueColumns.groupCode.header));
      continue;
    }
    currentGroup = groupCode;
    let g = groupIndex.get(groupCode);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(groupCode, g);
      groups.push({ code: groupCode, title: v.groupTitle, criteria: [] });
      rows.group.push(r);
      rows.criterion.push([]);
    } else if (v.groupTitle) {
      const group = groups[g]!;
      if (!group.title) group.title = v.groupTitle;
      else if (foldLabel(group.title) !== foldLabel(v.groupTitle)) {
        const msg = `Nhóm ${groupCode} đã có tên “${group.title}” ở dòng ${rows.group[g]}; các dòng cùng nhóm phải cùng tên nhóm`;
        problems.push(problem(msg, r, catalogueColumns.groupTitle.header));
      }
    }
    // A row with only a group code and title is a group heading, as hand-made sheets often have.
    if (isGroupRow) continue;
    const firstRow = codeRows.get(v.code);
    if (v.code && firstRow !== undefined) {
      problems.push(problem(`Mã tiêu chí ${v.code} đã dùng ở dòng ${firstRow}`, r, catalogueColumns.code.header));
    } else if (v.code) codeRows.set(v.code, r);
    const scoring = readScoring(rest.scoring, rest.max, r, problems);
    groups[g]!.criteria.push({ code: v.code, text: v.text, scoring, ...(rest.evidenceHint ? { evidenceHint: rest.evidenceHint } : {}) });
    rows.criterion[g]!.push(r);
  }
  return { groups, rows };
}

function readScoring(label: string, maxText: string, row: number, problems: SheetProblem[]): Scoring {
  const folded = foldLabel(label);
  const kind = !folded
    ? maxText
      ? 'points'
      : 'status'
    : /\bdiem\b|\bpoints?\b/.test(folded)
      ? 'points'
      : /\bdat\b|\bstatus\b/.test(folded)
        ? 'status'
        : undefined;
  // Placeholders below keep the schema from repeating a problem already reported for the row.
  if (!kind) {
    problems.push(problem('Cách chấm phải là “Đạt/Không đạt” hoặc “Điểm”', row, catalogueColumns.scoring.header));
    return { kind: 'status' };
  }
  if (kind === 'status') {
    if (maxText) {
      const msg = 'Tiêu chí chấm Đạt/Không đạt không có điểm tối đa; nếu chấm bằng điểm, hãy ghi “Điểm” ở cột “Cách chấm”';
      problems.push(problem(msg, row, catalogueColumns.max.header));
    }
    return { kind: 'status' };
  }
  const max = parseNumber(maxText);
  if (max === undefined) {
    const msg = maxText ? `Điểm tối đa “${maxText}” không phải là số` : 'Tiêu chí chấm bằng điểm cần ghi điểm tối đa';
    problems.push(problem(msg, row, catalogueColumns.max.header));
    return { kind: 'points', max: 1 };
  }
  return { kind: 'points', max };
}

function readInfo(workbook: Workbook): { title: string; description?: string } {
  const sheet = findSheet(workbook, infoSheet);
  const info: { title: string; description?: string } = { title: '' };
  if (!sheet) return info;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const label = foldLabel(rowText(sheet, r, 1));
    const value = rowText(sheet, r, 2);
    if (label === foldLabel(infoLabels.title)) info.title = value;
    else if (label === foldLabel(infoLabels.description) && value) info.description = value;
  }
  return info;
}

/** Puts a schema issue on the sheet: the row of the group or criterion and the column of the field. */
function locate(issue: SchemaIssue, rows: Rows): SheetProblem {
  const [top, g, sub, c, field] = issue.path;
  if (top === 'title' || top === 'description') {
    const label = top === 'title' ? infoLabels.title : infoLabels.description;
    return { column: label, message: `Trang “${infoSheet}”, ô “${label}”: ${issue.message}` };
  }
  if (top !== 'groups') return { message: issue.message };
  if (typeof g !== 'number') {
    const empty = issue.code === 'too_small';
    return { message: empty ? `Trang “${catalogueSheet}” chưa có tiêu chí nào` : issue.message };
  }
  if (sub !== 'criteria' || typeof c !== 'number') {
    const column = sub === 'title' ? catalogueColumns.groupTitle.header : catalogueColumns.groupCode.header;
    return problem(issue.message, rows.group[g], column);
  }
  const column =
    field === 'scoring'
      ? issue.path.includes('max')
        ? catalogueColumns.max.header
        : catalogueColumns.scoring.header
      : catalogueColumns[field as 'code' | 'text' | 'evidenceHint']?.header;
  return problem(issue.message, rows.criterion[g]?.[c], column);
}
