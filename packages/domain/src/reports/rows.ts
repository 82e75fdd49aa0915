import { type DistrictYearFigures, districtYearFigures, type WardCampaignLine, type WardFigures } from './district-year.js';

/**
 * One row of a consolidated report, flat and with stable field names: the pull API, the CSV, the
 * XLSX and the console's tables all use these names, so provincial systems can rely on them.
 */
export interface ReportRow {
  unitCode: string;
  unitName: string;
  wards: number;
  campaigns: number;
  plansExpected: number;
  plansSubmitted: number;
  plansOnTime: number;
  plansApproved: number;
  assessmentsExpected: number;
  assessmentsSubmitted: number;
  assessmentsApproved: number;
  criteriaMetTotal: number;
  wardsAllCriteriaMet: number;
  models: number;
  activeModels: number;
  commitments: number;
  signatories: number;
  forums: number;
  opinionsReceived: number;
  opinionsResolved: number;
  conferences: number;
  programmeActivities: number;
  programmeActivitiesDone: number;
  programmeReports: number;
  awards: number;
  awardsCollective: number;
  awardsIndividual: number;
  awardsHousehold: number;
}

export type ReportField = keyof ReportRow;

/** Column order and Vietnamese headers, shared by every export. */
export const reportColumns: Array<{ field: ReportField; header: string; section: string }> = [
  { field: 'unitCode', header: 'Mã đơn vị', section: 'Đơn vị' },
  { field: 'unitName', header: 'Đơn vị', section: 'Đơn vị' },
  { field: 'wards', header: 'Số phường/xã', section: 'Đơn vị' },
  { field: 'campaigns', header: 'Số đợt đánh giá', section: 'Kế hoạch' },
  { field: 'plansExpected', header: 'Kế hoạch phải nộp', section: 'Kế hoạch' },
  { field: 'plansSubmitted', header: 'Kế hoạch đã nộp', section: 'Kế hoạch' },
  { field: 'plansOnTime', header: 'Nộp đúng hạn', section: 'Kế hoạch' },
  { field: 'plansApproved', header: 'Kế hoạch đã duyệt', section: 'Kế hoạch' },
  { field: 'assessmentsExpected', header: 'Tự đánh giá phải nộp', section: 'Tự đánh giá' },
  { field: 'assessmentsSubmitted', header: 'Tự đánh giá đã nộp', section: 'Tự đánh giá' },
  { field: 'assessmentsApproved', header: 'Tự đánh giá đã duyệt', section: 'Tự đánh giá' },
  { field: 'criteriaMetTotal', header: 'Tổng số tiêu chí đạt', section: 'Tự đánh giá' },
  { field: 'wardsAllCriteriaMet', header: 'Phường/xã đạt đủ tiêu chí', section: 'Tự đánh giá' },
  { field: 'models', header: 'Mô hình', section: 'Phong trào' },
  { field: 'activeModels', header: 'Mô hình đang hoạt động', section: 'Phong trào' },
  { field: 'commitments', header: 'Lượt ký cam kết', section: 'Phong trào' },
  { field: 'signatories', header: 'Số người/đơn vị ký cam kết', section: 'Phong trào' },
  { field: 'forums', header: 'Diễn đàn', section: 'Phong trào' },
  { field: 'opinionsReceived', header: 'Ý kiến tiếp nhận', section: 'Phong trào' },
  { field: 'opinionsResolved', header: 'Ý kiến đã giải quyết', section: 'Phong trào' },
  { field: 'conferences', header: 'Hội nghị sơ kết, tổng kết, ngày hội', section: 'Phong trào' },
  { field: 'programmeActivities', header: 'Hoạt động chương trình phối hợp', section: 'Chương trình phối hợp' },
  { field: 'programmeActivitiesDone', header: 'Hoạt động đã hoàn thành', section: 'Chương trình phối hợp' },
  { field: 'programmeReports', header: 'Báo cáo liên tịch', section: 'Chương trình phối hợp' },
  { field: 'awards', header: 'Khen thưởng', section: 'Khen thưởng' },
  { field: 'awardsCollective', header: 'Tập thể được khen', section: 'Khen thưởng' },
  { field: 'awardsIndividual', header: 'Cá nhân được khen', section: 'Khen thưởng' },
  { field: 'awardsHousehold', header: 'Hộ gia đình được khen', section: 'Khen thưởng' },
];

const sum = <T>(items: T[], pick: (t: T) => number) => items.reduce((n, t) => n + pick(t), 0);

