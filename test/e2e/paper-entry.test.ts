import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations, signIn } from '../support/browser.js';

// Back-filled history in the console: the coordinator of Thành phố Đồng Hới creates a campaign of
// 2023 (deadlines in 2023, long past), and enters Phường Đức Ninh Đông's plan, received on paper on
// 20/04/2023, with the ward's own editor. It counts as on time on the dashboard — judged by the
// day it was received, not the day it was typed in — and the trail says it was entered later.
const baseUrl = inject('baseUrl');
const CAMPAIGN = 'Xây dựng tổ dân phố an toàn về an ninh trật tự năm 2023';
const SAMPLE_34 = '(Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí';
const WARD = 'Phường Đức Ninh Đông';
const COORDINATOR_NAME = 'Trần Thị Lan';
const MARK = `Nhập từ hồ sơ giấy ngày 20/04/2023 (do ${COORDINATOR_NAME} nhập)`;
let browser: Browser;
let page: Page;
let campaignId = '';

/** Tomorrow in Việt Nam, as typed in the console. */
const tomorrow = () => {
  const d = new Date(Date.now() + 7 * 3600_000 + 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(page, baseUrl, 'dieuphoi.donghoi');
});
afterAll(async () => {
  await browser?.close();
});

const progressRow = () => page.getByRole('table', { name: 'Tiến độ các phường/xã' }).getByRole('row').filter({ hasText: WARD });
/** The ward's plan cell on the dashboard (cells: number, plan, self-assessment, score). */
const planCell = () => progressRow().getByRole('cell').nth(1);
/** A figure of the dashboard's plans section: "Gửi trễ hạn" → "0/15". */
const planFigure = (label: string) =>
  page
    .getByRole('region', { name: 'Kế hoạch của các phường/xã' })
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

describe('a paper plan of 2023 entered later by the coordinator', () => {
  it('the coordinator creates the 2023 campaign, deadlines long past, and opens it', async () => {
    await page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.getByLabel('Tên chiến dịch').fill(CAMPAIGN);
    await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption({ label: SAMPLE_34 });
    await page.getByLabel('Hạn nộp kế hoạch').fill('30/04/2023');
    await page.getByLabel('Hạn tự đánh giá').fill('30/11/2023');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Mở chiến dịch' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await progressRow().waitFor();
    campaignId = /\/campaigns\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    expect(campaignId).not.toBe('');
    // Nothing sent and every deadline past: the ward's plan is overdue.
    await planCell().getByText('Trễ hạn').waitFor();
  });

  it('from the ward\u2019s page, "Nhập hồ sơ giấy" opens the ward\u2019s plan editor with a required "Ngày nhận hồ sơ" and the entered-later note', async () => {
    await progressRow().getByRole('link', { name: WARD }).click();
    await page.getByRole('heading', { level: 1, name: WARD }).waitFor();
    await page.getByRole('link', { name: 'Nhập hồ sơ giấy' }).click();
    await page.getByRole('heading', { level: 1, name: `Nhập hồ sơ giấy của ${WARD}` }).waitFor();
    await page.getByRole('note').filter({ hasText: 'do cán bộ điều phối nhập sau' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu nháp' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Sending an empty form: the plan's problems, as for the ward, and the missing day it was received.
    await page.getByRole('button', { name: 'Ghi nhận kế hoạch' }).click();
    await page.getByText('Vui lòng nhập ngày nhận hồ sơ').waitFor();
    await page.getByText('Cần nhập đúng ngày nhận hồ sơ (ở đầu trang).').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Cần ít nhất một hoạt động' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('the coordinator types the paper plan received on 20/04/2023 and records it', async () => {
    const doc = page.getByRole('group', { name: 'Văn bản 1', exact: true });
    await doc.getByLabel('Loại văn bản').selectOption({ label: 'Nghị quyết' });
    await doc.getByLabel('Số, ký hiệu văn bản').fill('15-NQ/ĐU');
    await doc.getByLabel('Cơ quan ban hành').fill('Đảng ủy phường Đức Ninh Đông');
    await doc.getByLabel('Ngày ban hành').fill('10/04/2023');
    await page.getByLabel('Trưởng ban chỉ đạo').fill('Chủ tịch UBND phường');
    const activity = page.getByRole('group', { name: 'Hoạt động 1', exact: true });
    await activity.getByLabel('Tên hoạt động').fill('Ký cam kết 3 nội dung');
    await activity.getByLabel('Đơn vị chủ trì').fill('Công an phường');
    await activity.getByLabel('Hạn hoàn thành').fill('30/06/2023');
    // Not a day after today: refused on the field, which gets the focus.
    const receivedOn = page.getByLabel('Ngày nhận hồ sơ');
    await receivedOn.fill(tomorrow());
    await page.getByText('Ngày nhận hồ sơ không được sau ngày hôm nay').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận kế hoạch' }).click();
    await expect.poll(() => receivedOn.evaluate((el) => el === document.activeElement)).toBe(true);

    await receivedOn.fill('20/04/2023');
    await page.getByRole('status').filter({ hasText: 'Đúng hạn (hạn nộp 30/04/2023)' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận kế hoạch' }).click();

    await page.getByText('Đã nhập hồ sơ giấy (kế hoạch) nhận ngày 20/04/2023.').waitFor();
    await page.getByRole('heading', { level: 1, name: WARD }).waitFor();
    const trail = page.getByRole('table', { name: 'Lịch sử xử lý' });
    const sent = trail.getByRole('row').filter({ hasText: 'Gửi lần 1' });
    await sent.getByText(MARK).waitFor();
    expect(await sent.getByText('Trễ hạn').count()).toBe(0);
    await page.getByRole('table', { name: 'Các lần gửi' }).getByText(MARK).waitFor();
    // Entered: no second paper entry while it waits for review.
    expect(await page.getByRole('link', { name: 'Nhập hồ sơ giấy' }).count()).toBe(0);
  });

  it('the dashboard counts it sent on time, and the report\u2019s submission page says it was entered later', async () => {
    await page.getByRole('link', { name: 'Bảng tổng hợp chiến dịch' }).click();
    await planCell().getByText('Chờ duyệt').waitFor();
    expect(await planCell().getByText('Trễ hạn').count()).toBe(0);
    expect(await planFigure('Chờ duyệt').textContent()).toBe('1/15');
    expect(await planFigure('Gửi trễ hạn').textContent()).toBe('0/15');

    await page.goto(`${baseUrl}/reports/districts/450/wards/18880/${campaignId}/plan?year=2023`);
    const list = page.getByRole('table', { name: 'Các lần gửi' });
    await list.getByText(MARK).waitFor();
    await list.getByText('Đúng hạn').waitFor();
    await page.getByRole('table', { name: 'Lịch sử xét duyệt' }).getByText(MARK).waitFor();
  });

  it('the coordinator approves it like any plan (the review queue is left empty)', async () => {
    await page.goto(`${baseUrl}/campaigns/${campaignId}/wards/18880`);
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByRole('dialog', { name: 'Duyệt kế hoạch' }).getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText('Đã duyệt kế hoạch.').waitFor();
    await page.getByRole('table', { name: 'Lịch sử xử lý' }).getByText(MARK).waitFor();
  });
});
