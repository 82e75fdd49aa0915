import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';

// Quận Kiến An records the 10-year review (2013–2023) of joint programme 09/CTr-BCA-MTTW and sees
// it on the programme's page.
const baseUrl = inject('baseUrl');
const REVIEW = 'Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(page, baseUrl, 'dieuphoi.kienan');
});
afterAll(async () => {
  await browser?.close();
});

describe('a joint programme in the console', () => {
  it('is created with its number kept verbatim', async () => {
    await page.getByRole('link', { name: 'Chương trình phối hợp' }).click();
    await page.getByRole('button', { name: 'Thêm chương trình' }).click();
    await page.getByLabel('Số, ký hiệu chương trình').fill('09/CTr-BCA-MTTW');
    await page.getByLabel('Tên chương trình').fill('Chương trình phối hợp giữa Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam');
    await page.getByLabel('Từ năm').fill('2013');
    await page.getByLabel('Đến năm').fill('2023');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('heading', { name: 'Chương trình phối hợp giữa Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam' }).waitFor();
    await page.getByText('09/CTr-BCA-MTTW').first().waitFor();
  });

  it("records the 10-year review conference and shows it on the programme's page", async () => {
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click();
    await page.getByLabel('Loại hội nghị').selectOption({ label: 'Hội nghị tổng kết' });
    await page.getByLabel('Tên hội nghị').fill(REVIEW);
    await page.getByLabel('Năm bắt đầu').fill('2013');
    await page.getByLabel('Năm kết thúc').fill('2023');
    await page.getByLabel('Ngày tổ chức').fill('30/05/2023');
    await page.getByLabel('Số người tham dự').fill('150');
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
    const table = page.getByRole('table', { name: 'Hội nghị sơ kết, tổng kết' });
    const row = table.getByRole('row').filter({ hasText: REVIEW });
    await row.waitFor();
    await row.getByText('30/05/2023').waitFor();
    await row.getByText(/2013\s*[–-]\s*2023/).waitFor();
  });
});
