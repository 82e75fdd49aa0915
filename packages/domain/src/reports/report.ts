import type { CampaignFigures, DistrictYearFigures } from './district-year.js';
import type { ReportRow } from './rows.js';

/** The provincial consolidated report: one row per onboarded district and the province's total. */
export interface ProvinceReport {
  provinceId: string;
  provinceName: string;
  year: number;
  districts: ReportRow[];
  total: ReportRow;
  /** Each district's campaigns of the year with their figures (criteria met per campaign, never across sets). */
  campaigns: Array<CampaignFigures & { unitCode: string; unitName: string }>;
  /** DynamoDB items the report read: the province index and one item per district. */
  itemsRead: number;
}

/** A campaign in a district's report: its figures, criteria met per group and the wards × criteria grid. */
export interface DistrictCampaignReport extends CampaignFigures {
  criteria: Array<{ code: string; groupCode: string }>;
  groups: Array<{ code: string; met: number; criteria: number }>;
  /** Ward id → criterion code → met; a ward without a self-assessment is absent. */
  grid: Record<string, Record<string, boolean>>;
}

/** A district's report for a year: its row, its figures, one row per ward, its campaigns. */
export interface DistrictReport {
  district: { code: string; name: string; provinceId: string; provinceName: string };
  year: number;
  row: ReportRow;
  figures: Omit<DistrictYearFigures, 'wards'>;
  wards: ReportRow[];
  campaigns: DistrictCampaignReport[];
  /** Award form code → name, for the award figures. */
  awardForms: Record<string, string>;
}
