import type { DecisionFields, NominationFields } from '@antq/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The pull API's files: the provincial and district reports as XLSX and DOCX, and an award
// decision by id as DOCX and XLSX, over HTTP with the console's bearer token, scoped like JSON.
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = 2023;
let api: TestApi;
let kienAnDecision: string;
let dongSonDecision: string;

async function get(path: string, username?: string, accept?: string) {
  const headers = { ...(username && { authorization: `Bearer ${await api.tokenFor(username)}` }), ...(accept && { accept }) };
  return api.app.request(path, { headers });
}

/** The paragraphs of a DOCX as a reader sees them (runs joined). */
async function docxParagraphs(res: Response): Promise<string[]> {
  const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"')).join(''))
    .filter(Boolean);
}

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as never);
  return book;
}

const nominee = (recipient: NominationFields['recipient'], subject: NominationFields['achievement']['subject'], formCode: string, wardId?: string): NominationFields => ({
  ...(wardId && { wardId }),
  recipient,
  achievement: { summary: 'Thành tích xuất sắc', subject },
  proposedFormCode: formCode,
  attachments: [],
});

async function decide(coordinator: string, nominations: NominationFields[], fields: Omit<DecisionFields, 'lines'>, formCode: string): Promise<string> {
  const caller = api.callerAs(coordinator);
  const ids: string[] = [];
  for (const n of nominations) {
    const saved = await caller.awards.nominations.save({ fields: n, expectedVersion: 0, idempotencyKey: key() });
    const sent = await caller.awards.nominations.act({ nominationId: saved.nominationId, action: 'submit', expectedVersion: saved.version, idempotencyKey: key() });
    await caller.awards.nominations.act({ nominationId: saved.nominationId, action: 'accept', expectedVersion: sent.version, idempotencyKey: key() });
    ids.push(saved.nominationId);
  }
  const decision = await caller.awards.decisions.create({
    fields: { ...fields, lines: ids.map((nominationId) => ({ nominationId, formCode })) },
    idempotencyKey: key(),
  });
  return decision.decisionId;
}

beforeAll(async () => {
  api = await createTestApi();
  const p09 = { type: 'programme' as const, label: '09/CTr-BCA-MTTW', fromYear: 2013, toYear: 2023 };
  const district = 'giay-khen-chu-tich-ubnd-huyen';
  kienAnDecision = await decide(
    'dieuphoi.kienan',
    [
      nominee({ kind: 'collective', name: 'Công an phường Bắc Sơn' }, p09, district, '11434'),
      nominee({ kind: 'collective', name: 'Ủy ban MTTQ phường Văn Đẩu' }, p09, district, '11446'),
      nominee({ kind: 'individual', name: 'Nguyễn Văn Hùng', position: 'Trưởng Công an phường', unit: 'Công an phường Bắc Sơn' }, p09, district, '11434'),
    ],
    { authorityLevel: 'district', issuingBody: 'Ủy ban nhân dân quận Kiến An', number: '215/QĐ-UBND', date: '2023-05-30', place: 'Kiến An', signer: { name: 'Nguyễn Văn Thành', title: 'Chủ tịch' } },
    district,
  );
  const review = { type: 'conference' as const, label: 'Hội nghị tổng kết 10 năm phong trào toàn dân bảo vệ ANTQ phường Đông Sơn (2009–2019)', fromYear: 2009, toYear: 2019 };
  const ward = 'giay-khen-chu-tich-ubnd-xa';
  dongSonDecision = await decide(
    'dieuphoi.thanhhoa',
    [
      nominee({ kind: 'collective', name: 'Công an phường Đông Sơn', collectiveType: 'Công an phường' }, review, ward, '14785'),
      nominee({ kind: 'individual', name: 'Lê Văn Thành', birthYear: 1976, position: 'Trưởng Công an phường', unit: 'Công an phường Đông Sơn' }, review, ward, '14785'),
    ],
    { authorityLevel: 'ward', issuingBody: 'UBND phường Đông Sơn', number: '85/QĐ-UBND', date: '2019-08-28', place: 'Đông Sơn', signer: { name: 'Nguyễn Đình Tuấn', title: 'Chủ tịch' } },
    ward,
  );
});

