import { accountSheetColumns, newAccountSchema, roleFromSheet, roleLabels, scopeProblems, type Role } from '@antq/domain';
import { findSheet } from './header.js';
import { problem, sortProblems, unreadableFile, type SheetProblem } from './problems.js';
import { foldLabel } from './text.js';
import { cellText, fitHeight, loadWorkbook, newWorkbook, toBytes, writeTable, type ColumnSpec, type Worksheet } from './workbook.js';

/**
 * The accounts sheet: a district (or the operator) brings in its people from one XLSX or CSV
 * file, one row per account. The template and the reader share the columns of the domain
 * (`accountSheetColumns`); the reader gives the raw rows `accounts.import` takes, and
 * `checkAccountRows` checks them with the schema the server uses, for a preview with the
 * problem of every row in Vietnamese before anything is sent.
 */
export const accountsSheet = 'Tài khoản';
const guideSheet = 'Hướng dẫn';

export type AccountColumn = (typeof accountSheetColumns)[number]['key'];
const keys = accountSheetColumns.map((c) => c.key) as AccountColumn[];
export const accountHeader = (k: AccountColumn): string => accountSheetColumns.find((c) => c.key === k)!.header;

const widths: Record<AccountColumn, number> = {
  username: 24,
  displayName: 28,
  role: 24,
  tenantId: 15,
  wardId: 14,
  provinceId: 17,
  email: 30,
  phone: 16,
};

// Headers people type or tools export instead of the template's; matched after folding
// (no diacritics, any case), and the field's key is always accepted too.
const aliases: Record<AccountColumn, readonly string[]> = {
  username: ['Tên đăng nhập', 'Tài khoản', 'username'],
  displayName: ['Họ và tên', 'Họ tên', 'Tên cán bộ', 'displayName'],
  role: ['Vai trò', 'role'],
  tenantId: ['Mã quận/huyện', 'Mã quận', 'Mã huyện', 'Mã đơn vị', 'tenantId'],
  wardId: ['Mã phường/xã', 'Mã phường', 'Mã xã', 'wardId'],
  provinceId: ['Mã tỉnh/thành phố', 'Mã tỉnh', 'provinceId'],
  email: ['Thư điện tử', 'Email', 'E-mail', 'Địa chỉ thư điện tử'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'phone'],
};
const required: AccountColumn[] = ['username', 'displayName', 'role'];

/** GSO codes are digit strings with leading zeros (Hà Nội: 01, 001, 00001) that Excel turns into numbers. */
const codeDigits: Partial<Record<AccountColumn, number>> = { provinceId: 2, tenantId: 3, wardId: 5 };

/** Usernames of the template's example rows: a sheet sent back with them unchanged is refused. */
const examplePrefix = 'vidu.';

/** The roles a sheet may name, with the Vietnamese label and the code, in the order the guide lists them. */
const sheetRoles: Role[] = ['ward_officer', 'coordinator', 'province_staff'];

/**
 * A role as typed in a sheet: the code, the label the console shows, or the short forms of
 * `roleFromSheet`; also without diacritics ("can bo phuong/xa"), as typed on keyboards
 * without a Vietnamese input method.
 */
export function sheetRole(text: string): Role | undefined {
  const direct = roleFromSheet(text);
  if (direct) return direct;
  const folded = foldLabel(text);
  const names: Record<Role, string[]> = {
    operator: ['operator', roleLabels.operator],
    coordinator: ['coordinator', roleLabels.coordinator, 'điều phối', 'cán bộ điều phối', 'điều phối quận/huyện'],
    ward_officer: ['ward_officer', 'ward officer', roleLabels.ward_officer, 'phường/xã', 'cán bộ phường', 'cán bộ xã'],
    province_staff: ['province_staff', 'province staff', roleLabels.province_staff, 'cấp tỉnh'],
  };
  return (Object.keys(names) as Role[]).find((role) => names[role].some((n) => foldLabel(n) === folded));
}

