import { type DistrictYearFigures, districtYearFigures, type WardCampaignLine, type WardFigures } from './district-year.js';

/**
 * Self-assessments against one criteria set, in a unit's row: criteria met are added up only
 * within a set (34 + 18 against two sets is no figure). A set is its title and number of criteria,
 * so the same sample catalogue imported by two districts is one set in the province's total.
 */
export interface CriteriaSetFigures {
  catalogueTitle: string;
  criteriaCount: number;
  campaigns: number;
  assessmentsExpected: number;
  assessmentsSubmitted: number;
  assessmentsApproved: number;
  /** Criteria met, summed over the submitted self-assessments against this set. */
  criteriaMet: number;
  /** Self-assessments meeting every criterion of the set. */
  wardsAllCriteriaMet: number;
}

/**
 * One row of a consolidated report, flat and with stable field names: the pull API, the CSV, the
 * XLSX and the console's tables all use these names, so provincial systems can rely on them.
 * `criteriaSets` is the one list beside them: the self-assessments per criteria set.
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
  /**
   * Criteria met, summed over the row's submitted self-assessments when they are all against one
   * criteria set; `null` when they are against several (read `criteriaSets`: a sum across sets
   * means nothing).
   */
  criteriaMetTotal: number | null;
  wardsAllCriteriaMet: number;
  models: number;
  activeModels: number;
  commitments: number;
  signatories: number;
  forums: number;
  opinionsReceived: number;
  opinionsResolved: number;
  /** Review conferences and festival days held, one held as the other counted once. */
  conferences: number;
  /** Review conferences (sơ kết, tổng kết), including one held as the festival day. */
  reviewConferences: number;
  /** Festival days (Ngày hội toàn dân bảo vệ ANTQ), including a review conference held as one. */
  festivals: number;
  programmeActivities: number;
  programmeActivitiesDone: number;
  programmeReports: number;
  awards: number;
  awardsCollective: number;
  awardsIndividual: number;
  awardsHousehold: number;
  criteriaSets: CriteriaSetFigures[];
}

/** The flat fields, one column each in every export. */
export type ReportField = Exclude<keyof ReportRow, 'criteriaSets'>;

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
  { field: 'criteriaMetTotal', header: 'Tổng số tiêu chí đạt (một bộ tiêu chí)', section: 'Tự đánh giá' },
  { field: 'wardsAllCriteriaMet', header: 'Phường/xã đạt đủ tiêu chí', section: 'Tự đánh giá' },
  { field: 'models', header: 'Mô hình', section: 'Phong trào' },
  { field: 'activeModels', header: 'Mô hình đang hoạt động', section: 'Phong trào' },
  { field: 'commitments', header: 'Lượt ký cam kết', section: 'Phong trào' },
  { field: 'signatories', header: 'Số người/đơn vị ký cam kết', section: 'Phong trào' },
  { field: 'forums', header: 'Diễn đàn', section: 'Phong trào' },
  { field: 'opinionsReceived', header: 'Ý kiến tiếp nhận', section: 'Phong trào' },
  { field: 'opinionsResolved', header: 'Ý kiến đã giải quyết', section: 'Phong trào' },
  { field: 'conferences', header: 'Hội nghị sơ kết, tổng kết, ngày hội', section: 'Phong trào' },
  { field: 'reviewConferences', header: 'Hội nghị sơ kết, tổng kết', section: 'Phong trào' },
  { field: 'festivals', header: 'Ngày hội toàn dân bảo vệ ANTQ', section: 'Phong trào' },
  { field: 'programmeActivities', header: 'Hoạt động chương trình phối hợp', section: 'Chương trình phối hợp' },
  { field: 'programmeActivitiesDone', header: 'Hoạt động đã hoàn thành', section: 'Chương trình phối hợp' },
  { field: 'programmeReports', header: 'Báo cáo liên tịch', section: 'Chương trình phối hợp' },
  { field: 'awards', header: 'Khen thưởng', section: 'Khen thưởng' },
  { field: 'awardsCollective', header: 'Tập thể được khen', section: 'Khen thưởng' },
  { field: 'awardsIndividual', header: 'Cá nhân được khen', section: 'Khen thưởng' },
  { field: 'awardsHousehold', header: 'Hộ gia đình được khen', section: 'Khen thưởng' },
];

