import { type ReportField, type ReportRow, reportColumns, unitLabel } from '@antq/domain';
import type { Block, Cell } from './blocks.js';

// Six figures beside the STT and the name are what fits an A4 portrait page at 13 pt without
// breaking words in the headers; the full set of columns is in the XLSX.
const fields: Record<'province' | 'district', ReportField[]> = {
  province: ['wards', 'plansSubmitted', 'assessmentsSubmitted', 'wardsAllCriteriaMet', 'models', 'awards'],
  district: ['plansSubmitted', 'assessmentsSubmitted', 'wardsAllCriteriaMet', 'models', 'opinionsResolved', 'awards'],
};

// The shared headers, shortened where the table says the unit already, and with a space where
// "phường/xã" would be one word too long for the column.
const shortHeaders: Partial<Record<ReportField, string>> = { wards: 'Số phường, xã', wardsAllCriteriaMet: 'Đạt đủ tiêu chí' };
const headerOf = (field: ReportField) => shortHeaders[field] ?? reportColumns.find((c) => c.field === field)?.header ?? field;

export interface UnitTableSpec {
  /** "Phường, xã" or "Quận, huyện". */
  unitHeader: string;
  rows: ReportRow[];
  /** The unit's own row, printed last in bold under `totalName`. */
  total: ReportRow;
  totalName: string;
  level: 'province' | 'district';
}

/**
 * The table of units between sections IV and V. A district's own row can exceed the sum of its
 * wards (activities of the district itself belong to no ward); a note says so rather than
 * leaving the reader to find an error in the additions.
 */
export function unitTable(spec: UnitTableSpec): Block[] {
  const columns = fields[spec.level];
  const rows: Cell[][] = spec.rows.map((r, i) => [i + 1, unitLabel(r.unitName), ...columns.map((f) => r[f] ?? '')]);
  rows.push(['', [{ text: spec.totalName, bold: true }], ...columns.map((f) => spec.total[f] ?? '')]);
  const unitWord = spec.level === 'district' ? 'phường, xã' : 'quận, huyện';
  const differs = columns.some((f) => spec.rows.reduce((n, r) => n + Number(r[f] ?? 0), 0) !== Number(spec.total[f] ?? 0));
  return [
    { kind: 'heading', text: `Kết quả cụ thể theo ${unitWord}`, align: 'center' },
    {
      kind: 'table',
      header: ['STT', spec.unitHeader, ...columns.map(headerOf)],
      widths: [0.9, 2.3, ...columns.map((f) => (f === 'wards' ? 1.35 : 1.2))],
      rows,
    },
    ...(differs
      ? [{ kind: 'paragraph', italic: true, text: `Ghi chú: số liệu “${spec.totalName}” gồm cả các hoạt động do cấp quận, huyện tổ chức, không tính riêng cho ${unitWord} nào.` } as Block]
      : []),
  ];
}