describe('reports as files', () => {
  it('answers the provincial report as XLSX that opens, named in Vietnamese', async () => {
    const res = await get(`/api/v1/provinces/31/report?year=${YEAR}&format=xlsx`, 'tinh.haiphong');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toContain('attachment; filename="bao-cao-tong-hop-thanh-pho-hai-phong-nam-2023.xlsx"');
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe('Báo cáo tổng hợp Thành phố Hải Phòng năm 2023.xlsx');
    const book = await workbook(res);
    expect(book.worksheets[0]!.name).toBe('Tổng hợp');
    const names = book.worksheets[0]!.getColumn(2).values.map(String);
    expect(names).toEqual(expect.arrayContaining(['Quận Hồng Bàng', 'Quận Kiến An']));
  });

  it('answers the provincial report as DOCX with no sentence about zero and a line for the signer', async () => {
    const res = await get(`/api/v1/provinces/31/report?year=${YEAR}`, 'tinh.haiphong', DOCX);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toContain('.docx');
    const paragraphs = await docxParagraphs(res);
    expect(paragraphs.slice(0, 2)).toEqual(['CÔNG AN', 'THÀNH PHỐ HẢI PHÒNG']);
    expect(paragraphs).toContain('BÁO CÁO');
    const text = paragraphs.join(' ');
    expect(text).not.toContain('Triển khai 0 hoạt động');
    expect(text).not.toContain('0 báo cáo liên tịch');
    expect(paragraphs.at(-1)).toMatch(/^\.{20,}$/);
  });

  it("answers a district's report as XLSX and DOCX for its coordinator and its province", async () => {
    const xlsx = await get(`/api/v1/districts/307/report?year=${YEAR}&format=xlsx`, 'dieuphoi.kienan');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect((await workbook(xlsx)).worksheets.map((s) => s.name)).toContain('Phường, xã');
    const docx = await get(`/api/v1/districts/307/report?year=${YEAR}&format=docx`, 'tinh.haiphong');
    expect(docx.status).toBe(200);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'QUẬN KIẾN AN']);
    expect(paragraphs.some((p) => /^Kiến An, ngày \d{2} tháng \d{1,2} năm 20\d{2}$/.test(p))).toBe(true);
    expect(paragraphs.join(' ')).toContain('Tổng số 3 lượt khen thưởng, gồm 2 tập thể và 1 cá nhân.');
  });

  it('keeps the scope of JSON: no token 401, another province or district 404', async () => {
    expect((await get(`/api/v1/provinces/31/report?year=${YEAR}&format=docx`)).status).toBe(401);
    expect((await get(`/api/v1/districts/307/report?year=${YEAR}&format=xlsx`)).status).toBe(401);
    expect((await get(`/api/v1/provinces/44/report?year=${YEAR}&format=docx`, 'tinh.haiphong')).status).toBe(404);
    expect((await get(`/api/v1/districts/450/report?year=${YEAR}&format=xlsx`, 'tinh.haiphong')).status).toBe(404);
    expect((await get(`/api/v1/districts/303/report?year=${YEAR}&format=docx`, 'dieuphoi.kienan')).status).toBe(404);
    const officer = await get(`/api/v1/districts/307/report?year=${YEAR}&format=docx`, 'phuong.ducninhdong');
    expect(officer.status).toBe(404);
    expect(officer.headers.get('content-type')).toContain('application/json');
    const bad = await get(`/api/v1/provinces/31/report?year=${YEAR}&format=pdf`, 'tinh.haiphong');
    expect(bad.status).toBe(400);
  });
});

describe('an award decision by id', () => {
  it("answers Kiến An's 215/QĐ-UBND as DOCX naming the district chair's Giấy khen", async () => {
    const res = await get(`/api/v1/districts/307/decisions/${kienAnDecision}?format=docx`, 'dieuphoi.kienan');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toContain('filename="quyet-dinh-215-qd-ubnd.docx"');
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe('Quyết định 215-QĐ-UBND.docx');
    const paragraphs = await docxParagraphs(res);
    const text = paragraphs.join(' ');
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'QUẬN KIẾN AN']);
    expect(paragraphs).toContain('Số: 215/QĐ-UBND');
    expect(paragraphs).toContain('Kiến An, ngày 30 tháng 5 năm 2023');
    expect(text).toContain(
      'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An cho 2 tập thể và 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013–2023.',
    );
    expect(paragraphs).toContain('TẬP THỂ VÀ CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN');
    expect(text).not.toContain('quận/huyện');
    expect(paragraphs).toContain('Nguyễn Văn Thành');
  });

  it("answers Đông Sơn's 85/QĐ-UBND by the ward chair as DOCX and its list as XLSX", async () => {
    const docx = await get(`/api/v1/districts/380/decisions/${dongSonDecision}?format=docx`, 'dieuphoi.thanhhoa');
    expect(docx.status).toBe(200);
    const text = (await docxParagraphs(docx)).join(' ');
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG SƠN');
    expect(text).toContain('Đông Sơn, ngày 28 tháng 8 năm 2019');
    expect(text).toContain('Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Đông Sơn cho 1 tập thể và 1 cá nhân');
    expect(text).not.toContain('xã/phường');
    const xlsx = await get(`/api/v1/districts/380/decisions/${dongSonDecision}`, 'dieuphoi.thanhhoa', XLSX);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(decodeURIComponent(xlsx.headers.get('content-disposition')!.split("filename*=UTF-8''")[1]!)).toBe('Danh sách khen thưởng 85-QĐ-UBND.xlsx');
    const sheet = (await workbook(xlsx)).getWorksheet('Danh sách')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['Giấy khen của Chủ tịch Ủy ban nhân dân phường Đông Sơn', 'Công an phường Đông Sơn', 'Phường Đông Sơn']));
  });

  it('answers JSON by default', async () => {
    const res = await get(`/api/v1/districts/307/decisions/${kienAnDecision}`, 'dieuphoi.kienan');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { fields: { number: string } }).fields.number).toBe('215/QĐ-UBND');
  });

  it('is found only in its own district, and never without a token', async () => {
    expect((await get(`/api/v1/districts/307/decisions/${kienAnDecision}?format=docx`)).status).toBe(401);
    // Another district's coordinator, under either district's code.
    expect((await get(`/api/v1/districts/307/decisions/${kienAnDecision}?format=docx`, 'dieuphoi.donghoi')).status).toBe(404);
    expect((await get(`/api/v1/districts/450/decisions/${kienAnDecision}?format=docx`, 'dieuphoi.donghoi')).status).toBe(404);
    // A ward officer of another district, and provincial staff.
    expect((await get(`/api/v1/districts/307/decisions/${kienAnDecision}?format=xlsx`, 'phuong.dongson')).status).toBe(404);
    expect((await get(`/api/v1/districts/307/decisions/${kienAnDecision}?format=docx`, 'tinh.haiphong')).status).toBe(404);
    expect((await get(`/api/v1/districts/380/decisions/${kienAnDecision}?format=docx`, 'dieuphoi.thanhhoa')).status).toBe(404);
  });
});
