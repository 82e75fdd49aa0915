import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from '../support/browser.js';

// The campaign story through the console, as the coordinator of Thành phố Đồng Hới and the ward
// officer of Phường Đức Ninh Đông play it: create and open a campaign, submit a plan, return it,
// fix and resubmit it, approve it, and see the dashboard say so.
const baseUrl = inject('baseUrl');
const CAMPAIGN = 'Xây dựng phường điển hình về phong trào toàn dân bảo vệ ANTQ năm 2023';
const SAMPLE_34 = '(Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí';
const WARD = 'Phường Đức Ninh Đông';
let browser: Browser;
let coordinator: Page;
let ward: Page;

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

beforeAll(async () => {
  browser = await launchBrowser();
  coordinator = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  ward = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(coordinator, baseUrl, 'dieuphoi.donghoi');
  await signIn(ward, baseUrl, 'phuong.ducninhdong');
});
afterAll(async () => {
  await browser?.close();
});

async function confirm(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
}

async function openPlanAsWard() {
  await ward.getByRole('link', { name: 'Kế hoạch của phường' }).click();
  await ward.getByRole('article', { name: CAMPAIGN }).getByRole('link', { name: 'Mở kế hoạch' }).click();
}

async function openWardFromQueue() {
  await coordinator.getByRole('link', { name: /^Hồ sơ chờ duyệt( \(\d+\))?$/ }).click();
  const row = coordinator.getByRole('table', { name: 'Hồ sơ chờ duyệt' }).getByRole('row').filter({ hasText: WARD });
  await row.getByRole('link').first().click();
}

describe('the campaign story in the console', () => {
  it('the coordinator creates the campaign from the 34-criteria catalogue and opens it', async () => {
    await coordinator.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await coordinator.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await coordinator.getByLabel('Tên chiến dịch').fill(CAMPAIGN);
    await coordinator.getByLabel('Bộ tiêu chí', { exact: true }).selectOption({ label: SAMPLE_34 });
    await coordinator.getByLabel('Hạn nộp kế hoạch').fill(inDays(30));
    await coordinator.getByLabel('Hạn tự đánh giá').fill(inDays(90));
    await coordinator.getByRole('button', { name: 'Lưu', exact: true }).click();
    await coordinator.getByRole('button', { name: 'Mở chiến dịch' }).click();
    await confirm(coordinator);
    await coordinator.getByRole('table', { name: 'Tiến độ các phường/xã' }).getByText(WARD).waitFor();
  });

  it('the ward submits its plan with resolution 15-NQ/ĐU of 21/4/2023', async () => {
    await openPlanAsWard();
    const doc = ward.getByRole('group', { name: 'Văn bản 1', exact: true });
    await doc.getByLabel('Loại văn bản').selectOption({ label: 'Nghị quyết' });
    await doc.getByLabel('Số, ký hiệu văn bản').fill('15-NQ/ĐU');
    await doc.getByLabel('Cơ quan ban hành').fill('Đảng ủy phường Đức Ninh Đông');
    await doc.getByLabel('Ngày ban hành').fill('21/04/2023');
    await ward.getByLabel('Trưởng ban chỉ đạo').fill('Chủ tịch UBND phường');
    const activity = ward.getByRole('group', { name: 'Hoạt động 1', exact: true });
    await activity.getByLabel('Tên hoạt động').fill('Ký cam kết 3 nội dung');
    await activity.getByLabel('Đơn vị chủ trì').fill('Công an phường');
    await activity.getByLabel('Hạn hoàn thành').fill('30/06/2023');
    await ward.getByRole('button', { name: 'Gửi kế hoạch' }).click();
    await ward.getByText('Đã gửi kế hoạch cho quận/huyện.').waitFor();
  });

  it('the coordinator returns it with a reason', async () => {
    await openWardFromQueue();
    await coordinator.getByRole('button', { name: 'Trả lại' }).click();
    await coordinator.getByRole('dialog').getByLabel('Lý do trả lại').fill('Bổ sung kế hoạch của UBND phường');
    await confirm(coordinator);
    await coordinator.getByText('Bị trả lại').first().waitFor();
  });

  it('the ward reads the reason, adds the People\u2019s Committee plan and resubmits', async () => {
    await openPlanAsWard();
    await ward.getByText('Bổ sung kế hoạch của UBND phường').first().waitFor();
    await ward.getByRole('button', { name: 'Thêm văn bản' }).click();
    const doc = ward.getByRole('group', { name: 'Văn bản 2', exact: true });
    await doc.getByLabel('Loại văn bản').selectOption({ label: 'Kế hoạch' });
    await doc.getByLabel('Số, ký hiệu văn bản').fill('Số: 45/KH-UBND');
    await doc.getByLabel('Cơ quan ban hành').fill('UBND phường Đức Ninh Đông');
    await doc.getByLabel('Ngày ban hành').fill('25/04/2023');
    await ward.getByRole('button', { name: 'Gửi kế hoạch' }).click();
    await ward.getByText('Đã gửi kế hoạch cho quận/huyện.').waitFor();
  });

  it('the coordinator compares the two submissions, approves, and the dashboard shows it', async () => {
    await openWardFromQueue();
    const diff = coordinator.getByRole('table', { name: 'So sánh hai lần gửi' });
    await diff.getByText('Số: 45/KH-UBND').first().waitFor();
    await coordinator.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await coordinator.getByRole('dialog', { name: 'Duyệt kế hoạch' }).getByRole('button', { name: 'Duyệt' }).click();
    await coordinator.getByText('Đã duyệt kế hoạch.').waitFor();

    await coordinator.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await coordinator.getByRole('table', { name: 'Danh sách chiến dịch' }).getByRole('link', { name: CAMPAIGN }).click();
    const row = coordinator.getByRole('table', { name: 'Tiến độ các phường/xã' }).getByRole('row').filter({ hasText: WARD });
    await row.getByText('Đã duyệt').waitFor();
    expect(await coordinator.getByRole('table', { name: 'Hồ sơ chờ duyệt' }).count()).toBe(0);
  });
});
