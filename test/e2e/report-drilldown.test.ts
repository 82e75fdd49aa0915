import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn, seriousAccessibilityViolations } from '../support/browser.js';

// Provincial staff of Hải Phòng read the 2026 consolidated report and drill down from Quận Kiến An's
// "plans submitted" to a ward's plan and its review trail. The figures come from the demo stories
// the local stack plays on start (the 2026 campaign of Kiến An and Hồng Bàng, plans sent by some
// wards), so the test reads the numbers off the screens and checks that every level agrees. Then
// it reads Hồng Bàng's Phường Hoàng Văn Thụ, whose self-assessment the story verified with one
// criterion (2.5) adjusted, to see the district's verdicts beside the ward's results.
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


/** The figure a link's accessible name ends with: "Quận Kiến An, Kế hoạch đã nộp: 4" → 4. */
async function figureOf(link: Locator): Promise<number> {
  const name = (await link.getAttribute('aria-label')) ?? '';
  const match = /: ([\d.]+)$/.exec(name);
  if (!match) throw new Error(`No figure in "${name}"`);
  return Number(match[1]!.replace(/\./g, ''));
}

const PLANS = 'Kế hoạch đã nộp';
/** A unit's name inside a title, as the console writes it: "Phường Bắc Sơn" → "phường Bắc Sơn". */
const inProse = (name: string) => name.replace(/^(Phường|Xã|Thị trấn) (?=\D)/u, (level) => level.toLocaleLowerCase('vi'));
const CAMPAIGN = 'Tự đánh giá phong trào Toàn dân bảo vệ ANTQ năm 2026';
let districtPlans = 0;
let wardName = '';

