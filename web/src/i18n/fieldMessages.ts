import type { Language } from './language';

/**
 * The shared schemas speak Vietnamese ("Ngày trả lời: cần nhập"), whoever reads them: the API's
 * field errors and the console's own checks before sending come with those sentences. This puts
 * the known ones in the console's language, with the field's label translated, and points date
 * problems at the dd/mm/yyyy the console's date fields ask for (not the API's yyyy-mm-dd).
 * A sentence it does not know (a rule's own message) is shown as the schema wrote it.
 */

/** The English of every field label the schemas use (`fieldLabels` and the labels of `text()` fields). */
export const englishLabels: Record<string, string> = {
  'Ban chỉ đạo': 'Steering committee',
  'Bên': 'Side',
  'Bên chủ trì': 'Lead side',
  'Bên ký cam kết': 'Signatories',
  'Bộ tiêu chí': 'Criteria set',
  'Cách chấm': 'Scoring',
  'Cách xử lý ý kiến': 'How the opinion was handled',
  'Các bên phối hợp': 'Parties',
  'Cấp khen thưởng': 'Award level',
  'Chỉ tiêu': 'Target',
  'Chiến dịch': 'Campaign',
  'Chủ hộ': 'Head of household',
  'Chức vụ': 'Position',
  'Chức vụ người ký': "Signer's position",
  'Chương trình phối hợp': 'Joint programme',
  'Cơ quan ban hành': 'Issuing body',
  'Danh sách khen thưởng': 'List of awards',
  'Đề nghị khen thưởng': 'Award nomination',
  'Địa chỉ': 'Address',
  'Địa danh': 'Place name',
  'Địa điểm': 'Venue',
  'Điểm': 'Points',
  'Điểm tối đa': 'Maximum points',
  'Đến năm': 'To year',
  'Đơn vị': 'Unit',
  'Đơn vị chủ trì': 'Lead organisation',
  'Đơn vị công tác': 'Workplace',
  'Đối tượng': 'Subject',
  'Gợi ý minh chứng': 'Evidence hint',
  'Ghi chú': 'Notes',
  'Hạn hoàn thành': 'Due date',
  'Hạn nộp kế hoạch': 'Plan deadline',
  'Hạn nộp tự đánh giá': 'Self-assessment deadline',
  'Hình thức khen thưởng': 'Award form',
  'Hình thức khen thưởng đề nghị': 'Proposed award form',
  'Họ tên': 'Full name',
  'Hoạt động': 'Activities',
  'Kết hợp Ngày hội toàn dân bảo vệ ANTQ': 'Held together with the festival day',
  'Kết luận': 'Conclusions',
  'Kết quả': 'Result',
  'Kết quả tự đánh giá': 'Self-assessment results',
  'Khóa chống trùng lặp': 'Idempotency key',
  'Kinh phí': 'Budget',
  'Kỳ báo cáo': 'Reporting period',
  'Lần gửi': 'Submission',
  'Loại': 'Kind',
  'Loại tập thể': 'Kind of collective',
  'Lý do': 'Reason',
  'Lý do trả lại': 'Reason for return',
  'Mã': 'Code',
  'Mã hồ sơ': 'Record id',
  'Mã quận/huyện': 'District code',
  'Mã tiêu chí': 'Criterion code',
  'Minh chứng': 'Evidence',
  'Mô tả': 'Description',
  'Năm': 'Year',
  'Năm bắt đầu': 'First year',
  'Năm kết thúc': 'Last year',
  'Năm sinh': 'Year of birth',
  'Ngày': 'Date',
  'Ngày bắt đầu': 'Start date',
  'Ngày dừng hoạt động': 'Stopped on',
  'Ngày hoàn thành': 'Done on',
  'Ngày kết thúc': 'End date',
  'Ngày khắc phục': 'Remedied on',
  'Ngày nhận hồ sơ': 'Received on',
  'Ngày tiếp thu': 'Accepted on',
  'Ngày trả lời': 'Answered on',
  'Người ký': 'Signer',
  'Người/tập thể được đề nghị': 'Nominee',
  'Nhân rộng từ mô hình': 'Replicated from',
  'Nhóm tiêu chí': 'Criteria groups',
  'Nội dung': 'Content',
  'Nội dung báo cáo': 'Report content',
  'Nội dung cam kết': 'Commitments',
  'Nội dung tiêu chí': 'Criterion text',
  'Nguồn kinh phí': 'Source of funds',
  'Phiên bản bộ tiêu chí': 'Criteria set version',
  'Phiên bản dữ liệu': 'Data version',
  'Phường/xã': 'Ward',
  'Quy chế': 'Regulation',
  'Quyết định': 'Decision',
  'Số chương': 'Chapters',
  'Số điện thoại': 'Phone number',
  'Số điều': 'Articles',
  'Số lượng': 'Number',
  'Số người tham dự': 'Attendance',
  'Số quyết định': 'Decision number',
  'Số, ký hiệu': 'Number and symbol',
  'Số, ký hiệu chương trình': "Programme's number and symbol",
  'Số, ký hiệu văn bản': "Document's number and symbol",
  'Tài liệu kèm theo': 'Attachments',
  'Tên': 'Name',
  'Tên bên tham gia': "Party's name",
  'Tên bộ tiêu chí': 'Criteria set name',
  'Tên chiến dịch': 'Campaign name',
  'Tên chương trình': 'Programme name',
  'Tên diễn đàn': 'Forum name',
  'Tên hình thức khen thưởng': 'Award form name',
  'Tên hoạt động': 'Activity',
  'Tên hội nghị': 'Conference name',
  'Tên mô hình': 'Model name',
  'Tên nhóm tiêu chí': 'Group name',
  'Tên tài liệu': 'Document name',
  'Tên tập thể': 'Collective name',
  'Thành tích': 'Achievement',
  'Thành viên': 'Members',
  'Thẩm quyền': 'Authority',
  'Tiêu chí': 'Criteria',
  'Tổ chức thành viên': 'Member organisation',
  'Tổ dân phố/khu dân cư': 'Residential group',
  'Trạng thái': 'Status',
  'Trưởng ban chỉ đạo': 'Head of the steering committee',
  'Từ năm': 'From year',
  'Vai trò': 'Role',
  'Văn bản': 'Documents',
  'Xác nhận không trùng người': 'Not the same person confirmed',
  'Ý kiến': 'Opinions',
};

