import { z } from 'zod';
import { isoDate, optionalText, text } from '../common/fields.js';

/**
 * The award forms catalogue (hình thức khen thưởng) as data with effective dates: who issues a
 * form, at which level, to whom, and when it can be issued. District-level authority ended on
 * 30/6/2025, so its forms carry that end date rather than a rule in code.
 */
export const authorityLevels = ['ward', 'district', 'province', 'ministry', 'government'] as const;
export type AuthorityLevel = (typeof authorityLevels)[number];
export const authorityLevelLabels: Record<AuthorityLevel, string> = {
  ward: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ',
  government: 'Nhà nước',
};

export const recipientKinds = ['collective', 'individual', 'household'] as const;
export type RecipientKind = (typeof recipientKinds)[number];
export const recipientKindLabels: Record<RecipientKind, string> = { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' };

export const awardFormKinds = ['certificate', 'flag', 'medal', 'title'] as const;
export const awardFormKindLabels: Record<(typeof awardFormKinds)[number], string> = {
  certificate: 'Giấy khen, bằng khen',
  flag: 'Cờ thi đua',
  medal: 'Kỷ niệm chương',
  title: 'Danh hiệu thi đua',
};

export const awardFormSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,60}$/, 'Mã hình thức gồm chữ thường, số và dấu -'),
  name: text(300, 'Tên hình thức khen thưởng'),
  kind: z.enum(awardFormKinds),
  level: z.enum(authorityLevels),
  /** The body that issues it, e.g. "Chủ tịch UBND quận/huyện" or "Bộ trưởng Bộ Công an". */
  issuer: text(300, 'Thẩm quyền'),
  recipients: z.array(z.enum(recipientKinds)).min(1),
  /** Given at most once to a person (the commemorative medal). */
  oncePerPerson: z.boolean().default(false),
  validFrom: isoDate,
  validTo: isoDate.optional(),
  legalBasis: optionalText(500),
});
export type AwardForm = z.infer<typeof awardFormSchema>;

/** Why a form cannot be issued on a date by an authority, or undefined when it can. */
export function formIssueProblem(form: AwardForm, date: string, authorityLevel: AuthorityLevel): string | undefined {
  if (form.level !== authorityLevel) {
    return `“${form.name}” do ${form.issuer} (${authorityLevelLabels[form.level]}) ban hành, không thuộc thẩm quyền ${authorityLevelLabels[authorityLevel].toLowerCase()}`;
  }
  if (date < form.validFrom) return `“${form.name}” chỉ được ban hành từ ngày ${vietnameseDate(form.validFrom)}`;
  if (form.validTo && date > form.validTo) return `“${form.name}” không còn được ban hành sau ngày ${vietnameseDate(form.validTo)}`;
  return undefined;
}

const vietnameseDate = (iso: string) => iso.split('-').reverse().join('/');
