import type { NominationOutput } from '../types';

type Subject = NominationOutput['fields']['achievement']['subject'];

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The body above the issuer in the document's header (Nghị định 30): a district's People's
 * Committee sits under the province's ("UBND THÀNH PHỐ HẢI PHÒNG"), a ward's under the district's;
 * ministries and the State head their own documents.
 */
export function parentBodyOf(level: string, unit: { districtName?: string; provinceName?: string }): string | undefined {
  if (level === 'district' && unit.provinceName) return `UBND ${upper(unit.provinceName)}`;
  if (level === 'ward' && unit.districtName) return `UBND ${upper(unit.districtName)}`;
  return undefined;
}

const years = (s: Subject) => (s.fromYear === s.toYear ? `năm ${s.fromYear}` : `giai đoạn ${s.fromYear}–${s.toYear}`);

/** What one subject is rewarded for, in the words of a decision's Article 1 ("đã có thành tích xuất sắc trong …"). */
function phraseOf(s: Subject): string {
  const label = s.label?.trim();
  switch (s.type) {
    case 'programme':
      return `đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp${label ? ` số ${label}` : ''} ${years(s)}`;
    case 'campaign':
      return `đã có thành tích xuất sắc trong phong trào thi đua${label ? ` “${label}”` : ''} ${years(s)}`;
    case 'conference':
      return `đã có thành tích xuất sắc${label ? `, được biểu dương tại ${label}` : ` ${years(s)}`}`;
    case 'period':
      return `đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc ${years(s)}`;
  }
}

/**
 * What the decision rewards, when all its lines share one achievement subject (a decision after a
 * programme's review usually does); otherwise undefined and the document speaks of the movement.
 */
export function achievementOf(nominationIds: readonly string[], nominations: readonly NominationOutput[]): string | undefined {
  const byId = new Map(nominations.map((n) => [n.nominationId, n.fields.achievement.subject]));
  const subjects = nominationIds.map((id) => byId.get(id));
  const first = subjects[0];
  if (!first || subjects.some((s) => !s || JSON.stringify(s) !== JSON.stringify(first))) return undefined;
  return phraseOf(first);
}
