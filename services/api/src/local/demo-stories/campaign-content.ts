import type { AssessmentEntry, CatalogueContent, PlanContent, StatusValue } from '@antq/domain';
import { allCriteria } from '@antq/domain';

/** What a ward's plan refers to beyond its own year's documents (Đức Ninh Đông's standing resolution). */
export interface PlanExtras {
  resolution?: PlanContent['legalReferences'][number];
}

/**
 * A ward's plan for the year as wards write them: the Party committee's resolution and the
 * People's Committee's plan of the first quarter, the steering committee, a handful of activities
 * (commitments, forum, festival day on 19 August), a budget and a few targets.
 */
export function wardPlan(wardName: string, year: number, n: number, extras: PlanExtras = {}): PlanContent {
  const ward = wardName.replace(/^Phường /u, 'phường ').replace(/^Xã /u, 'xã ');
  const resolution = extras.resolution ?? {
    type: 'resolution' as const,
    number: `${String(2 + n).padStart(2, '0')}-NQ/ĐU`,
    issuer: `Đảng ủy ${ward}`,
    date: `${year}-01-${String(10 + n).padStart(2, '0')}`,
    title: `Nghị quyết về lãnh đạo công tác bảo đảm an ninh, trật tự và phong trào toàn dân bảo vệ ANTQ năm ${year}`,
  };
  return {
    legalReferences: [
      resolution,
      {
        type: 'plan',
        number: `Số: ${12 + n * 3}/KH-UBND`,
        issuer: `UBND ${ward}`,
        date: `${year}-02-${String(3 + n).padStart(2, '0')}`,
        title: `Kế hoạch xây dựng phong trào toàn dân bảo vệ ANTQ năm ${year}`,
      },
    ],
    steeringCommittee: {
      decision: { type: 'decision', number: `Số: ${20 + n * 2}/QĐ-UBND`, issuer: `UBND ${ward}`, date: `${year}-01-${String(20 + n).padStart(2, '0')}` },
      head: 'Chủ tịch UBND phường',
      members: [
        { name: 'Trưởng Công an phường', position: 'Phó Trưởng ban thường trực' },
        { name: 'Chủ tịch Ủy ban MTTQ phường', position: 'Phó Trưởng ban' },
        { name: 'Bí thư Đoàn Thanh niên phường', position: 'Ủy viên' },
      ],
    },
    activities: [
      { title: 'Ký cam kết 3 nội dung giữa các ban, ngành, đoàn thể, tổ dân phố, tổ bảo vệ ANTT', ownerOrganisation: 'Công an phường', dueDate: `${year}-04-30` },
      { title: 'Tổ chức diễn đàn "Công an lắng nghe ý kiến nhân dân"', ownerOrganisation: 'Công an phường', dueDate: `${year}-06-30` },
      { title: `Ngày hội toàn dân bảo vệ ANTQ năm ${year}`, ownerOrganisation: 'Ủy ban MTTQ phường', dueDate: `${year}-08-19` },
      { title: 'Sơ kết 6 tháng, tổng kết năm phong trào toàn dân bảo vệ ANTQ', ownerOrganisation: 'UBND phường', dueDate: `${year}-12-15` },
    ],
    budget: { amountVnd: (40 + n * 5) * 1_000_000, source: 'Ngân sách phường và nguồn xã hội hóa' },
    targets: [
      { criterionCode: '1.2', target: 'Ban hành nghị quyết, kế hoạch và chương trình công tác ngay trong quý I' },
      { criterionCode: '2.2', target: '100% hộ gia đình ký cam kết thực hiện phong trào' },
      { criterionCode: '2.3', target: 'Duy trì ít nhất 2 mô hình tự quản về an ninh, trật tự' },
    ],
  };
}

/** Why a criterion fell short, in the words a ward would write it. */
const shortfalls: Record<string, string> = {
  '1.5': 'Kinh phí xã hội hóa mới đạt 60% kế hoạch',
  '2.2': 'Còn 12 hộ tạm trú chưa ký cam kết',
  '2.4': 'Tổ dân phố số 7 chưa tổ chức Ngày hội',
  '2.9': 'Mới 8/11 tổ dân phố được công nhận "An toàn về ANTT"',
  '3.2': 'Tội phạm trộm cắp tài sản tăng 2 vụ so với năm trước',
  '3.6': 'Số người bị thương do tai nạn giao thông tăng so với năm trước',
  '3.9': 'Còn xảy ra 3 vụ lừa đảo qua mạng, chưa thu hồi được tài sản',
  '4.6': 'Sổ sách nghiệp vụ còn chậm cập nhật',
};
const shortfallOrder = ['2.9', '3.9', '1.5', '2.2', '3.2', '3.6', '2.4', '4.6'];

/**
 * A complete self-assessment: every criterion answered, all met except the first `34 - met`
 * of a list of plausible shortfalls (largely met, the first one not met), each with its reason.
 */
export function selfAssessment(catalogue: CatalogueContent, met: number): AssessmentEntry[] {
  const criteria = allCriteria(catalogue);
  const short = shortfallOrder.slice(0, criteria.length - met);
  if (short.length !== criteria.length - met) throw new Error(`Cannot build ${met}/${criteria.length}`);
  return criteria.map((c) => {
    const i = short.indexOf(c.code);
    const status: StatusValue = i < 0 ? 'met' : i === 0 && short.length > 3 ? 'not_met' : 'largely_met';
    return { criterionCode: c.code, value: { status }, evidence: i < 0 ? 'Đã thực hiện đầy đủ; hồ sơ minh chứng lưu tại văn phòng Ban Chỉ đạo phường' : shortfalls[c.code]! };
  });
}
