import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn, seriousAccessibilityViolations } from '../support/browser.js';

// Quận Kiến An's coordinator reads the 2024 award tallies, nominates a residential group of
// phường Bắc Sơn for the district chair's Giấy khen, accepts it, is refused a decision dated after
// the district level ended (30/6/2025), issues it dated 20/12/2024, and sees the tally go up by
// one with the group listed behind the count.
const baseUrl = inject('baseUrl');
const RECIPIENT = 'Tổ dân phố 5 phường Bắc Sơn';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND quận/huyện';
const CELL = `${GIAY_KHEN}, tập thể`;
const NUMBER = '301/QĐ-UBND';
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


const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const formKindTable = () => page.getByRole('table', { name: 'Khen thưởng theo hình thức và đối tượng' });
const nominationRow = () => page.getByRole('table', { name: 'Danh sách đề nghị khen thưởng' }).getByRole('row').filter({ hasText: RECIPIENT });

async function openTab(name: string) {
  await page.getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
}

async function openTallies(year: number) {
  await openTab('Thống kê');
  await page.getByLabel('Năm thống kê').selectOption(String(year));
  await page.getByRole('heading', { name: `Khen thưởng năm ${year}` }).waitFor();
  await formKindTable().waitFor();
}

/** The Giấy khen × Tập thể cell: a button named "<form>, tập thể: <n>", or a plain 0. */
async function giayKhenCollectives(): Promise<number> {
  const button = formKindTable().getByRole('button', { name: new RegExp(`^${escape(CELL)}: \\d+$`) });
  if ((await button.count()) === 0) return 0;
  return Number((await button.textContent())?.replace(/\./g, ''));
}

