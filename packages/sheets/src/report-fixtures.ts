// Test data only (not exported from the package): Kiến An and Hồng Bàng in Hải Phòng, 2024.
import { type ReportRow, totalRow } from '@antq/domain';
import type { DistrictReportInput, ProvinceReportInput } from './report-xlsx.js';

export const row = (code: string, name: string, values: Partial<ReportRow>): ReportRow => ({ ...totalRow([], { code, name }), ...values });

const kienAn = row('307', 'Quận Kiến An', {
  wards: 10, campaigns: 1, plansExpected: 10, plansSubmitted: 9, plansOnTime: 8, plansApproved: 7,
  assessmentsExpected: 10, assessmentsSubmitted: 8, assessmentsApproved: 6, criteriaMetTotal: 240, wardsAllCriteriaMet: 3,
  models: 14, activeModels: 12, commitments: 320, signatories: 5400, forums: 6, opinionsReceived: 48, opinionsResolved: 41,
  conferences: 4, programmeActivities: 20, programmeActivitiesDone: 17, programmeReports: 2,
  awards: 22, awardsCollective: 12, awardsIndividual: 10,
});

const hongBang = row('303', 'Quận Hồng Bàng', {
  wards: 11, campaigns: 1, plansExpected: 11, plansSubmitted: 11, plansOnTime: 11, plansApproved: 11,
  assessmentsExpected: 11, assessmentsSubmitted: 10, assessmentsApproved: 10, criteriaMetTotal: 310, wardsAllCriteriaMet: 7,
  models: 9, activeModels: 9, commitments: 150, signatories: 2100, forums: 3, opinionsReceived: 20, opinionsResolved: 20,
  conferences: 2, programmeActivities: 8, programmeActivitiesDone: 8, programmeReports: 1,
  awards: 5, awardsCollective: 2, awardsIndividual: 2, awardsHousehold: 1,
});

export function haiPhong(): ProvinceReportInput {
  const districts = [kienAn, hongBang];
  return { provinceId: '31', provinceName: 'Thành phố Hải Phòng', year: 2024, districts, total: totalRow(districts, { code: '31', name: 'Thành phố Hải Phòng' }), campaigns: [] };
}

const wards = [
  row('11311', 'Phường Bắc Sơn', { wards: 1, campaigns: 1, plansExpected: 1, plansSubmitted: 1, assessmentsSubmitted: 1, wardsAllCriteriaMet: 1, models: 3 }),
  row('11317', 'Phường Lãm Hà', { wards: 1, campaigns: 1, plansExpected: 1, plansSubmitted: 1, assessmentsSubmitted: 1, models: 2 }),
  row('11320', 'Phường Trần Thành Ngọ', { wards: 1, campaigns: 1, plansExpected: 1 }),
];

export function kienAnDistrict(): DistrictReportInput {
  return {
    district: { code: '307', name: 'Quận Kiến An', provinceId: '31', provinceName: 'Thành phố Hải Phòng' },
    year: 2024,
    row: kienAn,
    wards,
    campaigns: [
      {
        campaignId: 'c-2024',
        name: 'Đánh giá năm 2024',
        catalogueTitle: 'Bộ tiêu chí phường, xã an toàn về an ninh, trật tự',
        criteriaCount: 3,
        wards: 3,
        plans: { submitted: 2, approved: 2, returned: 0, onTime: 2, late: 0 },
        assessments: { submitted: 2, approved: 1, returned: 0, late: 0, metTotal: 5, allMet: 1 },
        groups: [
          { code: '2', met: 1, criteria: 1 },
          { code: '1', met: 4, criteria: 2 },
        ],
        grid: {
          '11311': { '1.1': true, '1.2': true, '2.1': true },
          '11317': { '1.1': true, '1.2': true, '2.1': false },
        },
      },
    ],
  };
}
