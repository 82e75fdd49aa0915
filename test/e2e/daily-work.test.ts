import { createAntqClient, signIn as apiSignIn } from '@antq/client';
import type { PlanContent } from '@antq/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations, signIn } from '../support/browser.js';

// The console for daily work, at a desktop's size and a phone's. In Thành phố Vinh (which the
// demo leaves without campaigns) the coordinator opens three campaigns on the 22-criteria sample;
// Phường Nghi Hương sends a plan to each (the first is returned with a reason) and a
// self-assessment to the second. The ward's home then lists the returned plan first; the
// coordinator approves from the queue with a confirmation and lands on the next item; the
// operator onboards a district picked by province and name, with a preview.
const baseUrl = inject('baseUrl');
const WARD = '16732';
const WARD_NAME = 'Phường Nghi Hương';
const REASON = 'Bổ sung phân công cụ thể cho từng tổ dân phố (tiêu chí 1.2).';
const CAMPAIGNS = ['Công an phường điển hình kiểu mẫu 2026 — đợt A', 'Công an phường điển hình kiểu mẫu 2026 — đợt B', 'Công an phường điển hình kiểu mẫu 2026 — đợt C'];
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
let browser: Browser;
const contexts: BrowserContext[] = [];

const key = () => `e2e-${crypto.randomUUID()}`;
const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const planContent: PlanContent = {
  legalReferences: [{ type: 'resolution', number: '07-NQ/ĐU', issuer: 'Đảng ủy phường Nghi Hương', date: '2026-01-15' }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ra mắt mô hình "Camera an ninh"', ownerOrganisation: 'Công an phường', dueDate: '2026-06-30' }],
  targets: [],
};

async function clientFor(username: string) {
  const { token } = await apiSignIn(baseUrl, username, 'Antq@2025');
  return createAntqClient({ baseUrl, token });
}

async function newPage(size: keyof typeof viewports, username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: viewports[size] });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, baseUrl, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const coordinator = await clientFor('dieuphoi.vinh');
  const ward = await clientFor('phuong.nghihuong');
  const existing = await coordinator.campaigns.list.query();
  if (existing.some((c) => c.name === CAMPAIGNS[0])) return;
  const sample = (await coordinator.criteria.list.query()).find((c) => c.sample && c.criteriaCount === 22);
  if (!sample) throw new Error('Vinh has no 22-criteria sample catalogue');
  const ids: string[] = [];
  for (const [n, name] of CAMPAIGNS.entries()) {
    const created = await coordinator.campaigns.create.mutate({
      name,
      catalogueId: sample.catalogueId,
      catalogueVersion: Math.max(...sample.publishedVersions),
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      planDeadline: day(5 + n * 10),
      assessmentDeadline: day(60),
      wardIds: [WARD],
      idempotencyKey: key(),
    });
    await coordinator.campaigns.act.mutate({ campaignId: created.campaignId, action: 'open', expectedVersion: created.version, idempotencyKey: key() });
    ids.push(created.campaignId);
  }
  const [a, b, c] = ids as [string, string, string];
  const sentA = await ward.plans.submit.mutate({ campaignId: a, wardId: WARD, content: planContent, expectedVersion: 0, idempotencyKey: key() });
  await coordinator.plans.return.mutate({ campaignId: a, wardId: WARD, reason: REASON, expectedVersion: sentA.version, idempotencyKey: key() });
  // Oldest first in the queue: B's plan, C's plan, B's self-assessment.
  await ward.plans.submit.mutate({ campaignId: b, wardId: WARD, content: planContent, expectedVersion: 0, idempotencyKey: key() });
  await ward.plans.submit.mutate({ campaignId: c, wardId: WARD, content: planContent, expectedVersion: 0, idempotencyKey: key() });
  const { catalogue } = await ward.assessments.get.query({ campaignId: b, wardId: WARD });
  const entries = catalogue.groups.flatMap((g) =>
    g.criteria.map((cr) => ({ criterionCode: cr.code, value: cr.scoring.kind === 'points' ? { points: cr.scoring.max } : { status: 'met' as const } })),
  );
  await ward.assessments.submit.mutate({ campaignId: b, wardId: WARD, entries, expectedVersion: 0, idempotencyKey: key() });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