/** A district's row (or a ward's, when `figures` are a ward's) from its year figures. */
export function reportRow(unit: { code: string; name: string; wards: number }, f: DistrictYearFigures): ReportRow {
  const c = f.campaigns;
  return {
    unitCode: unit.code,
    unitName: unit.name,
    wards: unit.wards,
    campaigns: c.length,
    plansExpected: sum(c, (x) => x.wards),
    plansSubmitted: sum(c, (x) => x.plans.submitted),
    plansOnTime: sum(c, (x) => x.plans.onTime),
    plansApproved: sum(c, (x) => x.plans.approved),
    assessmentsExpected: sum(c, (x) => x.wards),
    assessmentsSubmitted: sum(c, (x) => x.assessments.submitted),
    assessmentsApproved: sum(c, (x) => x.assessments.approved),
    criteriaMetTotal: sum(c, (x) => x.assessments.metTotal),
    wardsAllCriteriaMet: sum(c, (x) => x.assessments.allMet),
    models: f.movement.models,
    activeModels: f.movement.activeModels,
    commitments: f.movement.commitments,
    signatories: f.movement.signatories,
    forums: f.movement.forums,
    opinionsReceived: f.movement.opinionsReceived,
    opinionsResolved: f.movement.opinionsResolved,
    conferences: f.movement.conferences + f.movement.festivals,
    programmeActivities: f.movement.activitiesTotal,
    programmeActivitiesDone: f.movement.activitiesDone,
    programmeReports: f.movement.reports,
    awards: f.awards.total,
    awardsCollective: f.awards.collective,
    awardsIndividual: f.awards.individual,
    awardsHousehold: f.awards.household,
  };
}

/** A ward's row from its lines in the district-year figures (drill-down from a district). */
export function wardRow(ward: { code: string; name: string }, f: WardFigures | undefined): ReportRow {
  const lines = Object.values(f?.campaigns ?? {});
  const count = (test: (l: WardCampaignLine) => boolean) => lines.filter(test).length;
  const m = f?.movement;
  return {
    ...totalRow([], ward),
    wards: 1,
    campaigns: lines.length,
    plansExpected: lines.length,
    plansSubmitted: count((l) => l.planSubmitted),
    plansOnTime: count((l) => l.planSubmitted && !l.planLate),
    plansApproved: count((l) => l.plan === 'approved'),
    assessmentsExpected: lines.length,
    assessmentsSubmitted: count((l) => l.assessmentSubmitted),
    assessmentsApproved: count((l) => l.assessment === 'approved'),
    criteriaMetTotal: sum(lines.filter((l) => l.assessmentSubmitted), (l) => l.met),
    wardsAllCriteriaMet: count((l) => l.assessmentSubmitted && l.criteriaCount > 0 && l.met >= l.criteriaCount),
    ...(m && {
      models: m.models,
      activeModels: m.activeModels,
      commitments: m.commitments,
      signatories: m.signatories,
      forums: m.forums,
      opinionsReceived: m.opinionsReceived,
      opinionsResolved: m.opinionsResolved,
      conferences: m.conferences + m.festivals,
      programmeActivities: m.activitiesTotal,
      programmeActivitiesDone: m.activitiesDone,
      programmeReports: m.reports,
    }),
    ...(f && { awards: f.awards.total, awardsCollective: f.awards.collective, awardsIndividual: f.awards.individual, awardsHousehold: f.awards.household }),
  };
}

/** The total row: every numeric field summed. */
export function totalRow(rows: ReportRow[], unit: { code: string; name: string }): ReportRow {
  const total = reportRow({ ...unit, wards: 0 }, districtYearFigures(0, undefined));
  for (const field of reportColumns.map((c) => c.field)) {
    if (field !== 'unitCode' && field !== 'unitName') (total[field] as number) = sum(rows, (r) => r[field] as number);
  }
  return total;
}

/** RFC 4180 CSV with a BOM, so Excel opens the Vietnamese headers correctly. */
export function reportCsv(rows: ReportRow[], headers: 'field' | 'vietnamese' = 'field'): string {
  const quote = (v: string | number) => {
    // A text cell beginning with = + - @ (or a tab/CR) would run as a formula in Excel: a leading
    // apostrophe keeps it text (OWASP's advice for CSV injection). Numbers are written as they are.
    const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = reportColumns.map((c) => quote(headers === 'field' ? c.field : c.header)).join(',');
  return `\uFEFF${[head, ...rows.map((r) => reportColumns.map((c) => quote(r[c.field])).join(','))].join('\r\n')}\r\n`;
}