const sum = <T>(items: T[], pick: (t: T) => number) => items.reduce((n, t) => n + pick(t), 0);

const setKey = (s: Pick<CriteriaSetFigures, 'catalogueTitle' | 'criteriaCount'>) => `${s.criteriaCount}|${s.catalogueTitle}`;

/** Adds up lines of the same criteria set, sets in the order of their titles. */
export function mergeCriteriaSets(lines: CriteriaSetFigures[]): CriteriaSetFigures[] {
  const sets = new Map<string, CriteriaSetFigures>();
  for (const l of lines) {
    const s = sets.get(setKey(l));
    if (!s) sets.set(setKey(l), { ...l });
    else {
      s.campaigns += l.campaigns;
      s.assessmentsExpected += l.assessmentsExpected;
      s.assessmentsSubmitted += l.assessmentsSubmitted;
      s.assessmentsApproved += l.assessmentsApproved;
      s.criteriaMet += l.criteriaMet;
      s.wardsAllCriteriaMet += l.wardsAllCriteriaMet;
    }
  }
  return [...sets.values()].sort((a, b) => a.catalogueTitle.localeCompare(b.catalogueTitle, 'vi') || a.criteriaCount - b.criteriaCount);
}

/** The sum of criteria met when the self-assessments submitted are against one set (or none), else null. */
const metTotal = (sets: CriteriaSetFigures[]): number | null => {
  const answered = sets.filter((s) => s.assessmentsSubmitted > 0);
  return answered.length > 1 ? null : (answered[0]?.criteriaMet ?? 0);
};

/** The movement part of a row, from the year's movement counts. */
const movementFields = (m: DistrictYearFigures['movement']) => ({
  models: m.models,
  activeModels: m.activeModels,
  commitments: m.commitments,
  signatories: m.signatories,
  forums: m.forums,
  opinionsReceived: m.opinionsReceived,
  opinionsResolved: m.opinionsResolved,
  conferences: m.gatherings,
  reviewConferences: m.conferences,
  festivals: m.festivals,
  programmeActivities: m.activitiesTotal,
  programmeActivitiesDone: m.activitiesDone,
  programmeReports: m.reports,
});

/** A district's row (or a ward's, when `figures` are a ward's) from its year figures. */
export function reportRow(unit: { code: string; name: string; wards: number }, f: DistrictYearFigures): ReportRow {
  const c = f.campaigns;
  const sets = mergeCriteriaSets(
    c.map((x) => ({
      catalogueTitle: x.catalogueTitle,
      criteriaCount: x.criteriaCount,
      campaigns: 1,
      assessmentsExpected: x.wards,
      assessmentsSubmitted: x.assessments.submitted,
      assessmentsApproved: x.assessments.approved,
      criteriaMet: x.assessments.metTotal,
      wardsAllCriteriaMet: x.assessments.allMet,
    })),
  );
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
    criteriaMetTotal: metTotal(sets),
    wardsAllCriteriaMet: sum(c, (x) => x.assessments.allMet),
    ...movementFields(f.movement),
    awards: f.awards.total,
    awardsCollective: f.awards.collective,
    awardsIndividual: f.awards.individual,
    awardsHousehold: f.awards.household,
    criteriaSets: sets,
  };
}

