import type { z } from 'zod';

/**
 * The Vietnamese label of each field, so that every schema message names the field in plain words
 * ("Địa điểm: cần nhập", "Số người tham dự không được âm") instead of zod's generic "Đầu vào không
 * hợp lệ: mong đợi string, nhận được undefined". A field gets its label from the schema it was
 * declared with (`text(300, 'Địa điểm')`, `labelled(schema, 'Năm sinh')`) or, failing that, from
 * its name in `fieldLabels`; the messages are written once, here, for every kind of problem.
 */
const schemaLabels = new WeakMap<object, string>();

/**
 * A copy of `schema` that names its field `label` in every message. Label a field's base schema
 * before `.optional()` / `.default()`, so that the wrapped value's problems carry it too.
 *
 * @example
 * const birthYear = labelled(z.number().int().min(1900), 'Năm sinh').optional();
 */
export function labelled<S extends z.ZodType>(schema: S, label: string): S {
  const copy = (schema as unknown as { clone: () => S }).clone();
  schemaLabels.set(copy, label);
  return copy;
}

/** Labels by field name, for fields declared without one (numbers, dates, choices). */
export const fieldLabels: Record<string, string> = {
  acceptedOn: 'Ngày tiếp thu',
  activities: 'Hoạt động',
  address: 'Địa chỉ',
  amountVnd: 'Kinh phí',
  answeredOn: 'Ngày trả lời',
  articles: 'Số điều',
  assessmentDeadline: 'Hạn nộp tự đánh giá',
  attachments: 'Tài liệu kèm theo',
  attendance: 'Số người tham dự',
  authorityLevel: 'Cấp khen thưởng',
  birthYear: 'Năm sinh',
  budget: 'Kinh phí',
  campaignId: 'Chiến dịch',
  catalogueId: 'Bộ tiêu chí',
  catalogueVersion: 'Phiên bản bộ tiêu chí',
  chapters: 'Số chương',
  code: 'Mã',
  collectiveType: 'Loại tập thể',
  conclusions: 'Kết luận',
  confirmPossibleDuplicate: 'Xác nhận không trùng người',
  content: 'Nội dung',
  contents: 'Nội dung cam kết',
  count: 'Số lượng',
  criteria: 'Tiêu chí',
  criterionCode: 'Mã tiêu chí',
  date: 'Ngày',
  decision: 'Quyết định',
  description: 'Mô tả',
  districtCode: 'Mã quận/huyện',
  districtId: 'Mã quận/huyện',
  documentNumber: 'Số, ký hiệu văn bản',
  doneOn: 'Ngày hoàn thành',
  dueDate: 'Hạn hoàn thành',
  endDate: 'Ngày dừng hoạt động',
  entries: 'Kết quả tự đánh giá',
  evidence: 'Minh chứng',
  evidenceHint: 'Gợi ý minh chứng',
  expectedVersion: 'Phiên bản dữ liệu',
  alsoFestival: 'Kết hợp Ngày hội toàn dân bảo vệ ANTQ',
  formCode: 'Hình thức khen thưởng',
  fromYear: 'Từ năm',
  groups: 'Nhóm tiêu chí',
  handling: 'Cách xử lý ý kiến',
  hostWardId: 'Phường/xã',
  idempotencyKey: 'Khóa chống trùng lặp',
  issuer: 'Cơ quan ban hành',
  issuingBody: 'Cơ quan ban hành',
  kind: 'Loại',
  legalReferences: 'Văn bản',
  lines: 'Danh sách khen thưởng',
  max: 'Điểm tối đa',
  members: 'Thành viên',
  memberOrganisation: 'Tổ chức thành viên',
  name: 'Tên',
  nationalFromYear: 'Năm bắt đầu',
  nationalToYear: 'Năm kết thúc',
  nominationId: 'Đề nghị khen thưởng',
  note: 'Ghi chú',
  notes: 'Ghi chú',
  number: 'Số, ký hiệu',
  opinions: 'Ý kiến',
  parentId: 'Chương trình phối hợp',
  participants: 'Số người tham dự',
  parties: 'Các bên phối hợp',
  periodEnd: 'Ngày kết thúc',
  periodFromYear: 'Từ năm',
  periodLabel: 'Kỳ báo cáo',
  periodStart: 'Ngày bắt đầu',
  periodToYear: 'Đến năm',
  phone: 'Số điện thoại',
  place: 'Địa điểm',
  planDeadline: 'Hạn nộp kế hoạch',
  points: 'Điểm',
  position: 'Chức vụ',
  programmeId: 'Chương trình phối hợp',
  proposedFormCode: 'Hình thức khen thưởng đề nghị',
  reason: 'Lý do',
  receivedOn: 'Ngày nhận hồ sơ',
  recipient: 'Người/tập thể được đề nghị',
  recordId: 'Mã hồ sơ',
  refId: 'Đối tượng',
  regulation: 'Quy chế',
  remediedOn: 'Ngày khắc phục',
  replicatedFrom: 'Nhân rộng từ mô hình',
  residentialGroup: 'Tổ dân phố/khu dân cư',
  responsibleSide: 'Bên chủ trì',
  result: 'Kết quả',
  role: 'Vai trò',
  scoring: 'Cách chấm',
  side: 'Bên',
  signatories: 'Bên ký cam kết',
  signer: 'Người ký',
  source: 'Nguồn kinh phí',
  startDate: 'Ngày bắt đầu',
  status: 'Trạng thái',
  steeringCommittee: 'Ban chỉ đạo',
  subject: 'Nội dung',
  submission: 'Lần gửi',
  summary: 'Nội dung',
  target: 'Chỉ tiêu',
  targets: 'Chỉ tiêu',
  text: 'Nội dung',
  title: 'Tên',
  toYear: 'Đến năm',
  type: 'Loại',
  unit: 'Đơn vị',
  value: 'Kết quả',
  wardId: 'Phường/xã',
  wardIds: 'Phường/xã',
  year: 'Năm',
};

