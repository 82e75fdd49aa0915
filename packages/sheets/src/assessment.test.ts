import { allCriteria } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { assessmentFromXlsx } from './assessment-read.js';
import { assessmentTemplateXlsx } from './assessment-template.js';
import type { AssessmentImport } from './problems.js';
import { mixedCatalogue, openXlsx, readSample, rowWith, saveXlsx, xlsxOf } from './test-fixtures.js';

const [CODE, , , RESULT, POINTS, EVIDENCE] = [1, 2, 3, 4, 5, 6];
const messages = (r: AssessmentImport) => (r.ok ? [] : r.problems.map((p) => p.message));

/** The template for a catalogue, filled the way a ward would: by criterion code. */
async function filled(content = mixedCatalogue, cells: Record<string, [result?: string | number, points?: string | number, evidence?: string]> = {}) {
  const workbook = await openXlsx(await assessmentTemplateXlsx(content));
  const sheet = workbook.getWorksheet('Tự đánh giá')!;
  for (const [code, [result, points, evidence]] of Object.entries(cells)) {
    const row = sheet.getRow(rowWith(sheet, CODE, code));
    if (result !== undefined) row.getCell(RESULT).value = result;
    if (points !== undefined) row.getCell(POINTS).value = points;
    if (evidence !== undefined) row.getCell(EVIDENCE).value = evidence;
  }
  return saveXlsx(workbook);
}

describe('assessmentTemplateXlsx', () => {
  it('lists every criterion under its group with what to enter', async () => {
    const content = readSample('sample-34-criteria.json');
    const workbook = await openXlsx(await assessmentTemplateXlsx(content));
    const sheet = workbook.getWorksheet('Tự đánh giá')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Mã tiêu chí', 'Nội dung', 'Cách chấm', 'Kết quả', 'Điểm', 'Minh chứng']);
    expect(sheet.getRow(2).values).toEqual([undefined, undefined, '1. Lãnh đạo của cấp ủy, chính quyền']);
    const codes: string[] = [];
    sheet.eachRow((row, r) => r > 1 && row.getCell(CODE).value && codes.push(String(row.getCell(CODE).value)));
    expect(codes).toEqual(allCriteria(content).map((c) => c.code));
    expect(sheet.getRow(3).getCell(3).value).toBe('Đạt / Cơ bản đạt / Chưa đạt');
    expect(sheet.getRow(3).getCell(RESULT).dataValidation).toMatchObject({ type: 'list', formulae: ['"Đạt,Cơ bản đạt,Chưa đạt"'] });
    expect(workbook.getWorksheet('Hướng dẫn')!.getRow(1).getCell(1).value).toBe(content.title);
  });

  it('asks for points, within 0..max, on criteria scored with points', async () => {
    const sheet = (await openXlsx(await assessmentTemplateXlsx(mixedCatalogue))).getWorksheet('Tự đánh giá')!;
    const row = sheet.getRow(rowWith(sheet, CODE, 'A.2'));
    expect(row.getCell(3).value).toBe('Điểm (tối đa 10)');
    expect(row.getCell(POINTS).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10] });
  });
});