export interface AccountTemplateOptions {
  /** The coordinator's district: written in the example rows and named in the guide. */
  tenantId?: string;
  /** The district's wards, listed in the guide with their codes. */
  wards?: Array<{ wardId: string; name: string }>;
}

/**
 * The sheet to fill: the columns with their Vietnamese headers, two example rows (a ward
 * officer and a coordinator) and a guide explaining every column, the roles and, when given,
 * the district's ward codes. All cells are text, so codes and phone numbers keep their zeros.
 */
export async function accountTemplateXlsx(options: AccountTemplateOptions = {}): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(accountsSheet);
  const specs: ColumnSpec[] = keys.map((k) => ({ header: accountHeader(k), width: widths[k], text: true }));
  const tenantId = options.tenantId ?? '450';
  const wardId = options.wards?.[0]?.wardId ?? (options.tenantId ? '' : '18853');
  const examples: Array<Record<AccountColumn, string>> = [
    {
      username: `${examplePrefix}phuong`,
      displayName: 'Nguyễn Thị Hương',
      role: roleLabels.ward_officer,
      tenantId,
      wardId,
      provinceId: '',
      email: 'huong.nt@example.vn',
      phone: '0912345678',
    },
    {
      username: `${examplePrefix}dieuphoi`,
      displayName: 'Trần Văn Đức',
      role: roleLabels.coordinator,
      tenantId,
      wardId: '',
      provinceId: '',
      email: '',
      phone: '0987654321',
    },
  ];
  writeTable(
    sheet,
    specs,
    examples.map((e) => keys.map((k) => e[k] || undefined)),
  );
  for (const r of [2, 3]) sheet.getRow(r).font = { italic: true, color: { argb: 'FF6B7280' } };
  const roleCell = keys.indexOf('role') + 1;
  for (let r = 2; r <= 501; r++) {
    sheet.getRow(r).getCell(roleCell).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${sheetRoles.map((role) => roleLabels[role]).join(',')}"`],
      showErrorMessage: false, // codes and unaccented labels are accepted by the reader too
    };
  }

  const guide = workbook.addWorksheet(guideSheet);
  const guideSpecs: ColumnSpec[] = [{ header: '', width: 110, wrap: true }];
  guide.columns = [{ width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const bold = (text: string) => (guide.addRow([text]).font = { bold: true });
  const line = (text: string) => fitHeight(guide.addRow([text]), guideSpecs);
  bold('Danh sách tài khoản cần tạo');
  line(
    `Mỗi dòng ở trang “${accountsSheet}” là một người. Hai dòng in nghiêng (tên đăng nhập bắt đầu bằng “${examplePrefix}”) là ví dụ: ` +
      'hãy xóa hoặc ghi đè bằng thông tin người thật, hệ thống không nhận dòng ví dụ. Dòng trống được bỏ qua. ' +
      'Lưu lại dạng .xlsx, hoặc .csv (UTF-8, phân cách bằng dấu phẩy hoặc dấu chấm phẩy), rồi nhập vào hệ thống. ' +
      'Nếu có dòng sai thì không tài khoản nào được tạo; sửa theo thông báo từng dòng rồi nhập lại.',
  );
  line('');
  bold('Các cột');
  const columnHelp: Record<AccountColumn, string> = {
    username: '3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (ví dụ phuong.haithanh.huong). Không trùng trong bảng và trong hệ thống. Bắt buộc.',
    displayName: 'Họ và tên đầy đủ, có dấu (ví dụ Nguyễn Thị Hương). Bắt buộc.',
    role: 'Một trong các vai trò dưới đây (ghi tên vai trò hoặc mã). Bắt buộc.',
    tenantId: 'Mã GSO 3 chữ số của quận/huyện (ví dụ 450 là Thành phố Đồng Hới). Bắt buộc với cán bộ điều phối và cán bộ phường/xã.',
    wardId: 'Mã GSO 5 chữ số của phường/xã (xem danh sách bên dưới). Bắt buộc với cán bộ phường/xã; để trống với vai trò khác.',
    provinceId: 'Mã GSO 2 chữ số của tỉnh/thành phố. Chỉ ghi với cán bộ cấp tỉnh.',
    email: 'Thư điện tử để nhận mã đặt lại mật khẩu. Cần ít nhất một trong hai cột thư điện tử hoặc số điện thoại.',
    phone: 'Số điện thoại di động (ví dụ 0912345678 hoặc +84912345678).',
  };
  for (const k of keys) line(`“${accountHeader(k)}”: ${columnHelp[k]}`);
  line('');
  bold('Vai trò');
  for (const role of sheetRoles) line(`${roleLabels[role]} (mã ${role})`);
  line('Cán bộ điều phối tạo được cán bộ phường/xã và cán bộ điều phối của quận/huyện mình; quản trị nền tảng tạo cán bộ điều phối và cán bộ cấp tỉnh.');
  if (options.wards?.length) {
    line('');
    bold(`Phường/xã${options.tenantId ? ` của quận/huyện ${options.tenantId}` : ''} và mã`);
    for (const w of options.wards) line(`${w.wardId}  ${w.name}`);
  }
  line('');
  line('Mật khẩu dùng một lần của mỗi tài khoản do hệ thống tạo và chỉ hiện một lần khi nhập xong; người dùng đặt mật khẩu mới ở lần đăng nhập đầu tiên.');
  return toBytes(workbook);
}

/** One account as read from the sheet: the raw object `accounts.import` takes, and its line. */
export interface AccountSheetRow {
  /** The row number Excel shows, or the line of a CSV file. */
  line: number;
  /** Only the non-empty cells: username, displayName, role (the code when recognised, else as typed), tenantId, wardId, provinceId, email, phone. */
  values: Record<string, string>;
}

export interface AccountSheetRead {
  rows: AccountSheetRow[];
  /** File-level problems (unreadable file, no header row, example rows left in); empty when the rows can be checked. */
  problems: SheetProblem[];
}

export interface ReadAccountSheetOptions {
  /** The reader's district: filled in for coordinators and ward officers whose row leaves the district empty. */
  tenantId?: string;
}

type Cell = string | number;

/**
 * Reads an accounts sheet: XLSX (the template's “Tài khoản” sheet, or the first sheet with the
 * header row) or CSV (UTF-8 with or without BOM, comma or semicolon separated, quoted fields).
 * Columns are found by their header text, anywhere in the first rows; empty rows are skipped.
 */
export async function readAccountSheet(data: Uint8Array | ArrayBuffer, fileName: string, options: ReadAccountSheetOptions = {}): Promise<AccountSheetRead> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const name = fileName.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an XLSX is a zip archive
  let grids: Cell[][][];
  if (zip || name.endsWith('.xlsx')) {
    const workbook = await loadWorkbook(bytes);
    if (!workbook) return { rows: [], problems: [unreadableFile] };
    grids = [findSheet(workbook, accountsSheet), ...workbook.worksheets].filter((s): s is Worksheet => s !== undefined).map(sheetGrid);
  } else if (name.endsWith('.xls') || name.endsWith('.ods')) {
    return { rows: [], problems: [unreadableFile] };
  } else {
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      const message = 'Tệp CSV không ở bảng mã UTF-8. Trong Excel chọn Lưu thành (Save As) kiểu “CSV UTF-8 (Comma delimited)”, hoặc lưu dạng .xlsx.';
      return { rows: [], problems: [{ message }] };
    }
    grids = [parseCsv(text)];
  }

  const located = grids.map((grid) => ({ grid, found: findHeaderRow(grid) })).find((x) => x.found);
  if (!located?.found) {
    const message = `Không tìm thấy dòng tiêu đề gồm các cột ${required.map((k) => `“${accountHeader(k)}”`).join(', ')}. Hãy tải biểu mẫu tài khoản từ hệ thống.`;
    return { rows: [], problems: [{ message }] };
  }
  const { grid, found } = located;
  const rows: AccountSheetRow[] = [];
  const problems: SheetProblem[] = [];
  for (let i = found.index + 1; i < grid.length; i++) {
    const line = i + 1;
    const values: Record<string, string> = {};
    for (const k of keys) {
      const column = found.columns[k];
      const text = column === undefined ? '' : cellValue(k, grid[i]?.[column]);
      if (text) values[k] = text;
    }
    if (Object.keys(values).length === 0) continue;
    if (values.role) values.role = sheetRole(values.role) ?? values.role;
    if (options.tenantId && !values.tenantId && (values.role === 'coordinator' || values.role === 'ward_officer')) values.tenantId = options.tenantId;
    if (values.username?.toLowerCase().startsWith(examplePrefix)) {
      problems.push(problem('Đây là dòng ví dụ của biểu mẫu: hãy xóa dòng này hoặc thay bằng thông tin người thật', line, accountHeader('username')));
    }
    rows.push({ line, values });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ message: 'Bảng tính không có dòng tài khoản nào dưới dòng tiêu đề.' });
  return { rows, problems: sortProblems(problems) };
}