/** A ward's row from its lines in the district-year figures (drill-down from a district). */
export function wardRow(ward: { code: string; name: string }, f: WardFigures | undefined): ReportRow {
  const lines = Object.values(f?.campaigns ?? {});
  const count = (test: (l: WardCampaignLine) => boolean) => lines.filter(test).length;
  const allMet = (l: WardCampaignLine) => l.assessmentSubmitted && l.criteriaCount > 0 && l.met >= l.criteriaCount;
  const sets = mergeCriteriaSets(
    lines.map((l) => ({
      catalogueTitle: l.catalogueTitle,
      criteriaCount: l.criteriaCount,
      campaigns: 1,
      assessmentsExpected: 1,
      assessmentsSubmitted: l.assessmentSubmitted ? 1 : 0,
      assessmentsApproved: l.assessment === 'approved' ? 1 : 0,
      criteriaMet: l.assessmentSubmitted ? l.met : 0,
      wardsAllCriteriaMet: allMet(l) ? 1 : 0,
    })),
  );
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
    criteriaMetTotal: metTotal(sets),
    wardsAllCriteriaMet: count(allMet),
    ...(m && movementFields(m)),
    ...(f && { awards: f.awards.total, awardsCollective: f.awards.collective, awardsIndividual: f.awards.individual, awardsHousehold: f.awards.household }),
    criteriaSets: sets,
  };
}

/** The total row: every numeric field summed, criteria met within each criteria set only. */
export function totalRow(rows: ReportRow[], unit: { code: string; name: string }): ReportRow {
  const total = reportRow({ ...unit, wards: 0 }, districtYearFigures(0, undefined));
  for (const field of reportColumns.map((c) => c.field)) {
    if (field !== 'unitCode' && field !== 'unitName' && field !== 'criteriaMetTotal') (total[field] as number) = sum(rows, (r) => r[field] as number);
  }
  total.criteriaSets = mergeCriteriaSets(rows.flatMap((r) => r.criteriaSets));
  total.criteriaMetTotal = metTotal(total.criteriaSets);
  return total;
}

const quote = (v: string | number | null) => {
  // A text cell beginning with = + - @ (or a tab/CR) would run as a formula in Excel: a leading
  // apostrophe keeps it text (OWASP's advice for CSV injection). Numbers are written as they are.
  const s = v === null ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (lines: Array<Array<string | number | null>>) => `\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;

/** RFC 4180 CSV with a BOM, so Excel opens the Vietnamese headers correctly; `null` is an empty cell. */
export function reportCsv(rows: ReportRow[], headers: 'field' | 'vietnamese' = 'field'): string {
  return csv([reportColumns.map((c) => (headers === 'field' ? c.field : c.header)), ...rows.map((r) => reportColumns.map((c) => r[c.field]))]);
}

/** The columns of the criteria-set table: one row per unit and criteria set. */
export const criteriaSetColumns: Array<{ field: keyof CriteriaSetFigures | 'unitCode' | 'unitName'; header: string }> = [
  { field: 'unitCode', header: 'Mã đơn vị' },
  { field: 'unitName', header: 'Đơn vị' },
  { field: 'catalogueTitle', header: 'Bộ tiêu chí' },
  { field: 'criteriaCount', header: 'Số tiêu chí' },
  { field: 'campaigns', header: 'Số đợt đánh giá' },
  { field: 'assessmentsExpected', header: 'Tự đánh giá phải nộp' },
  { field: 'assessmentsSubmitted', header: 'Tự đánh giá đã nộp' },
  { field: 'assessmentsApproved', header: 'Tự đánh giá đã duyệt' },
  { field: 'criteriaMet', header: 'Tổng số tiêu chí đạt' },
  { field: 'wardsAllCriteriaMet', header: 'Phường/xã đạt đủ tiêu chí' },
];

/** The criteria-set table as CSV (`?table=criteria` of the pull API): the criteria met of each unit, set by set. */
export function criteriaSetCsv(rows: ReportRow[], headers: 'field' | 'vietnamese' = 'field'): string {
  const lines = rows.flatMap((r) =>
    r.criteriaSets.map((s) => criteriaSetColumns.map((c) => (c.field === 'unitCode' ? r.unitCode : c.field === 'unitName' ? r.unitName : s[c.field]))),
  );
  return csv([criteriaSetColumns.map((c) => (headers === 'field' ? c.field : c.header)), ...lines]);
}
