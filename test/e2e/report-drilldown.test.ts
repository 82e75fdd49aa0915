import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';

// Provincial staff of Hải Phòng read the 2026 consolidated report and drill down from Quận Kiến An's
// "plans submitted" to a ward's plan and its review trail. The figures come from the demo stories
// the local stack plays on start (the 2026 campaign of Kiến An and Hồng Bàng, plans sent by some
// wards), so the test reads the numbers off the screens and checks that every level agrees.
const baseUrl = inject('baseUrl');
const YEAR = '2026';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(page, baseUrl, 'tinh.haiphong');
});
afterAll(async () => {
  await browser?.close();
});

async function seriousAccessibilityViolations(p: Page): Promise<string[]> {
  await p.evaluate(axe.source); // the console's CSP forbids inline script tags
  const result = await p.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** The figure a link's accessible name ends with: "Quận Kiến An, Kế hoạch đã nộp: 4" → 4. */
async function figureOf(link: Locator): Promise<number> {
  const name = (await link.getAttribute('aria-label')) ?? '';
  const match = /: ([\d.]+)$/.exec(name);
  if (!match) throw new Error(`No figure in "${name}"`);
  return Number(match[1]!.replace(/\./g, ''));
}

const PLANS = 'Kế hoạch đã nộp';
let districtPlans = 0;
let wardName = '';

describe('the report drill-down for provincial staff', () => {
  it('shows the provincial report for 2026 with Quận Kiến An and its plans submitted', async () => {
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByLabel('Năm báo cáo').selectOption(YEAR);
    await page.getByRole('heading', { level: 1, name: `Báo cáo tổng hợp Thành phố Hải Phòng năm ${YEAR}` }).waitFor();
    const table = page.getByRole('table', { name: 'Báo cáo tổng hợp theo quận/huyện' });
    const link = table.getByRole('link', { name: new RegExp(`^Quận Kiến An, ${PLANS}: \\d+$`) });
    await link.waitFor();
    districtPlans = await figureOf(link);
    expect(districtPlans).toBeGreaterThan(0);
    await table.getByRole('rowheader', { name: 'Toàn tỉnh/thành phố' }).waitFor();
    for (const name of ['Tải Excel (XLSX)', 'Tải CSV', 'Tải báo cáo (DOCX)']) expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Kết nối hệ thống cấp tỉnh' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("drills down to Quận Kiến An's report, whose plans submitted agree with the provincial row", async () => {
    await page.getByRole('table', { name: 'Báo cáo tổng hợp theo quận/huyện' }).getByRole('link', { name: new RegExp(`^Quận Kiến An, ${PLANS}: `) }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo Quận Kiến An năm ${YEAR}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe(YEAR);
    const headline = page.getByRole('group', { name: PLANS, exact: true });
    expect(await headline.textContent()).toContain(`${districtPlans}/`);
    // The wards' figures add up to the district's.
    const wardLinks = page.getByRole('table', { name: 'Báo cáo theo phường/xã' }).getByRole('link', { name: new RegExp(`, ${PLANS}: \\d+$`) });
    const perWard = await Promise.all((await wardLinks.all()).map(figureOf));
    expect(perWard.reduce((a, b) => a + b, 0)).toBe(districtPlans);
    expect(await page.getByRole('button', { name: 'Hiện bảng phường/xã × tiêu chí' }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('opens a ward that sent its plan, then the plan with its version and review trail', async () => {
    const wardLinks = await page
      .getByRole('table', { name: 'Báo cáo theo phường/xã' })
      .getByRole('link', { name: new RegExp(`, ${PLANS}: [1-9]\\d*$`) })
      .all();
    const first = wardLinks[0]!;
    wardName = ((await first.getAttribute('aria-label')) ?? '').split(`, ${PLANS}`)[0]!;
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo ${wardName} năm ${YEAR}` }).waitFor();
    expect(await page.getByRole('group', { name: PLANS, exact: true }).textContent()).toMatch(/[1-9]\d*\//);
    await page.getByRole('table', { name: 'Kế hoạch và tự đánh giá theo đợt' }).getByRole('link', { name: /^Xem kế hoạch: / }).first().click();

    await page.getByRole('heading', { level: 1, name: `Kế hoạch của ${wardName}` }).waitFor();
    expect(await page.getByRole('group', { name: 'Phiên bản', exact: true }).textContent()).toMatch(/Phiên bản\s*[1-9]\d*/);
    const sent = page.getByRole('table', { name: 'Các lần gửi' });
    await sent.getByRole('rowheader', { name: '1', exact: true }).waitFor();
    const trail = page.getByRole('table', { name: 'Lịch sử xét duyệt' });
    await trail.getByRole('cell', { name: /^Gửi lần 1/ }).waitFor();
    await page.getByRole('heading', { name: /^Nội dung lần gửi \d+$/ }).waitFor();
    // Read-only: nothing to approve or return here.
    for (const name of ['Duyệt', 'Trả lại']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
