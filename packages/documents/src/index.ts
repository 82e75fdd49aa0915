/**
 * Official documents as .docx in the layout of Nghị định 30/2020/NĐ-CP: award decisions with
 * their annex and the consolidated reports of districts and provinces, on one shared layout.
 * No Node built-ins: runs in Node (API, CLI) and in the browser, where the console imports it
 * lazily.
 */
export { officialDocument, documentBytes, type OfficialDocumentSpec } from './official.js';
export type { Block, Span, Cell } from './blocks.js';
export type { Signer } from './signature.js';
export { vietnameseDate, vietnameseLongDate, vietnameseShortDate } from './date.js';
export {
  awardDecisionDocx,
  type DecisionDocumentInput,
  type DecisionLine,
  type DecisionRecipient,
  type AuthorityLevel,
} from './decision.js';
export {
  provinceReportDocx,
  districtReportDocx,
  type ProvinceReportInput,
  type DistrictReportInput,
  type ReportDocumentOptions,
} from './report.js';
