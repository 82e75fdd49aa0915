import { describe, expect, it } from 'vitest';
import { awardListXlsx, type AwardListInput } from './award-list.js';
import { openXlsx } from './test-fixtures.js';

const input: AwardListInput = {
  forms: [{ code: 'giay-khen-chu-tich-ubnd-huyen', name: 'Giấy khen của Chủ tịch UBND quận/huyện' }],
  wardNames: { 'w-bac-son': 'Phường Bắc Sơn' },
  decision: {
    lines: [
      {
        formCode: 'giay-khen-chu-tich-ubnd-huyen',
        wardId: 'w-bac-son',
        recipient: { kind: 'collective', name: 'Công an phường Bắc Sơn', collectiveType: 'Cơ quan Công an' },
      },
      {
        formCode: 'giay-khen-chu-tich-ubnd-huyen',
        wardId: 'w-lam-ha',
        recipient: { kind: 'individual', name: 'Vũ Minh Tuấn', position: 'Phó Trưởng Công an phường', unit: 'Công an phường Lãm Hà' },
        revoked: { number: '312/QĐ-UBND', date: '2023-09-15' },
      },
      {
        formCode: 'gia-dinh-van-hoa',
        recipient: { kind: 'household', name: 'Hộ ông Trịnh Văn Sơn', address: 'Tổ dân phố số 4, phường Bắc Sơn' },
      },
    ],
  },
};

describe('awardListXlsx', () => {
  it('writes one row per line under Vietnamese headers, values only', async () => {
    const workbook = await openXlsx(await awardListXlsx(input));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách']);
    const sheet = workbook.getWorksheet('Danh sách')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'STT', 'Hình thức', 'Đối tượng', 'Họ tên / Tên tập thể', 'Chức vụ', 'Đơn vị / Địa chỉ', 'Phường/xã', 'Tình trạng',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined, 1, 'Giấy khen của Chủ tịch UBND quận/huyện', 'Tập thể', 'Công an phường Bắc Sơn', undefined, 'Cơ quan Công an', 'Phường Bắc Sơn', 'Hiệu lực',
    ]);
    expect(sheet.getRow(3).values).toEqual([
      undefined, 2, 'Giấy khen của Chủ tịch UBND quận/huyện', 'Cá nhân', 'Vũ Minh Tuấn', 'Phó Trưởng Công an phường', 'Công an phường Lãm Hà',
      'w-lam-ha', 'Đã thu hồi theo QĐ số 312/QĐ-UBND ngày 15/9/2023',
    ]);
    // A form missing from the list still shows its code rather than an empty cell.
    expect(sheet.getRow(4).values).toEqual([
      undefined, 3, 'gia-dinh-van-hoa', 'Hộ gia đình', 'Hộ ông Trịnh Văn Sơn', undefined, 'Tổ dân phố số 4, phường Bắc Sơn', undefined, 'Hiệu lực',
    ]);
    expect(sheet.rowCount).toBe(4);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });

  it("names the issuing committee in the form's name when the decision's issuer is given", async () => {
    const issued = { ...input, decision: { ...input.decision, fields: { issuingBody: 'UBND Quận Kiến An' } } };
    const sheet = (await openXlsx(await awardListXlsx(issued))).getWorksheet('Danh sách')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An');
  });
});