describe("the ward officer's home", () => {
  for (const size of ['desktop', 'phone'] as const) {
    it(`lists the returned plan first with its reason, and opens it (${size})`, async () => {
      const page = await newPage(size, 'phuong.nghihuong');
      await page.getByRole('heading', { level: 1, name: WARD_NAME }).waitFor();
      const list = page.getByRole('list', { name: 'Việc cần làm của phường/xã' });
      const first = list.getByRole('article').first();
      await first.getByRole('heading', { name: `Kế hoạch: ${CAMPAIGNS[0]}` }).waitFor();
      await first.getByText('Bị trả lại, cần sửa và gửi lại').waitFor();
      await first.getByText(REASON).waitFor();
      // Who returned it, by name, and the days left to the deadline.
      await first.getByText(/Trả lại bởi .+ lúc/).waitFor();
      expect(await first.getByText('dieuphoi.vinh').count()).toBe(0);
      await first.getByText(/Còn \d+ ngày/).waitFor();
      // The navigation counts what the ward still has to send.
      if (size === 'desktop') await page.getByRole('link', { name: /^Kế hoạch của phường \(\d+\)$/ }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await first.getByRole('link', { name: `Sửa và gửi lại kế hoạch: ${CAMPAIGNS[0]}` }).click();
      await page.waitForURL(/\/ward\/campaigns\/[^/]+\/plan$/);
      await page.getByText(REASON).first().waitFor();
    });
  }
});

describe('the review flow', () => {
  it('approves from the queue with a confirmation and a comment, then goes on to the next item (desktop)', async () => {
    const page = await newPage('desktop', 'dieuphoi.vinh');
    await page.getByRole('link', { name: /^Hồ sơ chờ duyệt \(3\)$/ }).click();
    const row = page.getByRole('table', { name: 'Hồ sơ chờ duyệt' }).getByRole('row').filter({ hasText: CAMPAIGNS[1] }).filter({ hasText: 'Kế hoạch' });
    await row.getByRole('link').first().click();
    await page.getByRole('link', { name: 'Về danh sách hồ sơ chờ duyệt' }).waitFor();
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Duyệt kế hoạch' });
    await dialog.getByText(/Duyệt kế hoạch Phường Nghi Hương gửi lần 1/).waitFor();
    await dialog.getByLabel('Ý kiến khi duyệt (không bắt buộc)').fill('Kế hoạch đầy đủ, triển khai đúng hạn.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText('Đã duyệt kế hoạch.').waitFor();
    const trail = page.getByRole('table', { name: 'Lịch sử xử lý' });
    await trail.getByText('Kế hoạch đầy đủ, triển khai đúng hạn.').waitFor();
    expect(await trail.getByText('dieuphoi.vinh').count()).toBe(0);
    await page.getByRole('link', { name: /^Hồ sơ tiếp theo/ }).click();
    await page.getByText(CAMPAIGNS[2]!).first().waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('plan');
    await page.getByRole('button', { name: 'Duyệt', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('does the same on a phone, landing on the self-assessment that waits next', async () => {
    const page = await newPage('phone', 'dieuphoi.vinh');
    await page.goto(`${baseUrl}/reviews`);
    const row = page.getByRole('table', { name: 'Hồ sơ chờ duyệt' }).getByRole('row').filter({ hasText: CAMPAIGNS[2] });
    await row.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByRole('dialog', { name: 'Duyệt kế hoạch' }).getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText('Đã duyệt kế hoạch.').waitFor();
    await page.getByRole('link', { name: /^Hồ sơ tiếp theo/ }).click();
    await page.getByRole('tab', { name: 'Tự đánh giá', selected: true }).waitFor();
    await page.getByText(CAMPAIGNS[1]!).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe("the coordinator's home", () => {
  it('shows what waits for review, the deadlines this week and each campaign’s progress', async () => {
    const page = await newPage('desktop', 'dieuphoi.vinh');
    await page.getByRole('heading', { level: 1, name: 'Thành phố Vinh' }).waitFor();
    const waiting = page.getByRole('region', { name: 'Chờ duyệt' });
    await waiting.getByText(/Lâu nhất: .+ của Phường Nghi Hương/).waitFor();
    await page.getByRole('region', { name: 'Hạn nộp trong 7 ngày tới' }).getByText(CAMPAIGNS[0]!).waitFor();
    await page.getByRole('region', { name: `Tiến độ: ${CAMPAIGNS[1]}` }).getByRole('img', { name: /Kế hoạch theo trạng thái: .*Đã duyệt 1/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('system connections', () => {
  it("lists the pull API's addresses for provincial staff on a page of its own", async () => {
    const page = await newPage('desktop', 'tinh.haiphong');
    await page.getByRole('link', { name: 'Kết nối hệ thống' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kết nối hệ thống' }).waitFor();
    await page.getByRole('table', { name: 'Địa chỉ lấy số liệu' }).getByText(/\/api\/v1\/provinces\/31\/report/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('onboarding a district', () => {
  const cases = [
    { size: 'desktop', province: 'quang binh', provinceName: 'Tỉnh Quảng Bình', search: 'ba don', district: 'Thị xã Ba Đồn', wards: 16 },
    { size: 'phone', province: 'quang binh', provinceName: 'Tỉnh Quảng Bình', search: 'tuyen hoa', district: 'Huyện Tuyên Hóa', wards: undefined },
  ] as const;
  for (const c of cases) {
    it(`picks ${c.district} by province and name, previews it and confirms (${c.size})`, async () => {
      const page = await newPage(c.size, 'vanhanh');
      const form = page.getByRole('form', { name: 'Tiếp nhận quận/huyện mới' });
      await form.getByLabel('Tỉnh/thành phố', { exact: true }).fill(c.province);
      await page.getByRole('option', { name: c.provinceName }).click();
      await form.getByLabel('Quận/huyện', { exact: true }).fill(c.search);
      await page.getByRole('option', { name: new RegExp(`^${c.district} — \\d+ phường/xã$`) }).click();
      const preview = form.getByRole('region', { name: 'Sẽ tiếp nhận' });
      const line = c.wards ? `${c.district}, ${c.wards} phường/xã` : new RegExp(`^${c.district}, \\d+ phường/xã$`);
      await preview.getByText(line).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Tiếp nhận' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xác nhận tiếp nhận quận/huyện' });
      await dialog.getByText(new RegExp(`Tiếp nhận ${c.district} \\(${c.provinceName}\\)`)).waitFor();
      // Nothing is committed before the confirmation.
      expect(await page.getByText(/^Đã tiếp nhận/).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Tiếp nhận' }).click();
      await page.getByText(new RegExp(`Đã tiếp nhận ${c.district} \\(${c.provinceName}\\) với \\d+ phường/xã`)).waitFor();
      await page.getByRole('table', { name: 'Danh sách quận/huyện đã tiếp nhận' }).getByText(c.district).waitFor();
    });
  }
});
