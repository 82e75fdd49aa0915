import type { CampaignScript } from './campaign.js';

export const CAMPAIGN_2026 = 'Tự đánh giá phong trào Toàn dân bảo vệ ANTQ năm 2026';
const description =
  'Các phường xây dựng kế hoạch trong quý I, tự đánh giá theo bộ 34 tiêu chí xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ (bản mẫu) và gửi quận trước ngày 30/11/2026.';

/**
 * The 2026 campaign in the two Hải Phòng districts, so the coordinators' dashboards and the
 * provincial view have a year in progress: about half the wards have sent plans (most approved,
 * one returned), about a third have self-assessed (28, 31, 33 and 34 of 34 met), two of them
 * verified criterion by criterion and approved.
 */
export const kienAn2026: CampaignScript = {
  tag: 'antq2026',
  tenantId: '307',
  provinceId: '31',
  name: CAMPAIGN_2026,
  description,
  year: 2026,
  wards: [
    { wardId: '11434', plan: 'approved', assessment: { met: 34, status: 'approved' } }, // Bắc Sơn
    { wardId: '11443', plan: 'approved', assessment: { met: 31, status: 'submitted' } }, // Trần Thành Ngọ
    { wardId: '11437', plan: 'submitted' }, // Nam Sơn
    {
      wardId: '11446', // Văn Đẩu
      plan: 'returned',
      returnReason: 'Đề nghị bổ sung chương trình công tác của Ban Chỉ đạo (tiêu chí 1.2) và phân công cụ thể cho từng tổ dân phố.',
    },
  ],
};

export const hongBang2026: CampaignScript = {
  tag: 'antq2026',
  tenantId: '303',
  provinceId: '31',
  // Hồng Bàng has no demo sign-in for its coordinator; the seed acts as one.
  coordinatorStandIn: { username: 'dieuphoi.hongbang', displayName: 'Vũ Thị Mai' },
  name: CAMPAIGN_2026,
  description,
  year: 2026,
  wards: [
    {
      wardId: '11320', // Hoàng Văn Thụ
      plan: 'approved',
      assessment: {
        met: 31,
        status: 'approved',
        adjust: { code: '2.5', status: 'largely_met', note: 'Còn 2 kiến nghị của Nhân dân tại diễn đàn quý II chưa được trả lời' },
      },
    },
    { wardId: '11311', plan: 'approved', assessment: { met: 28, status: 'submitted' } }, // Minh Khai
    { wardId: '11323', plan: 'approved', assessment: { met: 33, status: 'submitted' } }, // Phan Bội Châu
    { wardId: '11296', plan: 'submitted' }, // Quán Toan
    {
      wardId: '11305', // Thượng Lý
      plan: 'returned',
      returnReason: 'Kinh phí chưa ghi rõ nguồn; đề nghị bổ sung chỉ tiêu tổ dân phố đạt tiêu chuẩn "An toàn về ANTT" (tiêu chí 2.9).',
    },
  ],
};

/**
 * Đồng Hới's campaign: Đức Ninh Đông's plan rests on its Party committee's resolution 15-NQ/ĐU of
 * 21/4/2023 and is approved. Nothing of Đức Ninh Đông waits for review: the browser test of the
 * campaign story picks that ward's row in the review queue and must find only its own plan.
 */
export const dongHoi2026: CampaignScript = {
  tag: 'antq2026',
  tenantId: '450',
  provinceId: '44',
  name: CAMPAIGN_2026,
  description,
  year: 2026,
  wards: [
    {
      wardId: '18880',
      plan: 'approved',
      planExtras: {
        resolution: {
          type: 'resolution',
          number: '15-NQ/ĐU',
          issuer: 'Đảng ủy phường Đức Ninh Đông',
          date: '2023-04-21',
          title: 'Nghị quyết về xây dựng phường Đức Ninh Đông điển hình về phong trào toàn dân bảo vệ ANTQ',
        },
      },
    },
    { wardId: '18865', plan: 'approved' }, // Nam Lý
    { wardId: '18853', plan: 'submitted' }, // Hải Thành
  ],
};
