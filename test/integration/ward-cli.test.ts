import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The ward CLI as a ward's tool runs it: a separate process, over HTTP, against the running API.
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let api: TestApi;
let baseUrl: string;
let close: () => void;
let campaignId: string;
const configDir = mkdtempSync(join(tmpdir(), 'antq-cli-'));

function antq(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', join(root, 'packages/client/src/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ANTQ_CONFIG_DIR: configDir, ANTQ_PASSWORD: 'Antq@2025' },
  }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );
}

beforeAll(async () => {
  api = await createTestApi();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  const coordinator = api.callerAs('dieuphoi.donghoi');
  const sample34 = (await coordinator.criteria.list()).find((c) => c.criteriaCount === 34)!;
  const created = await coordinator.campaigns.create({
    name: 'Xây dựng phường điển hình về phong trào toàn dân bảo vệ ANTQ năm 2023',
    catalogueId: sample34.catalogueId,
    catalogueVersion: 1,
    periodStart: day(-30),
    periodEnd: day(300),
    planDeadline: day(30),
    assessmentDeadline: day(200),
    wardIds: [],
    idempotencyKey: key(),
  });
  campaignId = (await coordinator.campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() })).campaignId;
});
afterAll(() => close?.());

describe('the ward CLI', () => {
  it('refuses a wrong password with the server message', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'packages/client/src/cli.ts'), 'sign-in', '--url', baseUrl, '--user', 'phuong.ducninhdong'], {
      cwd: root,
      env: { ...process.env, ANTQ_CONFIG_DIR: configDir, ANTQ_PASSWORD: 'sai' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code?: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('signs in, submits the example plan and the example self-assessment, and reports the status', async () => {
    expect((await antq('sign-in', '--url', baseUrl, '--user', 'phuong.ducninhdong')).out).toContain('Đã đăng nhập phuong.ducninhdong');
    const plan = await antq('submit-plan', 'packages/client/examples/ke-hoach-duc-ninh-dong.json', '--campaign', campaignId);
    expect(plan).toEqual({ code: 0, out: expect.stringContaining('Đã gửi kế hoạch (lần 1)') });
    const assessment = await antq('submit-assessment', 'packages/client/examples/tu-danh-gia-34-tieu-chi.json', '--campaign', campaignId);
    expect(assessment.out).toContain('Đã gửi tự đánh giá 34 tiêu chí');
    const status = await antq('status');
    expect(status.out).toContain('Kế hoạch: Chờ duyệt');
    expect(status.out).toContain('Tự đánh giá: Chờ duyệt');

    const { summary } = await api.callerAs('dieuphoi.donghoi').campaigns.dashboard({ campaignId });
    expect(summary.wards['18880']!.assessment).toMatchObject({ selfMet: 28, maxScore: 34 });
    const { plan: stored } = await api.callerAs('dieuphoi.donghoi').plans.get({ campaignId, wardId: '18880' });
    expect(stored.content.legalReferences[0]!.number).toBe('15-NQ/ĐU');
  });

  it('explains what is wrong with a bad file, field by field', async () => {
    const r = await antq('submit-plan', 'packages/client/examples/tu-danh-gia-34-tieu-chi.json', '--campaign', campaignId);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tệp không đúng cấu trúc');
  });

  it('submits movement records in bulk; running the same file again creates nothing twice', async () => {
    const first = await antq('submit-records', 'packages/client/examples/hoat-dong-duc-ninh-dong.json');
    expect(first).toEqual({ code: 0, out: expect.stringContaining('1 diễn đàn') });
    const again = await antq('submit-records', 'packages/client/examples/hoat-dong-duc-ninh-dong.json');
    expect(again.code).toBe(0);
    const figures = await api.callerAs('dieuphoi.donghoi').records.summary({ year: 2023 });
    expect(figures.wards['18880']).toMatchObject({ models: 1, commitments: 1, signatories: 31, forums: 1, opinionsReceived: 2, opinionsResolved: 2, festivals: 1 });
  });

  it('sends award nominations from a file once, however often it runs, and shows where they stand', async () => {
    const first = await antq('submit-nominations', 'packages/client/examples/de-nghi-khen-thuong-duc-ninh-dong.json');
    expect(first).toEqual({ code: 0, out: expect.stringContaining('Cá nhân Nguyễn Thị Hoa: Chờ xét') });
    expect((await antq('submit-nominations', 'packages/client/examples/de-nghi-khen-thuong-duc-ninh-dong.json')).code).toBe(0);
    const district = api.callerAs('dieuphoi.donghoi');
    const sent = (await district.awards.nominations.list()).filter((n) => n.fields.wardId === '18880');
    expect(sent.map((n) => n.status)).toEqual(['submitted', 'submitted']);
    const hoa = sent.find((n) => n.fields.recipient.name === 'Nguyễn Thị Hoa')!;
    await district.awards.nominations.act({ nominationId: hoa.nominationId, action: 'return', reason: 'Bổ sung báo cáo thành tích có xác nhận', expectedVersion: hoa.version, idempotencyKey: key() });
    const status = await antq('nominations');
    expect(status.out).toContain('Bị trả lại');
    expect(status.out).toContain('Lý do trả lại: Bổ sung báo cáo thành tích có xác nhận');
  });

  it('writes the XLSX template that submit-assessment reads back', async () => {
    const out = join(configDir, 'mau.xlsx');
    expect((await antq('assessment-template', '--campaign', campaignId, '--out', out)).out).toContain('Đã ghi mẫu');
    const r = await antq('submit-assessment', out, '--campaign', campaignId);
    // The blank template has no results: a clear refusal, not a crash. (The plan is under review, the assessment too.)
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Chưa có tiêu chí nào/);
  });
});
