import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createLocalApi, createLogger, freePort, readConfig } from '@antq/api/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { failureOf } from '../support/errors.js';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

/**
 * Faults and limits answered as the user can act on them: an unavailable DynamoDB is a 503 with
 * Retry-After within its deadline (never a 500, never a hang), a body past the limit a 413, an
 * unknown API path a JSON 404. DynamoDB "gone" is a closed port; "frozen" a socket that accepts and
 * never answers (both real TCP on loopback, no mock).
 */
let api: TestApi;
let frozen: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  api = await createTestApi();
  frozen = createServer((socket) => sockets.push(socket)); // accepts, reads, never answers
  await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  sockets.forEach((s) => s.destroy());
  frozen?.close();
});

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function apiOn(endpoint: string, timeoutMs: number) {
  const config = readConfig({ DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: api.tableName, DYNAMODB_TIMEOUT_MS: String(timeoutMs) });
  return createLocalApi(config, { log: createLogger('silent') });
}

describe('DynamoDB unavailable', () => {
  it('gone (connection refused): /health answers, /health/ready and every request say 503 with Retry-After', async () => {
    const { app, issuer } = await apiOn(`http://127.0.0.1:${await freePort()}`, 1_000);
    expect((await app.request('/health')).status).toBe(200);
    const ready = await app.request('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(await ready.json()).toEqual({ status: 'unavailable', dynamodb: 'unavailable' });

    const signIn = await app.request('/auth/sign-in', json({ username: 'phuong.ducninhdong', password: 'Antq@2025' }));
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('5');
    expect(((await signIn.json()) as { error: { message: string } }).error.message).toBe(
      'Hệ thống tạm thời không kết nối được tới cơ sở dữ liệu hoặc dịch vụ xác thực. Vui lòng thử lại sau ít phút.',
    );
    const { token } = await issuer.issue({ username: 'phuong.ducninhdong', displayName: 'x', roles: ['ward_officer'], tenantId: '450', wardId: '18880', provinceId: '44' });
    const query = await app.request('/trpc/wards.list', { headers: { authorization: `Bearer ${token}` } });
    expect(query.status).toBe(503);
  });

  it('frozen (accepts, never answers): answered 503 within the deadline, not held until the Lambda dies', async () => {
    const { app } = await apiOn(`http://127.0.0.1:${(frozen.address() as AddressInfo).port}`, 300);
    const started = performance.now();
    const res = await app.request('/auth/sign-in', json({ username: 'phuong.ducninhdong', password: 'Antq@2025' }));
    const ms = performance.now() - started;
    expect(res.status).toBe(503);
    // Three attempts of 300 ms each plus the SDK's backoff: seconds, not the freeze's length.
    expect(ms).toBeLessThan(5_000);
  });

  it('back again: the same API answers normally once DynamoDB does', async () => {
    const res = await api.app.request('/auth/sign-in', json({ username: 'phuong.ducninhdong', password: 'Antq@2025' }));
    expect(res.status).toBe(200);
    expect((await api.app.request('/health/ready')).status).toBe(200);
  });
});

describe('limits and unknown paths', () => {
  it('a body past the limit is refused with 413 and a Vietnamese message, before it is read whole', async () => {
    const big = await api.app.request('/auth/sign-in', json({ username: 'x', password: 'p'.repeat(64 * 1024) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên vượt quá giới hạn 16 KB.' } });
    const token = await api.tokenFor('phuong.ducninhdong');
    const huge = await api.app.request('/trpc/plans.save', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it("a plan past DynamoDB's 400 KB item limit is a 413 that says so, never a 500 or \"try again\", and nothing is written", async () => {
    const c = api.callerAs('dieuphoi.donghoi');
    const cat = await c.criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
    const camp = await c.campaigns.create({ name: 'Kế hoạch rất dài', catalogueId: cat.catalogueId, catalogueVersion: 1, periodStart: day(-3), periodEnd: day(300), planDeadline: day(30), assessmentDeadline: day(60), wardIds: [], idempotencyKey: key() });
    await c.campaigns.act({ campaignId: camp.campaignId, action: 'open', expectedVersion: camp.version, idempotencyKey: key() });
    // 200 activities with long texts: about 600 KB of plan, within the 1 MB body limit and every field's own limit.
    const activities = Array.from({ length: 200 }, (_, i) => ({ title: `${'Hoạt động tuyên truyền '.repeat(20)}${i}`, ownerOrganisation: 'Công an phường', dueDate: '2026-06-30', description: 'Mô tả chi tiết '.repeat(130) }));
    const at = { campaignId: camp.campaignId, wardId: '18880' };
    const r = await failureOf(api.callerAs('phuong.ducninhdong').plans.save({ ...at, content: { legalReferences: [], activities, targets: [] }, expectedVersion: 0, idempotencyKey: key() }));
    expect(r).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Hồ sơ vượt quá kích thước tối đa của một bản ghi (400 KB). Vui lòng rút gọn nội dung hoặc chia thành nhiều hồ sơ.' });
    expect((await api.callerAs('phuong.ducninhdong').plans.get(at)).plan.version).toBe(0);
  });

  it('an unknown API or auth path is a JSON 404, never the console page', async () => {
    const res = await api.app.request('/api/v1/khong-co');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không có địa chỉ /api/v1/khong-co trong API.' } });
    expect((await api.app.request('/auth/khong-co', json({}))).status).toBe(404);
  });
});
