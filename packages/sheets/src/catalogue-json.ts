import { catalogueContentSchema, type CatalogueContent } from '@antq/domain';
import { jsonErrorOffset } from './json-position.js';
import type { CatalogueImport, SchemaIssue, SheetProblem } from './problems.js';

/** The catalogue as pretty-printed JSON, the form a district keeps under version control or mails. */
export function catalogueToJson(content: CatalogueContent): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

/**
 * Reads a catalogue from JSON text: the content itself, or an object holding it under
 * `content` (as a catalogue version read from the API is), validated with the domain schema.
 */
export function catalogueFromJson(text: string): CatalogueImport {
  const source = text.replace(/^\uFEFF/, ''); // Windows editors prepend a byte-order mark
  if (!source.trim()) return fail({ message: 'Tệp JSON rỗng.' });
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return fail({ message: invalidJsonMessage(source) });
  }
  const candidate = isObject(raw) && !('groups' in raw) && isObject(raw.content) ? raw.content : raw;
  const parsed = catalogueContentSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, content: parsed.data };
  if (!isObject(candidate)) return fail({ message: 'Tệp JSON phải là một bộ tiêu chí dạng {"title": …, "groups": […]}.' });
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ message: `${where(issue, candidate)}${issueMessage(issue)}` })) };
}

const fail = (p: SheetProblem): CatalogueImport => ({ ok: false, problems: [p] });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON.parse reports an offset, if at all, in English; a person needs the line and column. */
function invalidJsonMessage(source: string): string {
  const hint = 'Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép.';
  const offset = jsonErrorOffset(source);
  if (offset === undefined) return `Tệp không phải JSON hợp lệ. ${hint}`;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `Tệp không phải JSON hợp lệ: lỗi gần dòng ${line}, cột ${column}. ${hint}`;
}

const fieldNames: Record<string, string> = {
  title: 'tên',
  description: 'mô tả',
  code: 'mã',
  text: 'nội dung',
  scoring: 'cách chấm',
  kind: 'loại',
  max: 'điểm tối đa',
  evidenceHint: 'gợi ý minh chứng',
  criteria: 'danh sách tiêu chí',
  groups: 'danh sách nhóm',
};

/** "Nhóm 2 (mã 2), tiêu chí 3 (mã 2.3), nội dung: " from a path like groups.1.criteria.2.text. */
function where(issue: SchemaIssue, root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  issue.path.forEach((key, i) => {
    node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (typeof key === 'number') {
      const code = isObject(node) && typeof node.code === 'string' ? ` (mã ${node.code})` : '';
      parts.push(`${issue.path[i - 1] === 'groups' ? 'Nhóm' : 'tiêu chí'} ${key + 1}${code}`);
    } else if (typeof issue.path[i + 1] !== 'number') {
      // "groups" and "criteria" followed by an index read better as "Nhóm 2, tiêu chí 3".
      parts.push(i === 0 && key === 'title' ? 'Tên bộ tiêu chí' : (fieldNames[String(key)] ?? String(key)));
    }
  });
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** zod's own messages are English; the ones a hand-written JSON file triggers get Vietnamese. */
function issueMessage(issue: SchemaIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = ({ string: 'chuỗi ký tự', number: 'số', object: 'đối tượng {…}', array: 'danh sách […]' } as Record<string, string>)[
      issue.expected
    ];
    return `thiếu hoặc sai kiểu dữ liệu${expected ? ` (cần ${expected})` : ''}`;
  }
  if (issue.code === 'invalid_union') return 'cách chấm phải là {"kind":"status"} hoặc {"kind":"points","max":<số>}';
  if (issue.code === 'unrecognized_keys') return `có trường không dùng: ${issue.keys.join(', ')}`;
  return issue.message;
}
