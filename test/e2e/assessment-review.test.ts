import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations, signIn } from '../support/browser.js';

// The coordinator of Quận Kiến An verifies Phường Trần Thành Ngọ's self-assessment (seeded: 31/34,
// submitted) by accepting every remaining criterion at once, and the review trail records it once.
const baseUrl = inject('baseUrl');
const WARD = 'Phường Trần Thành Ngọ';
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

describe('verifying a self-assessment', () => {
  it('accepts the remaining criteria in one step, approving it, with one line in the review trail', async () => {
    await page.getByRole('link', { name: /^Hồ sơ chờ duyệt( \(\d+\))?$/ }).click();
    const row = page.getByRole('table', { name: 'Hồ sơ chờ duyệt' }).getByRole('row').filter({ hasText: WARD });
    await row.getByRole('link').first().click();
    const accept = page.getByRole('button', { name: 'Đồng ý 34 tiêu chí còn lại' });
    await accept.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    const trail = page.getByRole('table', { name: 'Lịch sử xử lý' });
    await trail.getByText(/Chấp nhận 34 tiêu chí còn lại/).waitFor();
    expect(await trail.getByRole('row').filter({ hasText: 'Xác minh' }).count()).toBe(1);
    expect(await accept.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
