import { bodyInProse, unitOfBody } from '../tenancy/unit-names.js';
import type { Achievement } from './nominations.js';

// "UBND quận/huyện", "Ủy ban nhân dân xã/phường/thị trấn", "UBND tỉnh/thành phố": the catalogue
// names a form by the kind of committee that issues it, for every unit of that kind.
const genericCommittee = /(?:UBND|U[ỷỶ] ban nhân dân)\s+(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)(?:\s*\/\s*(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|tỉnh))+/giu;

/**
 * A form's name as one decision awards it: the generic committee of the catalogue replaced by the
 * committee that issues the decision. "Giấy khen của Chủ tịch UBND quận/huyện" issued by "Ủy ban
 * nhân dân quận Kiến An" → "Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An". A name without a
 * generic committee, or a body that is not a People's Committee, leaves the name as it is.
 */
export function formNameIssuedBy(formName: string, issuingBody: string): string {
  if (!bodyInProse(issuingBody).startsWith('Ủy ban nhân dân ')) return formName;
  const unit = unitOfBody(issuingBody);
  if (!unit) return formName;
  return formName.replace(genericCommittee, `Ủy ban nhân dân ${unit}`);
}

type Subject = Achievement['subject'];

const years = (s: Subject) => (s.fromYear === s.toYear ? `năm ${s.fromYear}` : `giai đoạn ${s.fromYear}–${s.toYear}`);

/** What one subject is rewarded for, in the words of a decision's Article 1 ("đã có thành tích xuất sắc trong …"). */
export function achievementPhrase(s: Subject): string {
  const label = s.label?.trim();
  switch (s.type) {
    case 'programme':
      return `đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp${label ? ` số ${label.replace(/^(chương trình phối hợp\s+)?(số\s+)?/iu, '')}` : ''} ${years(s)}`;
    case 'campaign':
      return `đã có thành tích xuất sắc trong phong trào thi đua${label ? ` “${label}”` : ''} ${years(s)}`;
    case 'conference':
      return `đã có thành tích xuất sắc${label ? `, được biểu dương tại ${label}` : ` ${years(s)}`}`;
    case 'period':
      return `đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc ${years(s)}`;
  }
}

/**
 * What a decision rewards, when all its lines share one achievement subject (a decision after a
 * programme's review usually does); otherwise undefined and the document speaks of the movement.
 * A line whose nomination is unknown (undefined) counts as a different subject.
 */
export function sharedAchievement(subjects: ReadonlyArray<Subject | undefined>): string | undefined {
  const first = subjects[0];
  if (!first || subjects.some((s) => !s || JSON.stringify(s) !== JSON.stringify(first))) return undefined;
  return achievementPhrase(first);
}
