import { allCriteria, assessmentEntrySchema, valueProblem, type AssessmentEntry, type CatalogueContent, type Criterion, type CriterionValue } from '@antq/domain';
import { assessmentAliases, assessmentColumns, assessmentSheet, statusChoices, type AssessmentColumn } from './assessment-layout.js';
import { findHeader, findSheet } from './header.js';
import { problem, sortProblems, unreadableFile, type AssessmentImport, type SheetProblem } from './problems.js';
import { parseNumber, parseStatus } from './text.js';
import { loadWorkbook, rowText, type Worksheet } from './workbook.js';

const header = (k: AssessmentColumn) => assessmentColumns[k].header;
type Located = { value: CriterionValue } | { message: string; column: AssessmentColumn };

/**
 * Reads a filled self-assessment sheet into entries, in sheet order. Rows without a result are
 * skipped, so a ward may send a partly filled sheet. With the catalogue, codes and values are
 * checked against it (unknown codes, points above the maximum, a level where points are due).
 */
export async function assessmentFromXlsx(data: ArrayBuffer | Uint8Array, content?: CatalogueContent): Promise<AssessmentImport> {
  const workbook = await loadWorkbook(data);
  if (!workbook) return { ok: false, problems: [unreadableFile] };
  const located = [findSheet(workbook, assessmentSheet), ...workbook.worksheets]
    .filter((s): s is Worksheet => s !== undefined)
    .map((sheet) => ({ sheet, found: findHeader(sheet, assessmentAliases, ['code', 'result']) ?? findHeader(sheet, assessmentAliases, ['code', 'points']) }))
    .find((x) => x.found);
  if (!located?.found) {
    const message = `Không tìm thấy trang “${assessmentSheet}” có dòng tiêu đề gồm cột “${header('code')}” và “${header('result')}” hoặc “${header('points')}”. Hãy tải biểu mẫu tự đánh giá từ hệ thống.`;
    return { ok: false, problems: [{ message }] };
  }
  const { sheet, found } = located;
  const criteria = content ? new Map(allCriteria(content).map((c) => [c.code, c])) : undefined;
  const cell = (r: number, k: AssessmentColumn) => rowText(sheet, r, found.columns[k]);
  const entries: AssessmentEntry[] = [];
  const problems: SheetProblem[] = [];
  const firstRow = new Map<string, number>();

  for (let r = found.row + 1; r <= sheet.rowCount; r++) {
    const [code, result, points, evidence] = [cell(r, 'code'), cell(r, 'result'), cell(r, 'points'), cell(r, 'evidence')];
    if (!result && !points) continue;
    if (!code) {
      problems.push(problem('Có kết quả nhưng chưa ghi mã tiêu chí', r, header('code')));
      continue;
    }
    const seenAt = firstRow.get(code);
    if (seenAt !== undefined) {
      problems.push(problem(`Tiêu chí ${code} đã nhập ở dòng ${seenAt}`, r, header('code')));
      continue;
    }
    firstRow.set(code, r);
    const criterion = criteria?.get(code);
    if (criteria && !criterion) {
      problems.push(problem(`Mã tiêu chí ${code} không có trong bộ tiêu chí “${content!.title}”`, r, header('code')));
      continue;
    }
    const v = readValue(code, result, points, criterion);
    if ('message' in v) {
      problems.push(problem(v.message, r, header(v.column)));
      continue;
    }
    const parsed = assessmentEntrySchema.safeParse({ criterionCode: code, value: v.value, ...(evidence ? { evidence } : {}) });
    const valueColumn = 'points' in v.value ? header('points') : header('result');
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] === 'evidence' ? header('evidence') : issue.path[0] === 'value' ? valueColumn : header('code');
        problems.push(problem(issue.message, r, column));
      }
      continue;
    }
    const outOfRange = criterion && valueProblem(criterion, parsed.data.value);
    if (outOfRange) problems.push(problem(outOfRange, r, valueColumn));
    else entries.push(parsed.data);
  }

  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  if (!entries.length) return { ok: false, problems: [{ message: `Chưa có tiêu chí nào được ghi kết quả ở cột “${header('result')}” hoặc “${header('points')}”.` }] };
  return { ok: true, entries };
}

const notALevel = (text: string) => `“${text}” không phải mức đánh giá; hãy ghi ${statusChoices.join(', ')}`;

/** The value a row gives, read the way its criterion is scored (or guessed without a catalogue). */
function readValue(code: string, result: string, points: string, criterion: Criterion | undefined): Located {
  const status = parseStatus(result);
  if (criterion?.scoring.kind === 'status' || (!criterion && status)) {
    if (status) {
      if (!criterion && points) return { message: 'Chỉ ghi một trong hai cột “Kết quả” hoặc “Điểm”', column: 'points' };
      return { value: { status } };
    }
    if (result) return { message: notALevel(result), column: 'result' };
    return { message: `Tiêu chí ${code} đánh giá theo mức (${statusChoices.join(' / ')}); hãy ghi ở cột “${header('result')}”`, column: 'result' };
  }
  // Scored with points, or no catalogue and no level: a number in "Điểm", or in "Kết quả" when
  // the ward typed it there (the only column some people fill).
  if (points) {
    const n = parseNumber(points);
    if (n === undefined) return { message: `Điểm “${points}” không phải là số`, column: 'points' };
    return { value: { points: n } };
  }
  const n = parseNumber(result);
  if (n !== undefined) return { value: { points: n } };
  if (!criterion) return { message: notALevel(result), column: 'result' };
  return { message: `Tiêu chí ${code} chấm bằng điểm; hãy ghi số điểm ở cột “${header('points')}”`, column: 'points' };
}