const typeWords: Record<string, string> = {
  'phải là số': 'must be a number',
  'phải là số nguyên': 'must be a whole number',
  'phải là chữ': 'must be text',
  'phải là có hoặc không (true/false)': 'must be yes or no',
  'phải là một danh sách': 'must be a list',
  'không đúng dạng dữ liệu': 'has the wrong shape',
  'phải là ngày': 'must be a date',
  'không đúng kiểu dữ liệu': 'has the wrong type',
};

const unknownField = /^Trường “(.+)”$/;
const en = (label: string) => englishLabels[label] ?? (unknownField.test(label) ? label.replace(unknownField, 'Field “$1”') : label);

type Rule = [RegExp, (label: string, ...rest: string[]) => string];

// The sentences of @antq/domain's `fieldMessage` and `text()`, label first; the longest patterns first.
const englishRules: Rule[] = [
  [/^(.+) không hợp lệ \(ngày theo định dạng yyyy-mm-dd\)$/, (l) => `${en(l)}: not a valid date (type it as dd/mm/yyyy)`],
  [/^(.+) không hợp lệ \(chọn một trong: (.+)\)$/, (l, v) => `${en(l)} is not valid (choose one of: ${v})`],
  [/^(.+): địa chỉ thư điện tử không hợp lệ$/, (l) => `${en(l)}: not a valid e-mail address`],
  [/^(.+): cần ít nhất một mục$/, (l) => `${en(l)}: at least one is needed`],
  [/^(.+): cần ít nhất ([\d.]+) mục$/, (l, n) => `${en(l)}: at least ${n} are needed`],
  [/^(.+): nhiều nhất ([\d.]+) mục$/, (l, n) => `${en(l)}: at most ${n}`],
  [/^(.+): cần nhập$/, (l) => `${en(l)}: required`],
  [/^(.+) không được để trống$/, (l) => `${en(l)} must not be empty`],
  [/^(.+) cần ít nhất ([\d.]+) ký tự$/, (l, n) => `${en(l)} needs at least ${n} characters`],
  [/^(.+) dài quá ([\d.]+) ký tự$/, (l, n) => `${en(l)} is longer than ${n} characters`],
  [/^(.+) không được âm$/, (l) => `${en(l)} must not be negative`],
  [/^(.+) phải từ ([\d.]+) trở lên$/, (l, n) => `${en(l)} must be ${n} or more`],
  [/^(.+) phải lớn hơn ([\d.]+)$/, (l, n) => `${en(l)} must be greater than ${n}`],
  [/^(.+) phải nhỏ hơn ([\d.]+)$/, (l, n) => `${en(l)} must be less than ${n}`],
  [/^(.+) không được lớn hơn ([\d.]+)$/, (l, n) => `${en(l)} must not be more than ${n}`],
  [/^(.+) phải là bội số của ([\d.]+)$/, (l, n) => `${en(l)} must be a multiple of ${n}`],
  [/^(.+) không đúng định dạng$/, (l) => `${en(l)} has the wrong format`],
  [/^(.+) không hợp lệ$/, (l) => `${en(l)} is not valid`],
  [/^Có trường không được nhận: (.+)$/, (keys) => `Fields not accepted: ${keys}`],
  [/^(.+) (phải là số nguyên|phải là số|phải là chữ|phải là có hoặc không \(true\/false\)|phải là một danh sách|không đúng dạng dữ liệu|phải là ngày|không đúng kiểu dữ liệu)$/, (l, w) => `${en(l)} ${typeWords[w] ?? w}`],
];

// In Vietnamese only the date hint changes: the console's date fields are typed dd/mm/yyyy.
const vietnameseRules: Rule[] = [[/^(.+) không hợp lệ \(ngày theo định dạng yyyy-mm-dd\)$/, (l) => `${l} không hợp lệ (nhập ngày theo dạng dd/mm/yyyy)`]];

/** One schema message in the console's language (unknown sentences unchanged). */
export function localizeFieldMessage(message: string, language: Language): string {
  // A message may carry where it is in a list: "Ngày trả lời: cần nhập (ý kiến 2)".
  for (const [pattern, say] of language === 'en' ? englishRules : vietnameseRules) {
    const match = pattern.exec(message);
    if (match) return say(...(match.slice(1) as [string, ...string[]]));
  }
  return message;
}

let current: Language = 'vi';

/** The language field messages are put in; the I18nProvider keeps it in step with the console's. */
export function setFieldMessageLanguage(language: Language): void {
  current = language;
}

/** Field problems keyed by path, each message in the console's language. */
export function localizeFieldErrors(errors: Record<string, string[]>, language: Language = current): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path, messages.map((m) => localizeFieldMessage(m, language))]));
}
