// Test data only (not exported from the package): Kiến An and Hồng Bàng in Hải Phòng, 2024.
import { type ReportRow, totalRow } from '@antq/domain';
import type { DistrictReportInput, ProvinceReportInput } from './report.js';

const row = (code: string, name: string, values: Partial<ReportRow>): ReportRow => ({ ...totalRow([], { code, name }), ...values });

const kienAn = row('307', 'Quận Kiến An', {
  wards: 10, campaigns: 1, plansExpected: 10, plansSubmitted: 9, plansOnTime: 8, plansApproved: 7,
  assessmentsExpected: 10, assessmentsSubmitted: 8, assessmentsApproved: 6, criteriaMetTotal: 240, wardsAllCriteriaMet: 3,
  models: 14, activeModels: 12, commitments: 320, signatories: 5400, forums: 6, opinionsReceived: 48, opinionsResolved: 41,
  conferences: 4, reviewConferences: 3, festivals: 1, programmeActivities: 20, programmeActivitiesDone: 17, programmeReports: 2,
  awards: 22, awardsCollective: 12, awardsIndividual: 10,
});

const hongBang = row('303', 'Quận Hồng Bàng', {
  wards: 11, campaigns: 1, plansExpected: 11, plansSubmitted: 11, plansOnTime: 11, plansApproved: 11,
  assessmentsExpected: 11, assessmentsSubmitted: 11, assessmentsApproved: 10, criteriaMetTotal: 310, wardsAllCriteriaMet: 7,
  models: 9, activeModels: 9, commitments: 150, signatories: 2100, forums: 3, opinionsReceived: 20, opinionsResolved: 20,
  conferences: 2, reviewConferences: 2, festivals: 1, programmeActivities: 8, programmeActivitiesDone: 8, programmeReports: 1,
  awards: 5, awardsCollective: 2, awardsIndividual: 2, awardsHousehold: 1,
});

export function haiPhong(): ProvinceReportInput {
  const districts = [kienAn, hongBang];
  return { provinceId: '31', provinceName: 'Thành phố Hải Phòng', year: 2024, districts, total: totalRow(districts, { code: '31', name: 'Thành phố Hải Phòng' }), campaigns: [] };
}

const ward = (code: string, name: string, values: Partial<ReportRow>) =>
  row(code, name, { wards: 1, campaigns: 1, plansExpected: 1, assessmentsExpected: 1, ...values });

// Eight of the ten wards; the district's own row also counts district-wide activities.
export const kienAnWards = [
  ward('11311', 'Phường Bắc Sơn', { plansSubmitted: 1, assessmentsSubmitted: 1, wardsAllCriteriaMet: 1, models: 3, awards: 4 }),
  ward('11317', 'Phường Lãm Hà', { plansSubmitted: 1, assessmentsSubmitted: 1, models: 2, opinionsResolved: 7 }),
  ward('11320', 'Phường Trần Thành Ngọ', { plansSubmitted: 1 }),
];

export function kienAnDistrict(): DistrictReportInput {
  return {
    district: { code: '307', name: 'Quận Kiến An', provinceId: '31', provinceName: 'Thành phố Hải Phòng' },
    year: 2024,
    row: kienAn,
    wards: kienAnWards,
    figures: {
      year: 2024,
      campaigns: [
        {
          campaignId: 'c-2024',
          name: 'Đánh giá năm 2024',
          catalogueTitle: 'Bộ tiêu chí phường, xã an toàn về an ninh, trật tự',
          criteriaCount: 34,
          wards: 10,
          plans: { submitted: 9, approved: 7, returned: 1, onTime: 8, late: 1 },
          assessments: { submitted: 8, approved: 6, returned: 0, late: 0, metTotal: 240, allMet: 3 },
        },
      ],
      movement: {
        models: 14, activeModels: 12, replicatedModels: 2, commitments: 320, signatories: 5400, forums: 6, forumAttendance: 1250,
        opinionsReceived: 48, opinionsResolved: 41, gatherings: 4, conferences: 3, festivals: 1, activitiesTotal: 20, activitiesDone: 17, reports: 2,
      },
      awards: {
        total: 22, collective: 12, individual: 10, household: 0,
        byForm: { 'giay-khen-chu-tich-ubnd-huyen': 20, 'giay-khen-truong-cong-an-huyen': 2 },
        byLevel: { district: 22 },
      },
    },
    awardForms: {
      'bang-khen-bo-cong-an': 'Bằng khen của Bộ trưởng Bộ Công an',
      'giay-khen-chu-tich-ubnd-huyen': 'Giấy khen của Chủ tịch UBND quận/huyện',
    },
  };
}

/** Quảng Bình 2023, nothing recorded anywhere: every figure zero. */
export function emptyProvince(): ProvinceReportInput {
  const districts = [row('450', 'Thành Phố Đồng Hới', { wards: 15 }), row('451', 'Huyện Minh Hóa', { wards: 15 })];
  return { provinceId: '44', provinceName: 'Tỉnh Quảng Bình', year: 2023, districts, total: totalRow(districts, { code: '44', name: 'Tỉnh Quảng Bình' }), campaigns: [] };
}

/**
 * Đồng Hới 2023, registered as the catalogue spells it ("Thành Phố Đồng Hới"): two campaigns,
 * one with plans only and one with nothing sent yet, a few movement records and no awards.
 */
export function dongHoiDistrict(): DistrictReportInput {
  const name = 'Thành Phố Đồng Hới';
  const district = row('450', name, {
    wards: 15, campaigns: 2, plansExpected: 30, plansSubmitted: 15, plansOnTime: 12, assessmentsExpected: 30,
    models: 4, forums: 1, opinionsReceived: 3, opinionsResolved: 3,
  });
  const none = { submitted: 0, approved: 0, returned: 0, late: 0 };
  return {
    district: { code: '450', name, provinceId: '44', provinceName: 'Tỉnh Quảng Bình' },
    year: 2023,
    row: district,
    wards: [ward('19000', 'Phường Đức Ninh Đông', { plansSubmitted: 1, plansOnTime: 1, models: 2 })],
    figures: {
      year: 2023,
      campaigns: [
        {
          campaignId: 'c-34',
          name: 'Xây dựng phường điển hình năm 2023',
          catalogueTitle: '(Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí',
          criteriaCount: 34,
          wards: 15,
          plans: { ...none, submitted: 15, onTime: 12 },
          assessments: { ...none, metTotal: 0, allMet: 0 },
        },
        {
          campaignId: 'c-22',
          name: 'Công an phường điển hình kiểu mẫu 2023',
          catalogueTitle: 'Bộ tiêu chí Công an phường điển hình kiểu mẫu',
          criteriaCount: 22,
          wards: 15,
          plans: { ...none, onTime: 0 },
          assessments: { ...none, metTotal: 0, allMet: 0 },
        },
      ],
      movement: {
        models: 4, activeModels: 0, replicatedModels: 0, commitments: 0, signatories: 0, forums: 1, forumAttendance: 0,
        opinionsReceived: 3, opinionsResolved: 3, gatherings: 0, conferences: 0, festivals: 0, activitiesTotal: 0, activitiesDone: 0, reports: 0,
      },
      awards: { total: 0, collective: 0, individual: 0, household: 0, byForm: {}, byLevel: {} },
    },
    awardForms: {},
  };
}