/** One thing wrong with one row: the line, the column's Vietnamese header and what to fix. */
export interface AccountRowProblem {
  line: number;
  field: string;
  message: string;
}

export interface CheckAccountRowsOptions {
  /** The district the accounts are for: a row naming another one is refused here already. */
  tenantId?: string;
  /** The district's wards: a ward code outside them is refused here already. */
  wards?: Array<{ wardId: string; name?: string }>;
}

/**
 * Checks every row with the schema the server applies (`newAccountSchema`, scope included)
 * and for usernames repeated within the sheet. Returns every problem of every row, in sheet
 * order; none means the server will accept the sheet unless it finds a username taken or an
 * account outside the caller's reach.
 */
export function checkAccountRows(rows: readonly AccountSheetRow[], options: CheckAccountRowsOptions = {}): AccountRowProblem[] {
  const problems: AccountRowProblem[] = [];
  const firstLine = new Map<string, number>();
  const wardIds = options.wards && new Set(options.wards.map((w) => w.wardId));
  for (const { line, values } of rows) {
    const found: AccountRowProblem[] = [];
    const add = (k: AccountColumn, message: string) => {
      if (!found.some((p) => p.field === accountHeader(k) && p.message === message)) found.push({ line, field: accountHeader(k), message });
    };
    const parsed = newAccountSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const k = (keys as string[]).includes(String(issue.path[0])) ? (issue.path[0] as AccountColumn) : 'username';
        add(k, k === 'role' ? roleMessage(values.role) : issue.message);
      }
      // The schema checks the scope only once every field is valid; the preview shows it at once.
      const role = sheetRole(values.role ?? '');
      if (role) for (const p of scopeProblems({ ...values, role })) add(p.path as AccountColumn, p.message);
    }
    // Codes well formed but outside the district, also on rows with other problems.
    const tenantId = values.tenantId?.trim();
    const wardId = values.wardId?.trim();
    if (options.tenantId && tenantId && /^\d{3}$/.test(tenantId) && tenantId !== options.tenantId) {
      add('tenantId', `Mã quận/huyện ${tenantId} khác với quận/huyện ${options.tenantId} đang nhập`);
    }
    if (wardIds && wardId && /^\d{5}$/.test(wardId) && !wardIds.has(wardId)) {
      add('wardId', `Mã phường/xã ${wardId} không thuộc quận/huyện${options.tenantId ? ` ${options.tenantId}` : ''}`);
    }
    const username = values.username?.trim().toLowerCase();
    if (username) {
      const seen = firstLine.get(username);
      if (seen === undefined) firstLine.set(username, line);
      else add('username', `Tên đăng nhập “${username}” trùng với dòng ${seen}`);
    }
    problems.push(...found);
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** “Dòng 4, cột “Họ và tên”: cần nhập” — a problem as one line for a CLI or a list. */
export function describeAccountProblem(p: AccountRowProblem): string {
  const message = p.message.startsWith(`${p.field}: `) ? p.message.slice(p.field.length + 2) : p.message;
  return `Dòng ${p.line}, cột “${p.field}”: ${message}`;
}

