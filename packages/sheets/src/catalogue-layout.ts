import type { ColumnSpec } from './workbook.js';

/** The catalogue workbook's layout, shared by the writer and the reader so they cannot drift. */
export const catalogueSheet = 'Tiêu chí';
export const infoSheet = 'Thông tin';

export type CatalogueColumn = 'groupCode' | 'groupTitle' | 'code' | 'text' | 'scoring' | 'max' | 'evidenceHint';

export const catalogueColumns: Record<CatalogueColumn, ColumnSpec> = {
  groupCode: { header: 'Nhóm (mã)', width: 10, text: true },
  groupTitle: { header: 'Tên nhóm', width: 32, wrap: true },
  code: { header: 'Mã tiêu chí', width: 12, text: true },
  text: { header: 'Nội dung tiêu chí', width: 80, wrap: true },
  scoring: { header: 'Cách chấm', width: 16 },
  max: { header: 'Điểm tối đa', width: 12 },
  evidenceHint: { header: 'Gợi ý minh chứng', width: 50, wrap: true },
};

/** Other headers a hand-made sheet may use for the same column. */
export const catalogueAliases: Record<CatalogueColumn, readonly string[]> = {
  groupCode: [catalogueColumns.groupCode.header, 'Mã nhóm', 'Nhóm'],
  groupTitle: [catalogueColumns.groupTitle.header, 'Tên nhóm tiêu chí'],
  code: [catalogueColumns.code.header, 'Mã'],
  text: [catalogueColumns.text.header, 'Nội dung', 'Tiêu chí'],
  scoring: [catalogueColumns.scoring.header, 'Cách đánh giá'],
  max: [catalogueColumns.max.header, 'Điểm chuẩn', 'Thang điểm'],
  evidenceHint: [catalogueColumns.evidenceHint.header, 'Minh chứng', 'Tài liệu minh chứng'],
};

export const requiredCatalogueColumns: readonly CatalogueColumn[] = ['groupCode', 'groupTitle', 'code', 'text'];

/** What the "Cách chấm" column says for each scoring kind. */
export const scoringLabels = { status: 'Đạt/Không đạt', points: 'Điểm' } as const;

/** Labels of the "Thông tin" sheet (column A), values in column B. */
export const infoLabels = { title: 'Tên bộ tiêu chí', description: 'Mô tả' } as const;

export const infoNote =
  'Mỗi dòng ở trang “Tiêu chí” là một tiêu chí. Các tiêu chí cùng “Nhóm (mã)” thuộc một nhóm; ' +
  'để trống “Nhóm (mã)” thì dòng thuộc nhóm của dòng trên. “Cách chấm” là “Đạt/Không đạt” hoặc “Điểm”; ' +
  'tiêu chí chấm bằng điểm cần ghi “Điểm tối đa”. Chỉ nhập giá trị, không dùng công thức.';
