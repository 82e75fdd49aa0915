import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn, seriousAccessibilityViolations } from '../support/browser.js';

// The console in Debian's Chromium against the whole local stack (DynamoDB Local, API, built console).
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
});
afterEach(async () => {
  await page.context().close();
});


const wardsTable = (p: Page) => p.getByRole('table', { name: 'Danh sách phường/xã' });

describe('the console', () => {
  it('opens on a Vietnamese sign-in page without serious accessibility problems', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Đăng nhập hệ thống' }).waitFor();
    expect(await page.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('tells a wrong password in Vietnamese and stays on the sign-in page', async () => {
    await signIn(page, baseUrl, 'dieuphoi.kienan', 'sai-mat-khau');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(await page.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
  });

  it("shows the coordinator of Quận Kiến An the district's wards in Vietnamese order", async () => {
    await signIn(page, baseUrl, 'dieuphoi.kienan');
    await page.getByRole('heading', { name: 'Quận Kiến An' }).waitFor();
    const table = wardsTable(page);
    await table.getByText('Phường Văn Đẩu').waitFor();
    const names = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(names).toHaveLength(7);
    expect(names[0]).toContain('Phường Bắc Hà');
    expect(names[2]).toContain('Phường Đồng Hoà');
    expect(names[6]).toContain('Phường Văn Đẩu');
    expect(await page.getByText('Phường Đức Ninh Đông').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows a ward officer their own ward only, on a home of things to do', async () => {
    await signIn(page, baseUrl, 'phuong.ducninhdong');
    await page.getByRole('heading', { level: 1, name: 'Phường Đức Ninh Đông' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Việc cần làm' }).waitFor();
    expect(await wardsTable(page).count()).toBe(0);
    expect(await page.getByText('Phường Bắc Lý').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("shows provincial staff of Hải Phòng the province's onboarded districts only", async () => {
    await signIn(page, baseUrl, 'tinh.haiphong');
    await page.getByText('Quận Kiến An').first().waitFor();
    expect(await page.getByText('Quận Hồng Bàng').count()).toBeGreaterThan(0);
    expect(await page.getByText('Đồng Hới').count()).toBe(0);
  });
});