/** What an item of a list is called in a message's position: "(ý kiến 2)", "(dòng 1)". */
const itemWords: Record<string, string> = {
  activities: 'hoạt động',
  attachments: 'tài liệu',
  contents: 'nội dung',
  criteria: 'tiêu chí',
  entries: 'tiêu chí',
  groups: 'nhóm',
  legalReferences: 'văn bản',
  lines: 'dòng',
  members: 'thành viên',
  opinions: 'ý kiến',
  parties: 'bên',
  rows: 'dòng',
  signatories: 'nhóm bên ký',
  targets: 'chỉ tiêu',
};

type Path = ReadonlyArray<PropertyKey>;

/** The field a path ends at, without list positions: ['fields', 'opinions', 1, 'text'] → 'text'. */
const lastName = (path: Path | undefined): string | undefined => [...(path ?? [])].reverse().find((p) => typeof p === 'string') as string | undefined;

/** Where in lists a problem is, in words: ['fields', 'opinions', 1, 'text'] → "ý kiến 2". */
export function positionOf(path: Path): string | undefined {
  const parts: string[] = [];
  path.forEach((p, i) => {
    if (typeof p !== 'number') return;
    const list = path[i - 1];
    parts.push(`${(typeof list === 'string' && itemWords[list]) || 'mục'} ${p + 1}`);
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}

// Thousands grouped the Vietnamese way (100.000), but not years and other four-digit numbers.
const vn = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? Number(n).toLocaleString('vi-VN', { useGrouping: Math.abs(Number(n)) >= 10_000 }) : String(n));

interface RawIssue {
  code?: string;
  input?: unknown;
  inst?: unknown;
  schema?: unknown;
  path?: Path;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  values?: unknown[];
  keys?: string[];
  divisor?: unknown;
}

/** The field's label: the one its schema was declared with, else the one its name has. */
export function labelOf(issue: Pick<RawIssue, 'inst' | 'schema' | 'path'>): string | undefined {
  for (const owner of [issue.schema, issue.inst]) {
    if (owner && typeof owner === 'object' && schemaLabels.has(owner)) return schemaLabels.get(owner);
  }
  const name = lastName(issue.path);
  return name ? fieldLabels[name] : undefined;
}

const missing = (input: unknown) => input === undefined || input === null;

const typeWords: Record<string, string> = {
  number: 'phải là số',
  int: 'phải là số nguyên',
  string: 'phải là chữ',
  boolean: 'phải là có hoặc không (true/false)',
  array: 'phải là một danh sách',
  object: 'không đúng dạng dữ liệu',
  date: 'phải là ngày',
};

function sizeMessage(label: string, issue: RawIssue, small: boolean): string {
  const bound = small ? issue.minimum : issue.maximum;
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (small) return Number(bound) <= 1 ? `${label}: cần nhập` : `${label} cần ít nhất ${vn(bound)} ký tự`;
      return `${label} dài quá ${vn(bound)} ký tự`;
    case 'array':
    case 'set':
      if (small) return Number(bound) <= 1 ? `${label}: cần ít nhất một mục` : `${label}: cần ít nhất ${vn(bound)} mục`;
      return `${label}: nhiều nhất ${vn(bound)} mục`;
    default:
      if (small) {
        if (Number(bound) === 0) return exclusive ? `${label} phải lớn hơn 0` : `${label} không được âm`;
        return exclusive ? `${label} phải lớn hơn ${vn(bound)}` : `${label} phải từ ${vn(bound)} trở lên`;
      }
      return exclusive ? `${label} phải nhỏ hơn ${vn(bound)}` : `${label} không được lớn hơn ${vn(bound)}`;
  }
}

/**
 * The message of one schema problem, naming the field, for problems the schema gives no message
 * of its own. Unknown fields are named "Trường “name”", so that no message is ever anonymous.
 */
export function fieldMessage(issue: RawIssue): string | undefined {
  const name = lastName(issue.path);
  const label = labelOf(issue) ?? (name ? `Trường “${name}”` : 'Dữ liệu gửi lên');
  switch (issue.code) {
    case 'invalid_type':
      if (missing(issue.input)) return `${label}: cần nhập`;
      return `${label} ${typeWords[issue.expected ?? ''] ?? 'không đúng kiểu dữ liệu'}`;
    case 'too_small':
      return sizeMessage(label, issue, true);
    case 'too_big':
      return sizeMessage(label, issue, false);
    case 'invalid_format':
      if (issue.format === 'date') return `${label} không hợp lệ (ngày theo định dạng yyyy-mm-dd)`;
      if (issue.format === 'email') return `${label}: địa chỉ thư điện tử không hợp lệ`;
      return `${label} không đúng định dạng`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => String(v));
      return values.length > 0 && values.length <= 12 ? `${label} không hợp lệ (chọn một trong: ${values.join(', ')})` : `${label} không hợp lệ`;
    }
    case 'not_multiple_of':
      return `${label} phải là bội số của ${vn(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Có trường không được nhận: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return `${label} không hợp lệ`;
    default:
      return undefined;
  }
}
