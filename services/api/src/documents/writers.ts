/**
 * The DOCX and XLSX writers the API serves files with: the console's own (@antq/documents,
 * @antq/sheets), so a file pulled over HTTP is the file the console downloads.
 *
 * This module is never imported by the request path, only loaded when a file is asked for
 * (`AppDeps.documents`): docx and exceljs weigh about 1.2 MB minified, more than the whole API
 * bundle may (≤ 1 MB), and most requests never need them. In the Lambda it is a second file
 * bundled beside the handler (`document-writers.cjs`, see infra/tools/bundle-document-writers.mjs),
 * loaded by path on the first file request; on one machine it is imported from the sources.
 */
export { awardDecisionDocx, districtReportDocx, provinceReportDocx } from '@antq/documents';
export { awardListXlsx, districtReportXlsx, provinceReportXlsx } from '@antq/sheets';
