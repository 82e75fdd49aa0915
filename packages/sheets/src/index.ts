/**
 * XLSX and JSON conversions between files people exchange and the domain's shapes: criteria
 * catalogues (export, edit, import), ward self-assessments (blank template, filled sheet),
 * the recipients of award decisions, the consolidated reports of districts and provinces, and
 * the sheet of accounts a district brings its people in with (XLSX or CSV).
 * Runs in Node (ward CLI, API) and in the browser (the console imports it lazily).
 */
export { catalogueToXlsx } from './catalogue-write.js';
export { catalogueFromXlsx } from './catalogue-read.js';
export { catalogueToJson, catalogueFromJson } from './catalogue-json.js';
export { assessmentTemplateXlsx } from './assessment-template.js';
export { assessmentFromXlsx } from './assessment-read.js';
export { awardListXlsx, type AwardListInput } from './award-list.js';
export {
  provinceReportXlsx,
  districtReportXlsx,
  type ProvinceReportInput,
  type DistrictReportInput,
  type ReportCampaign,
} from './report-xlsx.js';
export {
  accountTemplateXlsx,
  readAccountSheet,
  checkAccountRows,
  describeAccountProblem,
  sheetRole,
  accountsSheet,
  type AccountTemplateOptions,
  type AccountSheetRow,
  type AccountSheetRead,
  type AccountRowProblem,
  type CheckAccountRowsOptions,
  type ReadAccountSheetOptions,
} from './accounts.js';
export type { SheetProblem, CatalogueImport, AssessmentImport } from './problems.js';
