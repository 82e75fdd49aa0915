import { accountSheetColumns, newAccountSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { accountTemplateXlsx, checkAccountRows, describeAccountProblem, parseCsv, readAccountSheet, sheetRole } from './accounts.js';
import { openXlsx, saveXlsx, xlsxOf } from './test-fixtures.js';

const dongHoiWards = [
  { wardId: '18853', name: 'Phường Hải Thành' },
  { wardId: '18856', name: 'Phường Đồng Phú' },
  { wardId: '18880', name: 'Phường Đức Ninh Đông' },
];
const headers = accountSheetColumns.map((c) => c.header);
const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (problems: Array<{ line: number }>) => problems.map((p) => p.line);

describe('accountTemplateXlsx', () => {
  it('has the Vietnamese headers, two example rows and a guide with the roles and the wards', async () => {
    const workbook = await openXlsx(await accountTemplateXlsx({ tenantId: '450', wards: dongHoiWards }));
    const sheet = workbook.getWorksheet('Tài khoản')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...headers]);
    expect(sheet.getRow(2).values).toEqual([undefined, 'vidu.phuong', 'Nguyễn Thị Hương', 'Cán bộ phường/xã', '450', '18853', undefined, 'huong.nt@example.vn', '0912345678']);
    expect(sheet.getRow(3).getCell(2).value).toBe('Trần Văn Đức');
    expect(sheet.getRow(3).getCell(3).value).toBe('Điều phối cấp quận/huyện');
    expect(sheet.getRow(4).getCell(3).dataValidation).toMatchObject({ type: 'list' });
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(String(row.getCell(1).value)));
    for (const h of headers) expect(guide.some((l) => l.startsWith(`“${h}”`))).toBe(true);
    expect(guide).toContain('Cán bộ phường/xã (mã ward_officer)');
    expect(guide).toContain('Điều phối cấp quận/huyện (mã coordinator)');
    expect(guide).toContain('18856  Phường Đồng Phú');
  });

  it('round-trips: the template with two people filled in reads back valid, example rows refused if left', async () => {
    const template = await accountTemplateXlsx({ tenantId: '450', wards: dongHoiWards });
    const unchanged = await readAccountSheet(template, 'tai-khoan.xlsx');
    expect(unchanged.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(unchanged.problems[0]!.message).toMatch(/^Dòng 2, cột “Tên đăng nhập”: Đây là dòng ví dụ/);

    const workbook = await openXlsx(template);
    const sheet = workbook.getWorksheet('Tài khoản')!;
    sheet.getRow(2).values = ['phuong.haithanh.lan', 'Lê Thị Lan', 'Cán bộ phường/xã', '450', '18853', null, 'lan.lt@example.vn', null];
    // Typed as numbers, the way Excel keeps a cell that was not formatted as text.
    sheet.getRow(3).values = ['dieuphoi.donghoi.binh', 'Phạm Văn Bình', 'dieu phoi', 450, null, null, null, 987654321];
    const read = await readAccountSheet(await saveXlsx(workbook), 'tai-khoan.xlsx');
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        line: 2,
        values: { username: 'phuong.haithanh.lan', displayName: 'Lê Thị Lan', role: 'ward_officer', tenantId: '450', wardId: '18853', email: 'lan.lt@example.vn' },
      },
      { line: 3, values: { username: 'dieuphoi.donghoi.binh', displayName: 'Phạm Văn Bình', role: 'coordinator', tenantId: '450', phone: '0987654321' } },
    ]);
    expect(checkAccountRows(read.rows, { tenantId: '450', wards: dongHoiWards })).toEqual([]);
    for (const { values } of read.rows) expect(newAccountSchema.safeParse(values).success).toBe(true);
  });
});

