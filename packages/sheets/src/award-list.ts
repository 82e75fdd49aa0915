import { formNameIssuedBy } from '@antq/domain';
import { newWorkbook, toBytes, writeTable, type ColumnSpec } from './workbook.js';

// Structural copy of the decision shape the API returns (as in @antq/documents), kept local so
// this package does not pull in the DOCX library; only the fields the list shows.
type Recipient =
  | { kind: 'collective'; name: string; collectiveType?: string }
  | { kind: 'individual'; name: string; position?: string; unit: string; birthYear?: number }
  | { kind: 'household'; name: string; address: string };

export interface AwardListInput {
  decision: {
    /** The issuing body names the generic committee of a form ("… của Chủ tịch Ủy ban nhân dân quận Kiến An"). */
    fields?: { issuingBody: string };
    lines: Array<{
      formCode: string;
      wardId?: string;
      recipient: Recipient;
      revoked?: { number: string; date: string };
    }>;
  };
  forms: Array<{ code: string; name: string }>;
  /** Ward names by id; the id itself is shown for a ward not listed. */
  wardNames?: Record<string, string>;
}

export const awardListSheet = 'Danh sách';

const columns: ColumnSpec[] = [
  { header: 'STT', width: 6 },
  { header: 'Hình thức', width: 30, wrap: true },
  { header: 'Đối tượng', width: 12 },
  { header: 'Họ tên / Tên tập thể', width: 32, wrap: true },
  { header: 'Chức vụ', width: 26, wrap: true },
  { header: 'Đơn vị / Địa chỉ', width: 36, wrap: true },
  { header: 'Phường/xã', width: 18, wrap: true },
  { header: 'Tình trạng', width: 32, wrap: true },
];

const kindLabels: Record<Recipient['kind'], string> = { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' };

// Text rather than a date cell (the list is read, never computed on), written as in the annex
// of the decision (Nghị định 30: leading zero for days below 10 and months 1 and 2 only).
function dmy(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

const whereabouts = (r: Recipient) => (r.kind === 'individual' ? r.unit : r.kind === 'household' ? r.address : (r.collectiveType ?? ''));

/**
 * The recipients of an award decision as a sheet to sort, filter and hand to the wards: one
 * row per line, revoked awards kept with the revoking decision so the list matches the one
 * annexed to the signed decision.
 */
export async function awardListXlsx(input: AwardListInput): Promise<Uint8Array> {
  const issuingBody = input.decision.fields?.issuingBody;
  const formNames = new Map(input.forms.map((f) => [f.code, issuingBody ? formNameIssuedBy(f.name, issuingBody) : f.name]));
  const rows = input.decision.lines.map((line, i) => {
    const r = line.recipient;
    return [
      i + 1,
      formNames.get(line.formCode) ?? line.formCode,
      kindLabels[r.kind],
      r.name,
      r.kind === 'individual' ? r.position : undefined,
      whereabouts(r) || undefined,
      line.wardId ? (input.wardNames?.[line.wardId] ?? line.wardId) : undefined,
      line.revoked ? `Đã thu hồi theo QĐ số ${line.revoked.number} ngày ${dmy(line.revoked.date)}` : 'Hiệu lực',
    ];
  });
  const workbook = newWorkbook();
  writeTable(workbook.addWorksheet(awardListSheet), columns, rows);
  return toBytes(workbook);
}
