import { describe, expect, it } from 'vitest';
import { districtReportDocx, provinceReportDocx } from './index.js';
import { dongHoiDistrict, emptyProvince, haiPhong, kienAnDistrict } from './report-fixtures.js';
import { nameLine } from './signature.js';
import { openDocx } from './test-docx.js';

const flat = (paragraphs: string[]) => paragraphs.join(' ').replace(/\s+/g, ' ');
const subject = 'Kết quả thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024';

describe('district report: Kiến An, 2024', async () => {
  const { documentXml, paragraphs } = await openDocx(await districtReportDocx(kienAnDistrict(), { date: '2025-01-10' }));
  const text = flat(paragraphs);

  it('has the national header, the district committee alone above the number, and the place without the unit type', () => {
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'QUẬN KIẾN AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(text).not.toContain('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(paragraphs).toContain('Số: …/BC-…');
    expect(paragraphs).toContain('Kiến An, ngày 10 tháng 01 năm 2025');
  });

  it('has the title and the sections in order', () => {
    const title = paragraphs.indexOf('BÁO CÁO');
    expect(title).toBeGreaterThan(0);
    expect(paragraphs[title + 1]).toBe(subject);
    const headings = ['I. KẾ HOẠCH VÀ TỰ ĐÁNH GIÁ', 'II. XÂY DỰNG PHONG TRÀO', 'III. THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP', 'IV. CÔNG TÁC KHEN THƯỞNG', 'V. ĐỀ XUẤT, KIẾN NGHỊ'];
    const positions = headings.map((h) => paragraphs.indexOf(h));
    expect(positions.every((p) => p > title)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states the figures in sentences', () => {
    expect(text).toContain('Năm 2024, quận Kiến An triển khai đợt đánh giá “Đánh giá năm 2024” theo Bộ tiêu chí phường, xã an toàn về an ninh, trật tự (34 tiêu chí) tại 10 phường, xã.');
    expect(text).toContain(
      'Có 9/10 phường, xã nộp kế hoạch, trong đó 8 đúng hạn, 7 kế hoạch đã được phê duyệt; 8/10 phường, xã nộp kết quả tự đánh giá, ' +
        '6 kết quả đã được phê duyệt; 3 phường, xã đạt đủ 34 tiêu chí; 1 hồ sơ bị trả lại để hoàn thiện.',
    );
    expect(text).toContain('trong đó 12 mô hình đang hoạt động, 2 mô hình được nhân rộng.');
    expect(text).toContain('Tổ chức 320 lượt ký cam kết với 5.400 người, đơn vị tham gia ký cam kết.');
    expect(text).toContain('Tổ chức 6 diễn đàn với 1.250 lượt người tham dự; tiếp nhận 48 ý kiến, kiến nghị của Nhân dân, đã giải quyết 41 ý kiến (đạt 85,4%).');
    expect(text).toContain('Tổ chức 3 hội nghị sơ kết, tổng kết và 1 Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.');
    expect(text).toContain('đã hoàn thành 17 hoạt động (đạt 85%); có 2 báo cáo liên tịch.');
  });

  it('counts the awards by kind and by form name, keeping a form without a name by its code', () => {
    expect(text).toContain('Tổng số 22 lượt khen thưởng, gồm 12 tập thể và 10 cá nhân.');
    expect(paragraphs).toContain('- Giấy khen của Chủ tịch UBND quận/huyện: 20;');
    expect(paragraphs).toContain('- giay-khen-truong-cong-an-huyen: 2.');
    expect(text).not.toContain('Bằng khen của Bộ trưởng Bộ Công an');
  });

  it('tables the wards with the district total and explains why it exceeds their sum', () => {
    const header = paragraphs.indexOf('Phường, xã');
    expect(header).toBeGreaterThan(paragraphs.indexOf('IV. CÔNG TÁC KHEN THƯỞNG'));
    expect(paragraphs.slice(header, header + 7)).toEqual(['Phường, xã', 'Kế hoạch đã nộp', 'Tự đánh giá đã nộp', 'Đạt đủ tiêu chí', 'Mô hình', 'Ý kiến đã giải quyết', 'Khen thưởng']);
    for (const name of ['Phường Bắc Sơn', 'Phường Lãm Hà', 'Phường Trần Thành Ngọ']) expect(paragraphs).toContain(name);
    const total = paragraphs.indexOf('Toàn quận Kiến An');
    expect(paragraphs.slice(total + 1, total + 7)).toEqual(['9', '8', '3', '14', '41', '22']);
    expect(text).toContain('Ghi chú: số liệu “Toàn quận Kiến An” gồm cả các hoạt động do cấp quận, huyện tổ chức');
    expect(total).toBeLessThan(paragraphs.indexOf('V. ĐỀ XUẤT, KIẾN NGHỊ'));
  });

  it('leaves lines for the proposals, ends the body and signs on behalf of the committee with a line for the name', () => {
    const v = paragraphs.indexOf('V. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(paragraphs[v + 1]).toMatch(/^\.{100,}$/);
    expect(text).toContain('Trên đây là báo cáo kết quả thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024 của Ủy ban nhân dân quận Kiến An./.');
    const from = paragraphs.indexOf('Nơi nhận:');
    expect(from).toBeGreaterThan(v);
    expect(paragraphs.slice(from + 1)).toEqual(['- Công an thành phố Hải Phòng (để b/c);', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', nameLine]);
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});

describe('district report options', () => {
  it('dates the report today when no date is given', async () => {
    const { paragraphs } = await openDocx(await districtReportDocx(kienAnDistrict()));
    expect(paragraphs.some((p) => /^Kiến An, ngày \d{2} tháng \d{1,2} năm 20\d{2}$/.test(p))).toBe(true);
  });

  it('uses the issuing body, number, place, signer, recipients and proposals given', async () => {
    const { paragraphs } = await openDocx(
      await districtReportDocx(kienAnDistrict(), {
        issuingBody: 'Công an quận Kiến An',
        parentBody: 'Công an thành phố Hải Phòng',
        number: '48/BC-CAQ',
        place: 'Hải Phòng',
        date: '2025-03-05',
        signer: { title: 'Trưởng Công an quận', name: 'Phạm Minh Quang' },
        recipients: ['Công an thành phố (PV05)'],
        proposals: ['Đề nghị Công an thành phố hỗ trợ kinh phí nhân rộng mô hình.'],
      }),
    );
    expect(flat(paragraphs)).toContain('CÔNG AN THÀNH PHỐ HẢI PHÒNG CÔNG AN QUẬN KIẾN AN');
    expect(paragraphs).toEqual(expect.arrayContaining(['Số: 48/BC-CAQ', 'Hải Phòng, ngày 05 tháng 3 năm 2025']));
    expect(paragraphs).toContain('Đề nghị Công an thành phố hỗ trợ kinh phí nhân rộng mô hình.');
    const from = paragraphs.indexOf('Nơi nhận:');
    expect(paragraphs.slice(from + 1)).toEqual(['- Công an thành phố (PV05);', '- Lưu: VT.', 'TRƯỞNG CÔNG AN QUẬN', 'Phạm Minh Quang']);
  });
});

describe('province report: Hải Phòng, 2024', async () => {
  const { paragraphs } = await openDocx(await provinceReportDocx(haiPhong(), { date: '2025-01-20' }));
  const text = flat(paragraphs);

  it('is issued by the province police in Hải Phòng', () => {
    // The body name is split over two balanced lines in the header.
    expect(paragraphs.slice(0, 3)).toEqual(['CÔNG AN', 'THÀNH PHỐ HẢI PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(paragraphs).toContain('Hải Phòng, ngày 20 tháng 01 năm 2025');
    expect(paragraphs).toContain('BÁO CÁO');
    expect(paragraphs).toContain(subject);
  });

  it('sums the districts in sentences and names those behind', () => {
    expect(text).toContain('Năm 2024, 2 quận, huyện với 21 phường, xã triển khai tổng cộng 2 đợt đánh giá.');
    expect(text).toContain('Có 20/21 phường, xã nộp kế hoạch, trong đó 19 đúng hạn, 18 kế hoạch đã được phê duyệt; 19/21 phường, xã nộp kết quả tự đánh giá');
    expect(text).toContain('Các quận, huyện còn phường, xã chưa nộp kết quả tự đánh giá: quận Kiến An (2).');
    expect(text).toContain('Tổng số 27 lượt khen thưởng, gồm 14 tập thể, 12 cá nhân và 1 hộ gia đình.');
    // Hồng Bàng's review conference was held as the festival day: one event, in both columns.
    expect(text).toContain('Tổ chức 5 hội nghị sơ kết, tổng kết và 2 Ngày hội Toàn dân bảo vệ an ninh Tổ quốc, trong đó 1 hội nghị tổ chức cùng Ngày hội.');
  });

  it('tables the districts with the total and no note, then signs for the police', () => {
    expect(paragraphs).toContain('Quận, huyện');
    expect(paragraphs).toContain('Quận Kiến An');
    expect(paragraphs).toContain('Quận Hồng Bàng');
    const total = paragraphs.indexOf('Tổng cộng');
    expect(paragraphs.slice(total + 1, total + 7)).toEqual(['21', '20', '19', '10', '23', '27']);
    expect(text).not.toContain('Ghi chú');
    const from = paragraphs.indexOf('Nơi nhận:');
    expect(paragraphs.slice(from + 1)).toEqual([
      '- Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an (để b/c);',
      '- UBND thành phố Hải Phòng (để b/c);',
      '- Lưu: VT.',
      'GIÁM ĐỐC',
      nameLine,
    ]);
  });
});

describe('district report: Thành Phố Đồng Hới as the catalogue spells it, 2023', async () => {
  const { paragraphs } = await openDocx(await districtReportDocx(dongHoiDistrict(), { date: '2023-12-31' }));
  const text = flat(paragraphs);

  it('dates it at Đồng Hới and names the city in prose style', () => {
    expect(paragraphs).toContain('Đồng Hới, ngày 31 tháng 12 năm 2023');
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐỒNG HỚI']);
    expect(text).toContain('Ủy ban nhân dân thành phố Đồng Hới báo cáo kết quả thực hiện phong trào năm 2023 trên địa bàn thành phố Đồng Hới như sau:');
    expect(text).toContain('Toàn thành phố Đồng Hới');
    expect(paragraphs).toContain('Phường Đức Ninh Đông');
    expect(text).not.toContain('Thành Phố');
  });

  it('names each campaign’s criteria set once with its count', () => {
    expect(text).toContain('- Đợt “Xây dựng phường điển hình năm 2023” ((Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí): ');
    expect(text).toContain('- Đợt “Công an phường điển hình kiểu mẫu 2023” (Bộ tiêu chí Công an phường điển hình kiểu mẫu, 22 tiêu chí): ');
    expect(text).not.toMatch(/34 tiêu chí, 34 tiêu chí|22 tiêu chí, 22 tiêu chí/);
  });

  it('leaves out or rewords empty figures', () => {
    // The sentences of sections I to IV; the table after them shows zeros as numbers.
    const prose = flat(paragraphs.slice(paragraphs.indexOf('I. KẾ HOẠCH VÀ TỰ ĐÁNH GIÁ'), paragraphs.indexOf('Kết quả cụ thể theo phường, xã')));
    expect(prose).toContain('IV. CÔNG TÁC KHEN THƯỞNG');
    expect(prose).not.toMatch(/(^|[^\d.,/])0\b/);
    expect(text).toContain('có 15/15 phường, xã nộp kế hoạch, trong đó 12 đúng hạn; chưa có phường, xã nào nộp kết quả tự đánh giá.');
    expect(text).toContain('chưa có phường, xã nào nộp kế hoạch và kết quả tự đánh giá.');
    expect(text).toContain('Xây dựng, duy trì 4 mô hình, điển hình về bảo vệ an ninh, trật tự.');
    expect(text).not.toContain('ký cam kết');
    expect(text).toContain('Tổ chức 1 diễn đàn; tiếp nhận 3 ý kiến, kiến nghị của Nhân dân, đã giải quyết 3 ý kiến (đạt 100%).');
    expect(text).toContain('Trong năm chưa ghi nhận hoạt động nào theo chương trình phối hợp giữa lực lượng Công an với Mặt trận Tổ quốc và các đoàn thể.');
    expect(text).toContain('Năm 2023, chưa ghi nhận trường hợp nào được khen thưởng.');
  });
});

describe('province report of a year with nothing recorded', async () => {
  const { paragraphs } = await openDocx(await provinceReportDocx(emptyProvince(), { date: '2024-01-05' }));
  const text = flat(paragraphs);

  it('prints no sentence about zero and keeps a line for the signer’s name', () => {
    expect(paragraphs).toContain('Thành phố Đồng Hới');
    expect(text).not.toContain('Triển khai 0 hoạt động');
    expect(text).not.toContain('0 báo cáo liên tịch');
    const prose = flat(paragraphs.slice(paragraphs.indexOf('I. KẾ HOẠCH VÀ TỰ ĐÁNH GIÁ'), paragraphs.indexOf('Kết quả cụ thể theo quận, huyện')));
    expect(prose).toContain('IV. CÔNG TÁC KHEN THƯỞNG');
    expect(prose).not.toMatch(/(^|[^\d.,/])0\b/);
    expect(text).toContain('Năm 2023, các quận, huyện chưa triển khai đợt đánh giá nào.');
    expect(text).toContain('Trong năm chưa ghi nhận mô hình, lượt ký cam kết, diễn đàn hay hội nghị sơ kết, tổng kết nào.');
    expect(text).toContain('Trong năm chưa ghi nhận hoạt động nào theo chương trình phối hợp');
    expect(paragraphs.slice(-2)).toEqual(['GIÁM ĐỐC', nameLine]);
  });

  it('signs with the name when it is given', async () => {
    const named = await openDocx(await provinceReportDocx(emptyProvince(), { date: '2024-01-05', signer: { title: 'Giám đốc', name: 'Trần Văn Hòa' } }));
    expect(named.paragraphs.slice(-2)).toEqual(['GIÁM ĐỐC', 'Trần Văn Hòa']);
  });
});
