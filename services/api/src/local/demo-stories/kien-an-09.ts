import type { Actors } from './actors.js';
import { demoKey } from './actors.js';
import { awardDecision } from './awards.js';
import { collectives09, individuals09 } from './kien-an-09-data.js';

export const PROGRAMME_09 = '09/CTr-BCA-MTTW';
export const DECISION_09 = '215/QĐ-UBND';
const TAG = 'ctr09';
// Distinct from what the browser test types (its own programme and review of 09), so its
// locators keep finding one row each.
const TITLE = 'Phối hợp bảo đảm an ninh, trật tự và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc';
const REVIEW = 'Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp 09/CTr-BCA-MTTW trên địa bàn quận Kiến An (2013–2023)';

/**
 * Quận Kiến An, 30/5/2023: the 10-year review (2013–2023) of joint programme 09/CTr-BCA-MTTW and
 * the district chair's Giấy khen to 12 collectives and 10 individuals (decision 215/QĐ-UBND).
 * The programme page shows the programme with two activities, the joint report and the review.
 */
export async function playKienAn09(who: Actors): Promise<{ skipped: boolean; writes: number }> {
  const district = who.as('dieuphoi.kienan');
  if ((await district.awards.decisions.list()).some((d) => d.fields.number === DECISION_09)) return { skipped: true, writes: 0 };
  let writes = 0;

  let programme = (await district.programmes.list()).find((p) => p.fields.documentNumber === PROGRAMME_09 && p.fields.title === TITLE);
  if (!programme) {
    programme = await district.programmes.save({
      fields: {
        documentNumber: PROGRAMME_09,
        title: TITLE,
        parties: [
          { side: 'police', name: 'Bộ Công an' },
          { side: 'front', name: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam' },
        ],
        nationalFromYear: 2013,
        nationalToYear: 2023,
        districtPlan: {
          type: 'plan',
          number: 'Số: 86/KH-CAQ-MTTQ',
          issuer: 'Công an quận Kiến An và Ủy ban MTTQ quận Kiến An',
          date: '2014-03-12',
          title: 'Kế hoạch liên tịch thực hiện Chương trình phối hợp 09/CTr-BCA-MTTW trên địa bàn quận',
        },
        notes: 'Tiếp tục thực hiện giai đoạn 2023–2033.',
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'programme'),
    });
    writes++;
  }
  const programmeId = programme.recordId;
  const page = await district.programmes.get({ programmeId });

  const activities = [
    {
      title: 'Xây dựng mô hình "Camera an ninh" tại các tổ dân phố',
      responsibleSide: 'police' as const,
      wardIds: ['11434', '11446'],
      dueDate: '2022-12-31',
      status: 'done' as const,
      doneOn: '2022-11-30',
      result: 'Lắp đặt 112 camera tại 24 tổ dân phố, kết nối với Công an phường.',
    },
    {
      title: 'Vận động Nhân dân tố giác tội phạm, giao nộp vũ khí, vật liệu nổ',
      responsibleSide: 'front' as const,
      wardIds: [],
      dueDate: '2023-04-30',
      status: 'done' as const,
      doneOn: '2023-04-28',
      result: 'Tiếp nhận 46 tin báo, tố giác tội phạm; Nhân dân giao nộp 9 khẩu súng tự chế và 35 công cụ hỗ trợ.',
    },
  ];
  for (const [i, fields] of activities.entries()) {
    if (page.activities.some((a) => a.fields.title === fields.title)) continue;
    await district.programmes.saveActivity({ programmeId, fields, expectedVersion: 0, idempotencyKey: demoKey(TAG, 'activity', i + 1) });
    writes++;
  }
  if (page.reports.length === 0) {
    await district.programmes.saveReport({
      programmeId,
      fields: {
        side: 'police',
        periodLabel: 'Tổng kết 10 năm (2013–2023)',
        date: '2023-05-15',
        documentNumber: 'Số: 145/BC-CAQ',
        summary:
          'Công an quận và Ủy ban MTTQ quận phối hợp tuyên truyền, vận động Nhân dân tham gia phong trào; 100% phường có mô hình tự quản về an ninh, trật tự; tội phạm về trật tự xã hội giảm qua các năm.',
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'report'),
    });
    writes++;
  }
  if (!page.conferences.some((c) => c.fields.title === REVIEW)) {
    await district.records.conferences.save({
      fields: {
        kind: 'final',
        title: REVIEW,
        periodFromYear: 2013,
        periodToYear: 2023,
        subject: { type: 'programme', refId: programmeId, label: PROGRAMME_09 },
        date: '2023-05-30',
        place: 'Hội trường Trung tâm Chính trị quận Kiến An',
        participants: 180,
        conclusions: 'Khen thưởng 12 tập thể và 10 cá nhân có thành tích xuất sắc; tiếp tục thực hiện Chương trình phối hợp giai đoạn 2023–2033.',
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'review'),
    });
    writes++;
  }

  const awarded = await awardDecision({
    tag: TAG,
    nominator: district,
    coordinator: district,
    nominees: [...collectives09, ...individuals09],
    achievement: {
      summary: 'Có thành tích xuất sắc trong 10 năm thực hiện Chương trình phối hợp 09/CTr-BCA-MTTW (2013–2023)',
      subject: { type: 'programme', refId: programmeId, label: PROGRAMME_09, fromYear: 2013, toYear: 2023 },
    },
    formCode: 'giay-khen-chu-tich-ubnd-huyen',
    decision: {
      authorityLevel: 'district',
      issuingBody: 'Ủy ban nhân dân quận Kiến An',
      number: DECISION_09,
      date: '2023-05-30',
      place: 'Kiến An',
      signer: { name: 'Lê Văn Hòa', title: 'Chủ tịch' },
    },
  });
  return { skipped: false, writes: writes + awarded.writes };
}