describe('readAccountSheet and checkAccountRows on CSV', () => {
  const bad = [
    'Tên đăng nhập,Họ và tên,Vai trò,Mã quận/huyện,Mã phường/xã,Thư điện tử,Số điện thoại',
    'phuong.haithanh.lan,Lê Thị Lan,Cán bộ phường/xã,450,18853,,0912345678',
    'phuong.dongphu.minh,,ward_officer,450,1885,,0912000111',
    ',,,,,,',
    '"phuong.haithanh.lan","Lê Thị Lan, phó chủ tịch",ward_officer,450,18899,lan@example.vn,',
    'dieuphoi.moi,Hoàng Văn Nam,giám đốc,450,,nam@example.vn,',
  ].join('\r\n');

  it('reports each bad row on its line, in Vietnamese, and skips empty rows', async () => {
    const read = await readAccountSheet(utf8(bad), 'tai-khoan.csv');
    expect(read.problems).toEqual([]);
    expect(lines(read.rows)).toEqual([2, 3, 5, 6]);
    expect(read.rows[2]!.values.displayName).toBe('Lê Thị Lan, phó chủ tịch');
    const problems = checkAccountRows(read.rows, { tenantId: '450', wards: dongHoiWards });
    expect(problems.map(describeAccountProblem)).toEqual([
      'Dòng 3, cột “Họ và tên”: cần nhập',
      'Dòng 3, cột “Mã phường/xã”: Mã phường/xã phải gồm 5 chữ số (mã GSO)',
      'Dòng 5, cột “Mã phường/xã”: Mã phường/xã 18899 không thuộc quận/huyện 450',
      'Dòng 5, cột “Tên đăng nhập”: Tên đăng nhập “phuong.haithanh.lan” trùng với dòng 2',
      'Dòng 6, cột “Vai trò”: Vai trò “giám đốc” không có; hãy ghi một trong: Cán bộ phường/xã (ward_officer), Điều phối cấp quận/huyện (coordinator), Cán bộ cấp tỉnh (province_staff)',
    ]);
    expect(problems[0]).toEqual({ line: 3, field: 'Họ và tên', message: 'Họ và tên: cần nhập' });
  });

  it('checks the scope of a row whose other fields are wrong too', () => {
    const problems = checkAccountRows([{ line: 7, values: { username: 'X', displayName: 'Lê Văn Tám', role: 'ward_officer' } }]);
    expect(problems.map((p) => p.field)).toEqual(['Tên đăng nhập', 'Mã quận/huyện', 'Mã phường/xã', 'Thư điện tử']);
    expect(problems.map((p) => p.message)).toContain('Cần thư điện tử hoặc số điện thoại để gửi mã đặt lại mật khẩu');
    const outside = checkAccountRows([{ line: 8, values: { username: 'phuong.x', role: 'ward_officer', tenantId: '450', wardId: '99999', phone: '0912345678' } }], {
      tenantId: '450',
      wards: dongHoiWards,
    });
    expect(outside.map(describeAccountProblem)).toEqual(['Dòng 8, cột “Họ và tên”: cần nhập', 'Dòng 8, cột “Mã phường/xã”: Mã phường/xã 99999 không thuộc quận/huyện 450']);
  });

  it('reads semicolon CSV with a BOM, headers without diacritics or as keys, and a title line above', async () => {
    const text = [
      'Danh sách cán bộ phường/xã',
      'ten dang nhap;HO VA TEN;vai tro;tenantId;Mã phường;SĐT',
      'phuong.dongphu.mai;Đỗ Thị Mai;can bo phuong/xa;450;18856;0905 123 456',
      '',
      'phuong.ducninhdong.an;"Võ Văn ""Ân""";ward_officer;;18880;0905111222',
    ].join('\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const read = await readAccountSheet(bytes, 'danh-sach.csv', { tenantId: '450' });
    expect(read).toEqual({
      problems: [],
      rows: [
        { line: 3, values: { username: 'phuong.dongphu.mai', displayName: 'Đỗ Thị Mai', role: 'ward_officer', tenantId: '450', wardId: '18856', phone: '0905 123 456' } },
        { line: 5, values: { username: 'phuong.ducninhdong.an', displayName: 'Võ Văn "Ân"', role: 'ward_officer', tenantId: '450', wardId: '18880', phone: '0905111222' } },
      ],
    });
    expect(checkAccountRows(read.rows, { tenantId: '450', wards: dongHoiWards })).toEqual([]);
  });

  it('explains a file it cannot read', async () => {
    expect((await readAccountSheet(utf8('a,b,c\n1,2,3'), 'x.csv')).problems[0]!.message).toMatch(/Không tìm thấy dòng tiêu đề gồm các cột “Tên đăng nhập”/);
    expect((await readAccountSheet(new Uint8Array([0x54, 0xea, 0x6e, 0x0a]), 'x.csv')).problems[0]!.message).toMatch(/UTF-8/);
    expect((await readAccountSheet(utf8('not a zip'), 'x.xlsx')).problems[0]!.message).toMatch(/Không đọc được tệp/);
    const onlyHeader = await xlsxOf({ Sheet1: [headers] });
    expect((await readAccountSheet(onlyHeader, 'x.xlsx')).problems[0]!.message).toMatch(/không có dòng tài khoản nào/);
  });
});

describe('parseCsv', () => {
  it('keeps quoted separators, doubled quotes and line breaks, each record at the line it starts on', () => {
    expect(parseCsv('a,"b,1","c ""x"""\r\n"multi\nline",2\n\nlast')).toEqual([['a', 'b,1', 'c "x"'], ['multi\nline', '2'], [], [''], ['last']]);
  });
});

describe('sheetRole', () => {
  it('takes codes, labels and labels without diacritics', () => {
    expect(['ward_officer', 'Cán bộ phường/xã', 'CAN BO PHUONG/XA', 'Điều phối cấp quận/huyện', 'cán bộ cấp tỉnh', 'tinh'].map(sheetRole)).toEqual([
      'ward_officer',
      'ward_officer',
      'ward_officer',
      'coordinator',
      'province_staff',
      undefined,
    ]);
  });
});