function roleMessage(raw: string | undefined): string {
  const choices = sheetRoles.map((r) => `${roleLabels[r]} (${r})`).join(', ');
  return raw ? `Vai trò “${raw}” không có; hãy ghi một trong: ${choices}` : `Vai trò: cần nhập một trong: ${choices}`;
}

/** A cell as text; numbers in code columns get back the leading zeros Excel dropped. */
function cellValue(k: AccountColumn, cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  const text = String(cell);
  const digits = codeDigits[k];
  if (digits && Number.isInteger(cell) && cell >= 0 && text.length < digits) return text.padStart(digits, '0');
  // A Vietnamese mobile number typed into a number cell: 912345678 was 0912345678.
  if (k === 'phone' && Number.isInteger(cell) && text.length === 9) return `0${text}`;
  return text;
}

/** A worksheet's cells as text, numbers kept as numbers (so lost zeros can be put back). */
function sheetGrid(sheet: Worksheet): Cell[][] {
  const grid: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: Cell[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      row[col - 1] = typeof cell.value === 'number' ? cell.value : cellText(cell.value);
    });
    grid.push(row);
  }
  return grid;
}

const headerSearchRows = 20;

/** The header row among the first rows (people put a title above the table) and each column's index. */
function findHeaderRow(grid: Cell[][]): { index: number; columns: Partial<Record<AccountColumn, number>> } | undefined {
  const folded = new Map(keys.map((k) => [k, [...aliases[k], accountHeader(k), k].map(foldLabel)]));
  for (let i = 0; i < Math.min(grid.length, headerSearchRows); i++) {
    const columns: Partial<Record<AccountColumn, number>> = {};
    (grid[i] ?? []).forEach((cell, col) => {
      const label = foldLabel(String(cell ?? ''));
      const key = keys.find((k) => columns[k] === undefined && folded.get(k)!.includes(label));
      if (key) columns[key] = col;
    });
    if (required.every((k) => columns[k] !== undefined)) return { index: i, columns };
  }
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // The BOM Excel writes ("CSV UTF-8") is dropped by the decoder (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return undefined;
  }
}

