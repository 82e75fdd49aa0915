import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentBytes, officialDocument, type OfficialDocumentSpec } from './index.js';
import { headingLines } from './layout.js';
import { recipientLines } from './signature.js';
import { openDocx } from './test-docx.js';

const spec: OfficialDocumentSpec = {
  issuingBody: 'Công an quận Kiến An',
  number: 'Số: 48/BC-CAQ',
  place: 'Kiến An',
  date: '2024-01-08',
  kind: 'Báo cáo',
  subject: 'Kết quả phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023',
  body: [
    { kind: 'heading', text: 'I. Kết quả' },
    { kind: 'paragraph', text: [{ text: 'Tổng số ', bold: false }, { text: '10 phường', bold: true }, { text: ' đã tự đánh giá.' }] },
    { kind: 'table', header: ['Phường', 'Điểm'], rows: [['Bắc Sơn', 92], ['Lãm Hà', 88]] },
    { kind: 'table', header: ['Xếp loại', 'Số phường'], rows: [['Khá', 6]] },
  ],
  signer: { title: 'Trưởng Công an quận', name: 'Phạm Minh Quang' },
  recipients: ['- Công an thành phố;', 'Lưu: VT, CAQ.'],
};

describe('official document layout', async () => {
  const { documentXml, paragraphs } = await openDocx(await documentBytes(officialDocument(spec)));

  it('keeps a "Số:" prefix given by the caller and prints the kind in capitals', () => {
    expect(paragraphs).toContain('Số: 48/BC-CAQ');
    expect(paragraphs).toContain('Kiến An, ngày 08 tháng 01 năm 2024');
    expect(paragraphs).toContain('BÁO CÁO');
    expect(paragraphs).toContain('CÔNG AN QUẬN KIẾN AN');
    expect(paragraphs).toContain('TRƯỞNG CÔNG AN QUẬN');
  });

  it('renders headings, mixed runs and tables, keeping adjacent tables apart', () => {
    expect(paragraphs).toContain('Tổng số 10 phường đã tự đánh giá.');
    expect(paragraphs).toEqual(expect.arrayContaining(['Phường', 'Điểm', 'Bắc Sơn', '92', 'Xếp loại', 'Khá']));
    // header table, signature table and the two body tables
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(4);
    expect(documentXml).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it('ends the recipients with the archive entry given by the caller', () => {
    const from = paragraphs.indexOf('Nơi nhận:');
    expect(paragraphs.slice(from + 1)).toEqual(['- Công an thành phố;', '- Lưu: VT, CAQ.', 'TRƯỞNG CÔNG AN QUẬN', 'Phạm Minh Quang']);
  });
});

describe('layout helpers', () => {
  it('adds "Lưu: VT." last when the caller did not', () => {
    expect(recipientLines(['Như Điều 3', 'UBND thành phố;'])).toEqual(['- Như Điều 3;', '- UBND thành phố;', '- Lưu: VT.']);
    expect(recipientLines(['Lưu: VT', 'Như Điều 3'])).toEqual(['- Như Điều 3;', '- Lưu: VT.']);
  });

  it('breaks a long body name into balanced lines and leaves a short one alone', () => {
    expect(headingLines('ỦY BAN NHÂN DÂN QUẬN KIẾN AN', 3685, 12, true)).toEqual(['ỦY BAN NHÂN DÂN', 'QUẬN KIẾN AN']);
    expect(headingLines('CÔNG AN QUẬN KIẾN AN', 3685, 12, true)).toEqual(['CÔNG AN QUẬN KIẾN AN']);
    expect(headingLines('CÔNG AN THÀNH PHỐ HẢI PHÒNG', 3685, 12, true)).toEqual(['CÔNG AN', 'THÀNH PHỐ HẢI PHÒNG']);
    expect(headingLines('BAN CHỈ ĐẠO\nPHONG TRÀO', 3685, 12, true)).toEqual(['BAN CHỈ ĐẠO', 'PHONG TRÀO']);
  });

  it('imports no Node built-ins, so the console can load the package in the browser', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-'));
    expect(sources).toContain('official.ts');
    for (const file of sources) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/from '(node:|fs|path|buffer|stream)/);
  });
});
