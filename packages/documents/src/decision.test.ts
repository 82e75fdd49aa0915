import { describe, expect, it } from 'vitest';
import { awardDecisionDocx, type DecisionDocumentInput } from './index.js';
import { openDocx } from './test-docx.js';
import { collectiveNames, dongSonDecision, formCode, individualNames, kienAnDecision, revokedName } from './test-fixtures.js';

const flat = (paragraphs: string[]) => paragraphs.join(' ').replace(/\s+/g, ' ');

describe('award decision: Kiến An, 215/QĐ-UBND', async () => {
  const bytes = await awardDecisionDocx(kienAnDecision());
  const { documentXml, stylesXml, paragraphs } = await openDocx(bytes);
  const text = flat(paragraphs);
  const annexStart = paragraphs.indexOf('DANH SÁCH');
  const annex = paragraphs.slice(annexStart);

  it('returns the bytes of a zip package', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it('has the national header, the issuer in capitals, the number verbatim and the place and date', () => {
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'QUẬN KIẾN AN']);
    expect(paragraphs).toContain('Số: 215/QĐ-UBND');
    expect(paragraphs).toContain('Kiến An, ngày 30 tháng 5 năm 2023');
  });

  it('has the title, subject, authority, grounds in force in 2023 and the three articles', () => {
    const title = paragraphs.indexOf('QUYẾT ĐỊNH');
    expect(title).toBeGreaterThan(paragraphs.indexOf('Kiến An, ngày 30 tháng 5 năm 2023'));
    expect(paragraphs[title + 1]).toMatch(/^Về việc khen thưởng tập thể và cá nhân đã có thành tích xuất sắc trong 10 năm/);
    expect(paragraphs).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003');
    expect(text).not.toContain('06/2022/QH15'); // not yet in force on 30/5/2023
    expect(text).not.toContain('quận/huyện');
    expect(paragraphs).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain(
      'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An cho 12 tập thể và 10 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc',
    );
    expect(text).toContain('Điều 2.');
    expect(text).toMatch(/Điều 3\. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận Kiến An, .* các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\./);
  });

  it('signs as the chair and lists the recipients, archive last', () => {
    expect(paragraphs).toContain('CHỦ TỊCH');
    expect(paragraphs).toContain('Nguyễn Văn Thành');
    const from = paragraphs.indexOf('Nơi nhận:');
    expect(from).toBeGreaterThan(0);
    expect(paragraphs.slice(from + 1, from + 6)).toEqual([
      '- Như Điều 3;',
      '- UBND thành phố (để b/c);',
      '- Công an thành phố (để b/c);',
      '- Ban Thi đua - Khen thưởng thành phố;',
      '- Lưu: VT.',
    ]);
    expect(from).toBeLessThan(annexStart);
  });

  it('lists every recipient in the annex, which starts on a new page, and marks the revoked award', () => {
    expect(annexStart).toBeGreaterThan(paragraphs.indexOf('Nơi nhận:'));
    expect(documentXml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*DANH SÁCH/s);
    expect(flat(annex)).toContain(
      '(Kèm theo Quyết định số 215/QĐ-UBND ngày 30 tháng 5 năm 2023 của Chủ tịch Ủy ban nhân dân quận Kiến An)',
    );
    expect(annex[1]).toBe('TẬP THỂ VÀ CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN');
    expect(annex).toContain('I. Tập thể (12 tập thể)');
    expect(annex).toContain('II. Cá nhân (10 cá nhân)');
    for (const name of [...collectiveNames, ...individualNames.filter((n) => n !== revokedName)]) expect(annex).toContain(name);
    expect(annex).toContain(`${revokedName} (đã thu hồi theo QĐ số 312/QĐ-UBND ngày 15/9/2023)`);
    expect(annex).toContain('Phó Trưởng Công an phường, Công an phường Lãm Hà');
    expect(annex.filter((p) => p.includes('đã thu hồi'))).toHaveLength(1);
  });

  it('is A4 portrait in Times New Roman with the decree margins', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1]!;
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(stylesXml).toMatch(/<w:rPrDefault>.*w:ascii="Times New Roman".*<\/w:rPrDefault>/s);
    expect(stylesXml).toMatch(/<w:rPrDefault>.*<w:sz w:val="28"\/>.*<\/w:rPrDefault>/s);
  });
});