/**
 * CSV as RFC 4180 describes it, with the separator guessed from the first line (Excel in a
 * Vietnamese locale writes semicolons): quoted fields may hold separators, doubled quotes and
 * line breaks. Every record sits at the index of the line it starts on, minus one, so a
 * problem names the line a text editor shows; lines taken by a quoted line break stay empty.
 */
export function parseCsv(text: string): string[][] {
  const separator = guessSeparator(text);
  const records: string[][] = [];
  let line = 0;
  let pos = 0;
  while (pos < text.length) {
    const startLine = line;
    const record: string[] = [];
    let field = '';
    let quoted = false;
    let done = false;
    while (pos < text.length && !done) {
      const ch = text[pos]!;
      if (quoted) {
        if (ch === '"' && text[pos + 1] === '"') {
          field += '"';
          pos += 2;
        } else if (ch === '"') {
          quoted = false;
          pos++;
        } else {
          if (ch === '\n' || (ch === '\r' && text[pos + 1] !== '\n')) line++;
          field += ch;
          pos++;
        }
      } else if (ch === '"' && field.trim() === '') {
        quoted = true;
        field = '';
        pos++;
      } else if (ch === separator) {
        record.push(field);
        field = '';
        pos++;
      } else if (ch === '\r' || ch === '\n') {
        pos += ch === '\r' && text[pos + 1] === '\n' ? 2 : 1;
        line++;
        done = true;
      } else {
        field += ch;
        pos++;
      }
    }
    record.push(field);
    records[startLine] = record;
  }
  for (let i = 0; i < records.length; i++) records[i] ??= [];
  return records;
}

/** The separator used most outside quotes in the first lines (a title line above the header has none). */
function guessSeparator(text: string): string {
  let quoted = false;
  let lines = 0;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++lines >= headerSearchRows) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}