describe('awards in the console', () => {
  let before = 0;

  it('opens on the nominations without serious accessibility problems, and reads the 2024 Giấy khen count', async () => {
    await page.getByRole('link', { name: 'Khen thưởng', exact: true }).click();
    await page.getByRole('heading', { name: 'Khen thưởng', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Danh sách đề nghị khen thưởng' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await openTallies(2024);
    before = await giayKhenCollectives();
    expect(before).toBeGreaterThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('nominates a residential group of phường Bắc Sơn for 2024, sends and accepts it', async () => {
    await openTab('Đề nghị khen thưởng');
    await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
    await dialog.getByLabel('Đối tượng', { exact: true }).selectOption({ label: 'Tập thể' });
    await dialog.getByLabel('Tên tập thể').fill(RECIPIENT);
    await dialog.getByLabel('Phường/xã', { exact: true }).selectOption({ label: 'Phường Bắc Sơn' });
    await dialog.getByLabel('Thành tích', { exact: true }).fill('Dẫn đầu phong trào toàn dân bảo vệ an ninh Tổ quốc của phường Bắc Sơn năm 2024');
    await dialog.getByLabel('Khen thưởng về').selectOption({ label: 'Giai đoạn' });
    await dialog.getByLabel('Từ năm').fill('2024');
    await dialog.getByLabel('Đến năm').fill('2024');
    await dialog.getByLabel('Hình thức đề nghị').selectOption({ label: GIAY_KHEN });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lưu đề nghị' }).click();
    await nominationRow().getByText('Đang soạn').waitFor();

    await nominationRow().getByRole('button', { name: `Gửi đề nghị: ${RECIPIENT}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi đề nghị', exact: true }).click();
    await nominationRow().getByText('Chờ xét').waitFor();

    await nominationRow().getByRole('button', { name: `Chấp thuận: ${RECIPIENT}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chấp thuận', exact: true }).click();
    await nominationRow().getByText('Đã chấp thuận').waitFor();
  });

  it('is refused a district Giấy khen dated after 30/06/2025, then issues decision 301/QĐ-UBND of 20/12/2024', async () => {
    await openTab('Quyết định khen thưởng');
    await page.getByRole('button', { name: 'Ra quyết định' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ra quyết định khen thưởng' });
    await dialog.getByLabel('Cấp ban hành').selectOption({ label: 'Cấp huyện' });
    expect(await dialog.getByLabel('Cơ quan ban hành').inputValue()).toBe('Ủy ban nhân dân quận Kiến An');
    await dialog.getByLabel('Số quyết định').fill(NUMBER);
    await dialog.getByLabel('Ngày ký').fill('01/07/2025');
    await dialog.getByLabel('Người ký', { exact: true }).fill('Lê Văn Hòa');
    await dialog.getByRole('checkbox', { name: `Chọn: ${RECIPIENT}` }).check();
    expect(await dialog.getByLabel(`Hình thức khen: ${RECIPIENT}`).inputValue()).toBe('giay-khen-chu-tich-ubnd-huyen');
    await dialog.getByRole('button', { name: 'Lưu quyết định' }).click();
    await dialog.getByRole('alert').getByText(`${RECIPIENT}: “${GIAY_KHEN}” không còn được ban hành sau ngày 30/06/2025`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await dialog.getByLabel('Ngày ký').fill('20/12/2024');
    await dialog.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page.getByText(`Đã ra quyết định khen thưởng số ${NUMBER}.`).waitFor();
    await page.getByRole('table', { name: 'Danh sách quyết định khen thưởng' }).getByRole('link', { name: `Xem quyết định số ${NUMBER}` }).waitFor();
  });

  it("opens the decision, with the group's award in force, and downloads it as DOCX and XLSX", async () => {
    await page.getByRole('link', { name: `Xem quyết định số ${NUMBER}` }).click();
    await page.getByRole('heading', { name: `Quyết định khen thưởng số ${NUMBER}`, level: 1 }).waitFor();
    const line = page.getByRole('table', { name: 'Danh sách được khen thưởng' }).getByRole('row').filter({ hasText: RECIPIENT });
    await line.getByText('Hiệu lực').waitFor();
    await line.getByRole('button', { name: `Thu hồi: ${RECIPIENT}` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    for (const [name, file] of [
      ['Tải quyết định (DOCX)', 'quyet-dinh-301-qd-ubnd.docx'],
      ['Tải danh sách (XLSX)', 'danh-sach-khen-thuong-301-qd-ubnd.xlsx'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip package, as DOCX and XLSX are
    }
  });

  it('lists the nomination as awarded by 301/QĐ-UBND of 20/12/2024, a link to the decision', async () => {
    await openTab('Đề nghị khen thưởng');
    await nominationRow().getByRole('link', { name: `Đã có quyết định số ${NUMBER} ngày 20/12/2024` }).click();
    await page.getByRole('heading', { name: `Quyết định khen thưởng số ${NUMBER}`, level: 1 }).waitFor();
  });

  it('sees the 2024 Giấy khen count up by one, and the group behind it in one click', async () => {
    await openTallies(2024);
    const cell = formKindTable().getByRole('button', { name: `${CELL}: ${before + 1}`, exact: true });
    await cell.click();
    const entries = page.getByRole('table', { name: 'Danh sách khen thưởng theo số liệu đã chọn' });
    const row = entries.getByRole('row').filter({ hasText: RECIPIENT });
    await row.waitFor();
    await row.getByRole('link', { name: NUMBER }).waitFor();
    await row.getByText('Giai đoạn: Năm 2024', { exact: true }).waitFor(); // the label the tally entry kept
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('revokes the award by a later decision: the line keeps it, the tally lets go of it', async () => {
    await openTab('Quyết định khen thưởng');
    await page.getByRole('link', { name: `Xem quyết định số ${NUMBER}` }).click();
    await page.getByRole('button', { name: `Thu hồi: ${RECIPIENT}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi khen thưởng' });
    await dialog.getByLabel('Số quyết định thu hồi').fill('15/QĐ-UBND');
    await dialog.getByLabel('Ngày ký quyết định thu hồi').fill('15/01/2025');
    await dialog.getByLabel('Lý do thu hồi').fill('Hồ sơ đề nghị chưa đúng quy định');
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    const line = page.getByRole('table', { name: 'Danh sách được khen thưởng' }).getByRole('row').filter({ hasText: RECIPIENT });
    await line.getByText('Đã thu hồi theo QĐ số 15/QĐ-UBND ngày 15/01/2025').waitFor();
    await openTallies(2024);
    await expect.poll(giayKhenCollectives).toBe(before);
  });
});
