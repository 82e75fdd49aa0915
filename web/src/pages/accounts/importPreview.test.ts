import { describe, expect, it } from 'vitest';
import { previewOf } from './importPreview';

const rows = [
  { line: 2, values: { username: 'phuong.a', displayName: 'Nguyễn Văn A', role: 'ward_officer' } },
  { line: 3, values: { username: 'phuong.b', displayName: 'Trần Thị B', role: 'ward_officer' } },
];

describe('the import preview', () => {
  it('puts the browser’s and the server’s problems on their rows and columns', () => {
    const preview = previewOf(rows, {
      local: [{ line: 3, field: 'Họ và tên', message: 'Họ và tên: cần nhập' }],
      server: { 'rows.0.username': ['Tên đăng nhập "phuong.a" đã được dùng'], 'rows.1.wardId': ['Phường/xã 99999 không thuộc Thị xã Quảng Trị'] },
    });
    expect(preview.rows[0]!.problems).toEqual([{ field: 'Tên đăng nhập', message: 'Tên đăng nhập "phuong.a" đã được dùng' }]);
    expect(preview.rows[1]!.problems).toEqual([
      { field: 'Họ và tên', message: 'cần nhập' },
      { field: 'Mã phường/xã', message: 'Phường/xã 99999 không thuộc Thị xã Quảng Trị' },
    ]);
    expect(preview.problemCount).toBe(3);
  });

  it('keeps problems of the file or of no row apart, and drops the repeated “Dòng n” of the reader', () => {
    const preview = previewOf(rows, {
      file: [
        { message: 'Không đọc được tệp.' },
        { row: 2, column: 'Tên đăng nhập', message: 'Dòng 2, cột “Tên đăng nhập”: Đây là dòng ví dụ của biểu mẫu' },
      ],
      server: { rows: ['Mỗi lần nhập tối đa 1.000 tài khoản'] },
    });
    expect(preview.general).toEqual(['Không đọc được tệp.', 'Mỗi lần nhập tối đa 1.000 tài khoản']);
    expect(preview.rows[0]!.problems).toEqual([{ field: 'Tên đăng nhập', message: 'Đây là dòng ví dụ của biểu mẫu' }]);
  });

  it('finds nothing wrong in good rows', () => {
    expect(previewOf(rows, {}).problemCount).toBe(0);
  });
});
