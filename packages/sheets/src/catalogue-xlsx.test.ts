import { describe, expect, it } from 'vitest';
import { catalogueFromXlsx } from './catalogue-read.js';
import { catalogueToXlsx } from './catalogue-write.js';
import type { CatalogueImport } from './problems.js';
import { mixedCatalogue, openXlsx, readSample, saveXlsx, xlsxOf } from './test-fixtures.js';

const header = ['Nhóm (mã)', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung tiêu chí', 'Cách chấm', 'Điểm tối đa', 'Gợi ý minh chứng'];
const info = [['Tên bộ tiêu chí', 'Bộ tự làm']];
const messages = (r: CatalogueImport) => (r.ok ? [] : r.problems.map((p) => p.message));

describe('catalogueToXlsx / catalogueFromXlsx', () => {
  it.each(['sample-34-criteria.json', 'sample-22-criteria.json'] as const)('round-trips %s', async (name) => {
    const sample = readSample(name);
    expect(await catalogueFromXlsx(await catalogueToXlsx(sample))).toEqual({ ok: true, content: sample });
  });

  it('round-trips points, missing hints, a missing description and codes like B.10', async () => {
    const bytes = await catalogueToXlsx(mixedCatalogue);
    expect(await catalogueFromXlsx(bytes)).toEqual({ ok: true, content: mixedCatalogue });
    // An ArrayBuffer (what the browser's File.arrayBuffer gives) reads the same.
    const copy = bytes.slice().buffer;
    expect(await catalogueFromXlsx(copy)).toEqual({ ok: true, content: mixedCatalogue });
  });

  it('writes the Vietnamese layout with values only', async () => {
    const workbook = await openXlsx(await catalogueToXlsx(mixedCatalogue));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tiêu chí', 'Thông tin']);
    const sheet = workbook.getWorksheet('Tiêu chí')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'A', 'Nhóm A', 'A.2', 'Tiêu chí chấm điểm', 'Điểm', 10, 'Biên bản']);
    expect(sheet.getRow(2).getCell(5).value).toBe('Đạt/Không đạt');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
    expect(workbook.getWorksheet('Thông tin')!.getRow(1).values).toEqual([undefined, 'Tên bộ tiêu chí', 'Bộ tiêu chí thử']);
  });

  it('accepts an edited file: moved columns, blank group cells, heading rows, numbers as codes, a title above', async () => {
    const bytes = await xlsxOf({
      'Tiêu chí': [
        ['BỘ TIÊU CHÍ (bản sửa)'],
        ['Mã tiêu chí', 'Nội dung tiêu chí', 'Nhóm (mã)', 'Tên nhóm', 'Cách chấm', 'Điểm tối đa'],
        [null, null, '1', 'Lãnh đạo'],
        [1.1, 'Có nghị quyết', null, null, 'dat/khong dat', null],
        [1.2, 'Có kế hoạch', null, null, null, '5'],
        [null, null, null, null, null, null],
        ['2.1', 'Có mô hình', '2', 'Phong trào', 'ĐIỂM', '7,5'],
      ],
      'Thông tin': [['Tên bộ tiêu chí', '  Bộ sửa tay  '], ['Mô tả', null]],
    });
    expect(await catalogueFromXlsx(bytes)).toEqual({
      ok: true,
      content: {
        title: 'Bộ sửa tay',
        groups: [
          {
            code: '1',
            title: 'Lãnh đạo',
            criteria: [
              { code: '1.1', text: 'Có nghị quyết', scoring: { kind: 'status' } },
              { code: '1.2', text: 'Có kế hoạch', scoring: { kind: 'points', max: 5 } },
            ],
          },
          { code: '2', title: 'Phong trào', criteria: [{ code: '2.1', text: 'Có mô hình', scoring: { kind: 'points', max: 7.5 } }] },
        ],
      },
    });
  });

  it('reports every problem with its row and column', async () => {
    const bytes = await xlsxOf({
      'Tiêu chí': [
        header,
        ['1', 'Nhóm một', '1.1', 'Đủ', 'Đạt/Không đạt', null, null],
        ['1', 'Nhóm một', '1.2', null, null, null, null],
        ['1', 'Tên khác', '1.1', 'Trùng mã', null, null, null],
        ['2', 'Nhóm hai', '2.1', 'Cách chấm lạ', 'Có/Không', null, null],
        ['2', null, '2.2', 'Thiếu điểm tối đa', 'Điểm', null, null],
        ['2', null, '2 3', 'Mã sai', 'Điểm', 'mười', null],
        ['2', null, '2.4', 'Đạt mà có điểm', 'Đạt/Không đạt', 5, null],
      ],
      'Thông tin': info,
    });
    const result = await catalogueFromXlsx(bytes);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'Dòng 3, cột “Nội dung tiêu chí”: Nội dung tiêu chí không được để trống',
      'Dòng 4, cột “Tên nhóm”: Nhóm 1 đã có tên “Nhóm một” ở dòng 2; các dòng cùng nhóm phải cùng tên nhóm',
      'Dòng 4, cột “Mã tiêu chí”: Mã tiêu chí 1.1 đã dùng ở dòng 2',
      'Dòng 5, cột “Cách chấm”: Cách chấm phải là “Đạt/Không đạt” hoặc “Điểm”',
      'Dòng 6, cột “Điểm tối đa”: Tiêu chí chấm bằng điểm cần ghi điểm tối đa',
      'Dòng 7, cột “Điểm tối đa”: Điểm tối đa “mười” không phải là số',
      'Dòng 7, cột “Mã tiêu chí”: Mã tiêu chí gồm chữ/số, phân cách bằng dấu chấm (ví dụ 1.2)',
      'Dòng 8, cột “Điểm tối đa”: Tiêu chí chấm Đạt/Không đạt không có điểm tối đa; nếu chấm bằng điểm, hãy ghi “Điểm” ở cột “Cách chấm”',
    ]);
    expect(result.ok || result.problems[0]).toEqual({ row: 3, column: 'Nội dung tiêu chí', message: expect.stringMatching(/^Dòng 3/) });
  });

  it('names the title cell when the "Thông tin" sheet is missing', async () => {
    const result = await catalogueFromXlsx(await xlsxOf({ 'Tiêu chí': [header, ['1', 'Nhóm', '1.1', 'Nội dung', null, null, null]] }));
    expect(messages(result)).toEqual(['Trang “Thông tin”, ô “Tên bộ tiêu chí”: Tên bộ tiêu chí không được để trống']);
  });

  it('says what is missing when the file is not a catalogue', async () => {
    expect(messages(await catalogueFromXlsx(await xlsxOf({ Sheet1: [['Họ tên', 'Ngày sinh']] })))[0]).toMatch(
      /^Không tìm thấy trang “Tiêu chí” có dòng tiêu đề gồm các cột “Nhóm \(mã\)”, “Tên nhóm”, “Mã tiêu chí”, “Nội dung tiêu chí”/,
    );
    expect(messages(await catalogueFromXlsx(await xlsxOf({ 'Tiêu chí': [header], 'Thông tin': info })))).toEqual([
      'Trang “Tiêu chí” chưa có tiêu chí nào',
    ]);
    expect(messages(await catalogueFromXlsx(new TextEncoder().encode('Nhóm,Tên nhóm\n1,Lãnh đạo')))[0]).toMatch(/^Không đọc được tệp/);
  });

  it('reads rich text and formula results as the text a person sees', async () => {
    const workbook = await openXlsx(await catalogueToXlsx(mixedCatalogue));
    const sheet = workbook.getWorksheet('Tiêu chí')!;
    sheet.getCell('D2').value = { richText: [{ text: 'Tiêu chí ' }, { font: { bold: true }, text: 'theo mức' }] };
    sheet.getCell('F3').value = { formula: '5*2', result: 10 };
    expect(await catalogueFromXlsx(await saveXlsx(workbook))).toEqual({ ok: true, content: mixedCatalogue });
  });
});