describe('award decision variants', () => {
  const withFields = (change: Partial<DecisionDocumentInput['decision']['fields']>): DecisionDocumentInput => {
    const input = kienAnDecision();
    return { ...input, decision: { ...input.decision, fields: { ...input.decision.fields, ...change } } };
  };

  it('signs "KT." for a deputy and still names the chair as the authority', async () => {
    const { paragraphs } = await openDocx(await awardDecisionDocx(withFields({ signer: { name: 'Lê Văn Bình', title: 'Phó Chủ tịch' } })));
    const at = paragraphs.indexOf('KT. CHỦ TỊCH');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at, at + 3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Bình']);
    expect(paragraphs).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN');
  });

  it('cites Law 06/2022/QH15 and Decree 98/2023/NĐ-CP from 2024, with the proposal last', async () => {
    const input = { ...withFields({ date: '2024-03-05' }), proposedBy: 'Trưởng phòng Nội vụ quận' };
    const { paragraphs } = await openDocx(await awardDecisionDocx(input));
    const text = flat(paragraphs);
    expect(paragraphs).toContain('Kiến An, ngày 05 tháng 3 năm 2024');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP');
    expect(text).not.toContain('91/2017/NĐ-CP');
    expect(paragraphs).toContain('Xét đề nghị của Trưởng phòng Nội vụ quận.');
  });

  it('splits the articles and the annex per form when several forms are awarded', async () => {
    const input = kienAnDecision();
    input.forms.push({ code: 'gia-dinh-van-hoa', name: 'Danh hiệu “Gia đình văn hóa”' });
    input.decision.lines.push({
      outcomeId: 'o-h1',
      nominationId: 'n-h1',
      formCode: 'gia-dinh-van-hoa',
      recipient: { kind: 'household', name: 'Hộ ông Trịnh Văn Sơn', address: 'Tổ dân phố số 4, phường Bắc Sơn' },
    });
    const { paragraphs } = await openDocx(await awardDecisionDocx(input));
    const text = flat(paragraphs);
    expect(text).toContain('Điều 1. Khen thưởng 12 tập thể, 10 cá nhân và 1 hộ gia đình (có danh sách kèm theo)');
    expect(paragraphs).toContain('1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An cho 12 tập thể và 10 cá nhân;');
    expect(paragraphs).toContain('2. Tặng Danh hiệu “Gia đình văn hóa” cho 1 hộ gia đình.');
    expect(paragraphs).toContain('I. GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN');
    expect(paragraphs).toContain('II. DANH HIỆU “GIA ĐÌNH VĂN HÓA”');
    expect(paragraphs).toContain('Hộ ông Trịnh Văn Sơn');
    expect(paragraphs).toContain('Tổ dân phố số 4, phường Bắc Sơn');
  });

  it('refuses a line whose form has no name', async () => {
    const input = kienAnDecision();
    input.forms = input.forms.filter((f) => f.code !== formCode);
    await expect(awardDecisionDocx(input)).rejects.toThrow(formCode);
  });
});

describe('award decision: Phường Đông Sơn, 85/QĐ-UBND of 28/8/2019 by the ward chair', async () => {
  const { paragraphs } = await openDocx(await awardDecisionDocx(dongSonDecision()));
  const text = flat(paragraphs);
  const annex = paragraphs.slice(paragraphs.indexOf('DANH SÁCH'));

  it("heads it with the ward's committee alone, dated at Đông Sơn", () => {
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG SƠN']);
    expect(text).not.toContain('THÀNH PHỐ THANH HÓA');
    expect(paragraphs).toContain('Số: 85/QĐ-UBND');
    expect(paragraphs).toContain('Đông Sơn, ngày 28 tháng 8 năm 2019');
    expect(paragraphs).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG SƠN');
  });

  it("names the ward chair's Giấy khen in Điều 1 and the annex, never the generic form", () => {
    expect(text).toContain('Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Đông Sơn cho 6 tập thể và 31 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc, được biểu dương tại Hội nghị tổng kết 10 năm');
    expect(text).toMatch(/Điều 3\. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đông Sơn, /);
    expect(annex[1]).toBe('TẬP THỂ VÀ CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG SƠN');
    expect(flat(annex)).toContain('(Kèm theo Quyết định số 85/QĐ-UBND ngày 28 tháng 8 năm 2019 của Chủ tịch Ủy ban nhân dân phường Đông Sơn)');
    expect(text).not.toContain('xã/phường');
    expect(text).not.toContain('UBND Phường');
    expect(annex).toContain('II. Cá nhân (31 cá nhân)');
    expect(annex).toContain('Lê Văn Thành');
  });

  it('signs as the ward chair', () => {
    const at = paragraphs.lastIndexOf('CHỦ TỊCH');
    expect(paragraphs.slice(at, at + 2)).toEqual(['CHỦ TỊCH', 'Nguyễn Đình Tuấn']);
  });
});

describe('award decision of a city registered as the catalogue spells it', () => {
  it('writes "thành phố Đồng Hới" in prose and dates it "Đồng Hới, ngày …"', async () => {
    const input = kienAnDecision();
    input.decision.fields = { ...input.decision.fields, issuingBody: 'Ủy ban nhân dân Thành Phố Đồng Hới', place: 'Thành Phố Đồng Hới', number: '120/QĐ-UBND', date: '2023-12-31' };
    const { paragraphs } = await openDocx(await awardDecisionDocx(input));
    const text = flat(paragraphs);
    expect(paragraphs).toContain('Đồng Hới, ngày 31 tháng 12 năm 2023');
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐỒNG HỚI']);
    expect(text).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân thành phố Đồng Hới cho 12 tập thể');
    expect(text).toContain('Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Đồng Hới');
    expect(text).not.toContain('Thành Phố');
  });
});
