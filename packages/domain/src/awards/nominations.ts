import { z } from 'zod';
import { entityId, isoDate, optionalText, text } from '../common/fields.js';
import { wardCode } from '../tenancy/codes.js';
import { type AuthorityLevel, authorityLevels } from './forms.js';

/** Who is nominated: a collective (ward, residential group, organisation, team), an individual, or a household. */
export const recipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collective'), name: text(300, 'Tên tập thể'), collectiveType: optionalText(100) }),
  z.object({
    kind: z.literal('individual'),
    name: text(200, 'Họ tên'),
    position: optionalText(200),
    unit: text(300, 'Đơn vị công tác'),
    birthYear: z.number().int().min(1900).max(2100).optional(),
  }),
  z.object({ kind: z.literal('household'), name: text(200, 'Chủ hộ'), address: text(300, 'Địa chỉ') }),
]);
export type Recipient = z.infer<typeof recipientSchema>;

/** What the achievement is for: a campaign, a programme, a review conference, or a period. */
export const achievementSchema = z.object({
  summary: text(4000, 'Thành tích'),
  subject: z.object({
    type: z.enum(['campaign', 'programme', 'conference', 'period']),
    refId: entityId.optional(),
    label: optionalText(300),
    fromYear: z.number().int().min(1945).max(2100),
    toYear: z.number().int().min(1945).max(2100),
  }),
});
export type Achievement = z.infer<typeof achievementSchema>;

export const nominationFieldsSchema = z.object({
  /** Nominated by a ward (its officer) or by the district. */
  wardId: wardCode.optional(),
  recipient: recipientSchema,
  achievement: achievementSchema,
  proposedFormCode: z.string().min(2),
  attachments: z.array(z.object({ title: text(300, 'Tên tài liệu'), documentNumber: optionalText(100) })).max(50).default([]),
  /**
   * The person is not the one already given a once-only award under the same name and unit (the
   * nomination or that award lacks a birth year, so the two cannot be told apart): confirmed by
   * whoever nominates, and kept with the nomination and in the audit.
   */
  confirmPossibleDuplicate: z.boolean().optional(),
});
export type NominationFields = z.infer<typeof nominationFieldsSchema>;

export const decisionFieldsSchema = z.object({
  authorityLevel: z.enum(authorityLevels),
  issuingBody: text(300, 'Cơ quan ban hành'),
  /** Kept verbatim, e.g. "Số: 1234/QĐ-UBND". */
  number: text(100, 'Số quyết định'),
  date: isoDate,
  place: text(100, 'Địa danh'),
  signer: z.object({ name: text(200, 'Người ký'), title: text(200, 'Chức vụ người ký') }),
  lines: z.array(z.object({ nominationId: entityId, formCode: z.string().min(2) })).min(1, 'Quyết định cần ít nhất một người/tập thể được khen'),
});
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

const normal = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Who a recipient is, for the rules: the same person or collective however the name was typed. */
export function recipientKey(r: Recipient): string {
  switch (r.kind) {
    case 'collective':
      return `collective:${normal(r.name)}`;
    case 'individual':
      return `individual:${normal(r.name)}:${r.birthYear ?? normal(r.unit)}`;
    case 'household':
      return `household:${normal(r.name)}:${normal(r.address)}`;
  }
}

/**
 * Who a person is when a field may be missing: the same normalised name and unit. Two people with
 * this key are likely the same person unless both birth years are known and differ.
 */
export function personMatchKey(r: Recipient): string | undefined {
  return r.kind === 'individual' ? `${normal(r.name)}|${normal(r.unit)}` : undefined;
}

/** Whether two recipients with the same `personMatchKey` may be one person (only two known, different birth years tell them apart). */
export function maybeSamePerson(a: { birthYear?: number }, b: { birthYear?: number }): boolean {
  return a.birthYear === undefined || b.birthYear === undefined || a.birthYear === b.birthYear;
}

/** "Ông/bà Trần Văn Bình", "Hộ ông/bà Lê Văn C", "Tổ dân phố 3": how a rule's message names a recipient. */
export function recipientTitle(r: Pick<Recipient, 'kind' | 'name'>): string {
  return r.kind === 'individual' ? `Ông/bà ${r.name}` : r.kind === 'household' ? `Hộ ông/bà ${r.name}` : r.name;
}

/** "Quyết định số 77/QĐ-BCA ngày 30/05/2023": the number as typed, without a leading "Số:". */
export function decisionReference(d: { number: string; date: string }): string {
  const number = d.number.normalize('NFC').replace(/^\s*số\s*:?\s*/iu, '').trim();
  return `Quyết định số ${number} ngày ${d.date.split('-').reverse().join('/')}`;
}

/**
 * One achievement: a recipient and what it is rewarded for. The law (06/2022/QH15) says one
 * achievement is not rewarded several times or with several forms; this key is what makes
 * "the same achievement" checkable.
 */
export function achievementKey(r: Recipient, a: Achievement): string {
  const s = a.subject;
  return `${recipientKey(r)}|${s.type}:${s.refId ?? normal(s.label)}:${s.fromYear}-${s.toYear}`;
}

export type NominationStatus = 'draft' | 'submitted' | 'accepted' | 'returned' | 'awarded';
export const nominationStatusLabels: Record<NominationStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Chờ xét',
  accepted: 'Đã chấp thuận',
  returned: 'Bị trả lại',
  awarded: 'Đã có quyết định',
};

export type { AuthorityLevel };
