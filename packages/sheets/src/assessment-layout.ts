import { statusLabels, type Criterion } from '@antq/domain';
import type { ColumnSpec } from './workbook.js';

/** The self-assessment workbook's layout, shared by the template writer and the reader. */
export const assessmentSheet = 'Tự đánh giá';
export const guideSheet = 'Hướng dẫn';

export type AssessmentColumn = 'code' | 'text' | 'scoring' | 'result' | 'points' | 'evidence';

export const assessmentColumns: Record<AssessmentColumn, ColumnSpec> = {
  code: { header: 'Mã tiêu chí', width: 12, text: true },
  text: { header: 'Nội dung', width: 70, wrap: true },
  scoring: { header: 'Cách chấm', width: 24, wrap: true },
  result: { header: 'Kết quả', width: 16 },
  points: { header: 'Điểm', width: 10 },
  evidence: { header: 'Minh chứng', width: 60, wrap: true, text: true },
};

export const assessmentAliases: Record<AssessmentColumn, readonly string[]> = {
  code: [assessmentColumns.code.header, 'Mã'],
  text: [assessmentColumns.text.header, 'Nội dung tiêu chí', 'Tiêu chí'],
  scoring: [assessmentColumns.scoring.header],
  result: [assessmentColumns.result.header, 'Kết quả tự đánh giá', 'Tự đánh giá', 'Mức đánh giá', 'Đánh giá'],
  points: [assessmentColumns.points.header, 'Điểm tự chấm', 'Số điểm', 'Điểm đạt được'],
  evidence: [assessmentColumns.evidence.header, 'Ghi chú minh chứng', 'Tài liệu minh chứng', 'Ghi chú'],
};

/** The three levels in the order a drop-down offers them. */
export const statusChoices = [statusLabels.met, statusLabels.largely_met, statusLabels.not_met];

/** What "Cách chấm" tells the ward to enter for a criterion. */
export function scoringHint(c: Criterion): string {
  return c.scoring.kind === 'points' ? `Điểm (tối đa ${c.scoring.max})` : statusChoices.join(' / ');
}

export const guideText = [
  `Cột “${assessmentColumns.result.header}”: với tiêu chí đánh giá theo mức, chọn ${statusChoices.join(', ')} (gõ không dấu như “dat”, “co ban dat”, “chua dat” cũng được).`,
  `Cột “${assessmentColumns.points.header}”: với tiêu chí chấm bằng điểm, ghi số điểm từ 0 đến điểm tối đa (ví dụ 7,5).`,
  `Cột “${assessmentColumns.evidence.header}”: ghi tên, số, ngày của văn bản, tài liệu chứng minh kết quả.`,
  'Tiêu chí chưa ghi kết quả được bỏ qua khi nhập tệp; có thể nhập tệp nhiều lần. Không đổi mã tiêu chí, không dùng công thức.',
];
