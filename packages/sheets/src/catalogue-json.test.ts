import { describe, expect, it } from 'vitest';
import { catalogueFromJson, catalogueToJson } from './catalogue-json.js';
import type { CatalogueImport } from './problems.js';
import { mixedCatalogue, readSample } from './test-fixtures.js';

const messages = (r: CatalogueImport) => (r.ok ? [] : r.problems.map((p) => p.message));

describe('catalogueToJson / catalogueFromJson', () => {
  it('round-trips the samples and a catalogue with points', () => {
    for (const content of [readSample('sample-34-criteria.json'), readSample('sample-22-criteria.json'), mixedCatalogue]) {
      expect(catalogueFromJson(catalogueToJson(content))).toEqual({ ok: true, content });
    }
  });

  it('accepts a byte-order mark and a catalogue version wrapping the content', () => {
    const wrapped = JSON.stringify({ catalogueId: 'x', catalogueVersion: 2, content: mixedCatalogue });
    expect(catalogueFromJson(`\uFEFF${wrapped}`)).toEqual({ ok: true, content: mixedCatalogue });
  });

  it('locates a syntax error by line and column', () => {
    const text = '{\n  "title": "Bộ",\n  "groups": [}\n}';
    expect(messages(catalogueFromJson(text))).toEqual([
      'Tệp không phải JSON hợp lệ: lỗi gần dòng 3, cột 14. Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép.',
    ]);
    expect(messages(catalogueFromJson('  '))).toEqual(['Tệp JSON rỗng.']);
  });

  it('names the group and criterion of each schema problem, in Vietnamese', () => {
    const bad = {
      title: '',
      groups: [
        { code: '1', title: 'Nhóm', criteria: [{ code: '1.1', text: 'Đủ', scoring: { kind: 'points', max: 0 } }] },
        { code: '2', title: 'Nhóm hai', criteria: [{ code: '2.1', scoring: { kind: 'stars' } }] },
        { code: '3', title: 'Trống', criteria: [] },
      ],
    };
    expect(messages(catalogueFromJson(JSON.stringify(bad)))).toEqual([
      'Tên bộ tiêu chí: Tên bộ tiêu chí không được để trống',
      'Nhóm 1 (mã 1), tiêu chí 1 (mã 1.1), cách chấm, điểm tối đa: Điểm tối đa phải lớn hơn 0',
      'Nhóm 2 (mã 2), tiêu chí 1 (mã 2.1), nội dung: thiếu hoặc sai kiểu dữ liệu (cần chuỗi ký tự)',
      'Nhóm 2 (mã 2), tiêu chí 1 (mã 2.1), cách chấm, loại: cách chấm phải là {"kind":"status"} hoặc {"kind":"points","max":<số>}',
      'Nhóm 3 (mã 3), danh sách tiêu chí: Mỗi nhóm cần ít nhất một tiêu chí',
    ]);
    expect(messages(catalogueFromJson('[1, 2]'))).toEqual(['Tệp JSON phải là một bộ tiêu chí dạng {"title": …, "groups": […]}.']);
  });
});
