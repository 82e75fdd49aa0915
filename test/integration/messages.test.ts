import { beforeAll, describe, expect, it } from 'vitest';
import { key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// Every message a person reads names the field in plain Vietnamese, and tRPC's own English
// answers (truncated JSON, a misspelt procedure) come in Vietnamese with a reason code.
let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await createTestApi();
  token = await api.tokenFor('phuong.ducninhdong');
});

const post = (path: string, body: string) =>
  api.app.request(`/trpc/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });

type ErrorBody = { error: { message: string; data: { code: string; reason?: string; httpStatus: number; fieldErrors?: Record<string, string[]> } } };

describe('schema messages', () => {
  it('a forum without a place and with a negative attendance: "Địa điểm: cần nhập", "Số người tham dự không được âm"', async () => {
    const res = await post('records.forums.save', JSON.stringify({ fields: { wardId: '18880', date: '2023-05-10', attendance: -5, opinions: [] }, expectedVersion: 0, idempotencyKey: key() }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data.fieldErrors).toEqual({ 'fields.place': ['Địa điểm: cần nhập'], 'fields.attendance': ['Số người tham dự không được âm'] });
    expect(body.error.message).toBe('Dữ liệu không hợp lệ: Địa điểm: cần nhập; Số người tham dự không được âm');
    expect(body.error.message).not.toMatch(/mong đợi|Đầu vào|Quá nhỏ|fields\./);
  });

  it('with the position of a list item, and no technical path', async () => {
    const opinions = [{ text: 'Đèn đường', handling: 'pending' }, { text: 'Ồn', handling: 'done' }];
    const res = await post('records.forums.save', JSON.stringify({ fields: { wardId: '18880', date: '2023-05-10', place: 'Nhà văn hóa', attendance: 40, opinions }, expectedVersion: 0, idempotencyKey: key() }));
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data.fieldErrors).toEqual({ 'fields.opinions.1.handling': ['Cách xử lý ý kiến không hợp lệ (chọn một trong: pending, accepted, answered)'] });
    expect(body.error.message).toBe('Dữ liệu không hợp lệ: Cách xử lý ý kiến không hợp lệ (chọn một trong: pending, accepted, answered) (ý kiến 2)');
  });
});

describe("tRPC's own errors", () => {
  it('truncated JSON: Vietnamese, with the reason INVALID_JSON', async () => {
    const res = await post('records.forums.save', '{"fields": {"wardId": "18880", "place": "Nhà');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data).toMatchObject({ code: 'PARSE_ERROR', reason: 'INVALID_JSON' });
    expect(body.error.message).toMatch(/^Không đọc được dữ liệu gửi lên: nội dung JSON không hợp lệ hoặc bị cắt cụt/);
    expect(body.error.message).not.toMatch(/Unexpected|JSON input/);
  });

  it('a misspelt procedure: Vietnamese, naming it, with the reason UNKNOWN_PROCEDURE', async () => {
    const res = await post('records.forum.save', '{}');
    expect(res.status).toBe(404);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.data).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_PROCEDURE' });
    expect(body.error.message).toBe('Không có thao tác “records.forum.save” trên máy chủ: kiểm tra lại tên thao tác (mã lỗi UNKNOWN_PROCEDURE).');
    const query = await api.app.request('/trpc/reports.distrct?input=%7B%7D', { headers: { authorization: `Bearer ${token}` } });
    expect(((await query.json()) as ErrorBody).error.message).toContain('“reports.distrct”');
  });
});