describe('the report drill-down for provincial staff', () => {
  it('shows the provincial report for 2026 with Quận Kiến An and its plans submitted', async () => {
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByLabel('Năm báo cáo').selectOption(YEAR);
    await page.getByRole('heading', { level: 1, name: `Báo cáo tổng hợp thành phố Hải Phòng năm ${YEAR}` }).waitFor();
    const table = page.getByRole('table', { name: 'Báo cáo tổng hợp theo quận/huyện' });
    const link = table.getByRole('link', { name: new RegExp(`^Quận Kiến An, ${PLANS}: \\d+$`) });
    await link.waitFor();
    districtPlans = await figureOf(link);
    expect(districtPlans).toBeGreaterThan(0);
    await table.getByRole('rowheader', { name: 'Toàn tỉnh/thành phố' }).waitFor();
    for (const name of ['Tải Excel (XLSX)', 'Tải CSV', 'Tải báo cáo (DOCX)']) expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    // The pull API's addresses are for technical staff, on their own page, not on the report.
    expect(await page.getByText('curl').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("drills down to Quận Kiến An's report, whose plans submitted agree with the provincial row", async () => {
    await page.getByRole('table', { name: 'Báo cáo tổng hợp theo quận/huyện' }).getByRole('link', { name: new RegExp(`^Quận Kiến An, ${PLANS}: `) }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo quận Kiến An năm ${YEAR}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe(YEAR);
    const headline = page.getByRole('group', { name: PLANS, exact: true });
    expect(await headline.textContent()).toContain(`${districtPlans}/`);
    // The wards' figures add up to the district's.
    const wardLinks = page.getByRole('table', { name: 'Báo cáo theo phường/xã' }).getByRole('link', { name: new RegExp(`, ${PLANS}: \\d+$`) });
    const perWard = await Promise.all((await wardLinks.all()).map(figureOf));
    expect(perWard.reduce((a, b) => a + b, 0)).toBe(districtPlans);
    expect(await page.getByRole('button', { name: 'Hiện bảng phường/xã × tiêu chí' }).count()).toBeGreaterThan(0);
    // The grid lists all 34 criteria of the sample catalogue, grouped, whether or not a ward has a result.
    await page.getByRole('button', { name: 'Hiện bảng phường/xã × tiêu chí' }).first().click();
    const grid = page.getByRole('table', { name: `Bảng phường/xã × tiêu chí: ${CAMPAIGN}` });
    await grid.getByRole('columnheader', { name: 'Nhóm 4', exact: true }).waitFor();
    expect(await grid.getByRole('columnheader', { name: /^\d+\.\d+$/ }).count()).toBe(34);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ẩn bảng phường/xã × tiêu chí' }).first().click();
  });

  it('opens a ward that sent its plan, then the plan with its submissions and review trail', async () => {
    const wardLinks = await page
      .getByRole('table', { name: 'Báo cáo theo phường/xã' })
      .getByRole('link', { name: new RegExp(`, ${PLANS}: [1-9]\\d*$`) })
      .all();
    const first = wardLinks[0]!;
    wardName = ((await first.getAttribute('aria-label')) ?? '').split(`, ${PLANS}`)[0]!;
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo ${inProse(wardName)} năm ${YEAR}` }).waitFor();
    expect(await page.getByRole('group', { name: PLANS, exact: true }).textContent()).toMatch(/[1-9]\d*\//);
    await page.getByRole('table', { name: 'Kế hoạch và tự đánh giá theo đợt' }).getByRole('link', { name: /^Xem kế hoạch: / }).first().click();

    await page.getByRole('heading', { level: 1, name: `Kế hoạch của ${wardName}` }).waitFor();
    await page.getByText(CAMPAIGN, { exact: true }).waitFor(); // named by the trail itself
    // The times the ward sent it, not the storage version beside it.
    expect(await page.getByRole('group', { name: 'Số lần gửi', exact: true }).textContent()).toMatch(/Số lần gửi\s*[1-9]\d*/);
    expect(await page.getByRole('group', { name: 'Phiên bản', exact: true }).count()).toBe(0);
    const sent = page.getByRole('table', { name: 'Các lần gửi' });
    await sent.getByRole('rowheader', { name: '1', exact: true }).waitFor();
    const trail = page.getByRole('table', { name: 'Lịch sử xét duyệt' });
    await trail.getByRole('cell', { name: /^Gửi lần 1/ }).waitFor();
    await page.getByRole('heading', { name: /^Nội dung lần gửi \d+$/ }).waitFor();
    // Read-only: nothing to approve or return here.
    for (const name of ['Duyệt', 'Trả lại']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("shows Hoàng Văn Thụ's verified self-assessment: criterion texts, and the district's adjustment of 2.5 beside the ward's result", async () => {
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByLabel('Năm báo cáo').selectOption(YEAR);
    await page.getByRole('table', { name: 'Báo cáo tổng hợp theo quận/huyện' }).getByRole('link', { name: new RegExp(`^Quận Hồng Bàng, ${PLANS}: `) }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo quận Hồng Bàng năm ${YEAR}` }).waitFor();
    await page.getByRole('table', { name: 'Báo cáo theo phường/xã' }).getByRole('link', { name: new RegExp(`^Phường Hoàng Văn Thụ, ${PLANS}: `) }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo Phường Hoàng Văn Thụ năm ${YEAR}` }).waitFor();
    await page.getByRole('link', { name: `Xem tự đánh giá: ${CAMPAIGN}` }).click();

    await page.getByRole('heading', { level: 1, name: 'Tự đánh giá của Phường Hoàng Văn Thụ' }).waitFor();
    const entries = page.getByRole('table', { name: 'Kết quả tự đánh giá theo tiêu chí' });
    const row = (code: string) => entries.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${code.replace('.', '\\.')} \\S`) }) });
    await row('2.5').getByRole('rowheader', { name: /^2\.5 Duy trì tổ chức diễn đàn/ }).waitFor();
    await row('2.5').getByText('Quận/huyện điều chỉnh thành: Cơ bản đạt').waitFor();
    await row('2.5').getByText('Còn 2 kiến nghị của Nhân dân tại diễn đàn quý II chưa được trả lời').waitFor();
    await row('1.1').getByText('Quận/huyện chấp nhận').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