describe('assessmentFromXlsx', () => {
  it('round-trips a filled template, skipping criteria without a result', async () => {
    const content = readSample('sample-22-criteria.json');
    const bytes = await filled(content, {
      '1.1': ['Đạt', undefined, 'Quyết định số 12/QĐ-UBND ngày 10/01/2025'],
      '1.2': ['co ban dat'],
      '2.3': ['CHƯA ĐẠT', undefined, 'Còn 2 tin báo quá hạn'],
      '4.5': ['dat'],
    });
    expect(await assessmentFromXlsx(bytes, content)).toEqual({
      ok: true,
      entries: [
        { criterionCode: '1.1', value: { status: 'met' }, evidence: 'Quyết định số 12/QĐ-UBND ngày 10/01/2025' },
        { criterionCode: '1.2', value: { status: 'largely_met' } },
        { criterionCode: '2.3', value: { status: 'not_met' }, evidence: 'Còn 2 tin báo quá hạn' },
        { criterionCode: '4.5', value: { status: 'met' } },
      ],
    });
  });

  it('reads points as numbers or text with a decimal comma, also typed in "Kết quả"', async () => {
    const bytes = await filled(mixedCatalogue, { 'A.1': ['Chưa đạt'], 'A.2': [undefined, 7.5], 'B.10': ['2,5'] });
    const expected = [
      { criterionCode: 'A.1', value: { status: 'not_met' } },
      { criterionCode: 'A.2', value: { points: 7.5 } },
      { criterionCode: 'B.10', value: { points: 2.5 } },
    ];
    expect(await assessmentFromXlsx(bytes, mixedCatalogue)).toEqual({ ok: true, entries: expected });
    // Without the catalogue the values are read as typed.
    expect(await assessmentFromXlsx(bytes)).toEqual({ ok: true, entries: expected });
  });

  it('refuses unknown codes, points above the maximum and values of the wrong kind, with rows', async () => {
    const workbook = await openXlsx(await filled(mixedCatalogue, { 'A.1': [undefined, 5], 'A.2': [undefined, 11], 'B.10': ['tốt'] }));
    const sheet = workbook.getWorksheet('Tự đánh giá')!;
    sheet.addRow(['C.1', 'Tiêu chí lạ', null, 'Đạt']);
    sheet.addRow(['A.1', 'Nhập lại', null, 'Đạt']);
    sheet.addRow([null, 'Quên mã', null, 'Đạt']);
    const result = await assessmentFromXlsx(await saveXlsx(workbook), mixedCatalogue);
    expect(messages(result)).toEqual([
      'Dòng 3, cột “Kết quả”: Tiêu chí A.1 đánh giá theo mức (Đạt / Cơ bản đạt / Chưa đạt); hãy ghi ở cột “Kết quả”',
      'Dòng 4, cột “Điểm”: Điểm tiêu chí A.2 phải từ 0 đến 10',
      'Dòng 6, cột “Điểm”: Tiêu chí B.10 chấm bằng điểm; hãy ghi số điểm ở cột “Điểm”',
      'Dòng 7, cột “Mã tiêu chí”: Mã tiêu chí C.1 không có trong bộ tiêu chí “Bộ tiêu chí thử”',
      'Dòng 8, cột “Mã tiêu chí”: Tiêu chí A.1 đã nhập ở dòng 3',
      'Dòng 9, cột “Mã tiêu chí”: Có kết quả nhưng chưa ghi mã tiêu chí',
    ]);
    expect(result.ok || result.problems[1]).toEqual({ row: 4, column: 'Điểm', message: expect.any(String) });
  });

  it('without the catalogue, still refuses what is not a level or a number', async () => {
    const bytes = await xlsxOf({
      'Tự đánh giá': [
        ['Mã tiêu chí', 'Kết quả', 'Điểm'],
        ['1.1', 'tốt', null],
        ['1.2', null, 'năm'],
        ['1.3', 'Đạt', 3],
        ['1.4', null, -1],
      ],
    });
    expect(messages(await assessmentFromXlsx(bytes))).toEqual([
      'Dòng 2, cột “Kết quả”: “tốt” không phải mức đánh giá; hãy ghi Đạt, Cơ bản đạt, Chưa đạt',
      'Dòng 3, cột “Điểm”: Điểm “năm” không phải là số',
      'Dòng 4, cột “Điểm”: Chỉ ghi một trong hai cột “Kết quả” hoặc “Điểm”',
      'Dòng 5, cột “Điểm”: Điểm không được âm',
    ]);
  });

  it('says so when nothing was filled or the file is not an assessment', async () => {
    expect(messages(await assessmentFromXlsx(await filled()))).toEqual([
      'Chưa có tiêu chí nào được ghi kết quả ở cột “Kết quả” hoặc “Điểm”.',
    ]);
    expect(messages(await assessmentFromXlsx(await xlsxOf({ Sheet1: [['Mã tiêu chí', 'Nội dung']] })))[0]).toMatch(
      /^Không tìm thấy trang “Tự đánh giá”/,
    );
    expect(messages(await assessmentFromXlsx(new Uint8Array([1, 2, 3])))[0]).toMatch(/^Không đọc được tệp/);
  });
});
