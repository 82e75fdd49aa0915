import type { Actors } from './actors.js';
import { demoKey } from './actors.js';
import { awardDecision } from './awards.js';
import { DONG_SON, dongSonCollectives, dongSonIndividuals } from './dong-son-data.js';

export const DECISION_DONG_SON = '85/QĐ-UBND';
const TAG = 'dongson2019';
const MODEL = 'Cải cách hành chính phục vụ nhân dân';
const REVIEW = 'Hội nghị tổng kết 10 năm phong trào toàn dân bảo vệ ANTQ phường Đông Sơn (2009–2019)';
const HALL = 'Hội trường UBND phường Đông Sơn';

/**
 * Phường Đông Sơn (Thành phố Thanh Hóa), 28/8/2019: the ward launches the model "Cải cách hành
 * chính phục vụ nhân dân" (regulation of 6 chapters, 19 articles), holds a citizen forum whose 3
 * opinions are all resolved, reviews 10 years of the movement (2009–2019), and its chair gives
 * Giấy khen to 6 collectives and 31 individuals. The ward officer records and nominates; the
 * city's coordinator accepts and enters the ward chair's decision.
 */
export async function playDongSon(who: Actors): Promise<{ skipped: boolean; writes: number }> {
  const city = who.as('dieuphoi.thanhhoa');
  if ((await city.awards.decisions.list()).some((d) => d.fields.number === DECISION_DONG_SON)) return { skipped: true, writes: 0 };
  const ward = who.as('phuong.dongson');
  let writes = 0;
  const in2019 = { wardId: DONG_SON, year: 2019 };

  if (!(await ward.records.models.list(in2019)).some((m) => m.fields.name === MODEL)) {
    await ward.records.models.save({
      fields: {
        name: MODEL,
        kind: 'admin_reform',
        hostWardId: DONG_SON,
        foundingDecision: { type: 'decision', number: 'Số: 84/QĐ-UBND', issuer: 'UBND phường Đông Sơn', date: '2019-08-26', title: 'Quyết định thành lập mô hình "Cải cách hành chính phục vụ nhân dân"' },
        regulation: { chapters: 6, articles: 19 },
        startDate: '2019-08-28',
        status: 'active',
        notes: 'Công an phường và bộ phận một cửa tiếp nhận, giải quyết thủ tục về cư trú, chứng thực; niêm yết công khai quy trình, thời hạn.',
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'model'),
    });
    writes++;
  }
  if ((await ward.records.forums.list(in2019)).length === 0) {
    await ward.records.forums.save({
      fields: {
        wardId: DONG_SON,
        title: 'Công an lắng nghe ý kiến nhân dân',
        date: '2019-08-28',
        place: HALL,
        attendance: 150,
        opinions: [
          { text: 'Đề nghị lắp đèn chiếu sáng tại ngõ tổ dân phố số 4 để phòng, chống trộm cắp', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-10-15' },
          { text: 'Đề nghị tăng cường tuần tra khu vực chợ vào buổi tối', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-09-10' },
          { text: 'Hỏi về thủ tục đăng ký thường trú cho con khi chuyển nơi ở', handling: 'answered', answeredOn: '2019-08-28' },
        ],
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'forum'),
    });
    writes++;
  }
  let review = (await ward.records.conferences.list(in2019)).find((c) => c.fields.title === REVIEW);
  if (!review) {
    review = await ward.records.conferences.save({
      fields: {
        kind: 'final',
        title: REVIEW,
        wardId: DONG_SON,
        periodFromYear: 2009,
        periodToYear: 2019,
        subject: { type: 'movement' },
        date: '2019-08-28',
        place: HALL,
        participants: 200,
        conclusions: 'Khen thưởng 6 tập thể và 31 cá nhân có thành tích xuất sắc; ra mắt mô hình "Cải cách hành chính phục vụ nhân dân".',
      },
      expectedVersion: 0,
      idempotencyKey: demoKey(TAG, 'review'),
    });
    writes++;
  }

  const awarded = await awardDecision({
    tag: TAG,
    nominator: ward,
    coordinator: city,
    nominees: [...dongSonCollectives, ...dongSonIndividuals],
    achievement: {
      summary: 'Có thành tích xuất sắc trong 10 năm thực hiện phong trào toàn dân bảo vệ ANTQ (2009–2019)',
      subject: { type: 'conference', refId: review.recordId, label: 'Tổng kết 10 năm phong trào toàn dân bảo vệ ANTQ (2009–2019)', fromYear: 2009, toYear: 2019 },
    },
    formCode: 'giay-khen-chu-tich-ubnd-xa',
    decision: {
      authorityLevel: 'ward',
      issuingBody: 'Ủy ban nhân dân phường Đông Sơn',
      number: DECISION_DONG_SON,
      date: '2019-08-28',
      place: 'Đông Sơn',
      signer: { name: 'Nguyễn Đình Tuấn', title: 'Chủ tịch' },
    },
  });
  return { skipped: false, writes: writes + awarded.writes };
}
