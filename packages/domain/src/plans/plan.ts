import { z } from 'zod';
import { entityId, isoDate, mutationFields, optionalText, text } from '../common/fields.js';
import type { ReviewedHead, SubmissionMeta } from '../common/workflow.js';
import { criterionCode } from '../criteria/catalogue.js';
import { wardCode } from '../tenancy/codes.js';

/** Kinds of legal documents a plan refers to; numbers are kept verbatim ("15-NQ/ĐU"). */
export const legalDocumentTypes = ['resolution', 'plan', 'decision', 'regulation', 'programme', 'directive', 'other'] as const;
export const legalDocumentTypeLabels: Record<(typeof legalDocumentTypes)[number], string> = {
  resolution: 'Nghị quyết',
  plan: 'Kế hoạch',
  decision: 'Quyết định',
  regulation: 'Quy chế',
  programme: 'Chương trình',
  directive: 'Chỉ thị',
  other: 'Văn bản khác',
};

export const legalReferenceSchema = z.object({
  type: z.enum(legalDocumentTypes, { error: 'Loại văn bản không hợp lệ' }),
  /** Stored exactly as written, e.g. "15-NQ/ĐU" or "Số: 12/QĐ-UBND". */
  number: text(100, 'Số, ký hiệu văn bản'),
  issuer: text(300, 'Cơ quan ban hành'),
  date: isoDate,
  title: optionalText(500),
});
export type LegalReference = z.infer<typeof legalReferenceSchema>;

export const steeringCommitteeSchema = z.object({
  decision: legalReferenceSchema.optional(),
  head: text(200, 'Trưởng ban chỉ đạo'),
  members: z
    .array(z.object({ name: text(200, 'Họ tên'), position: text(200, 'Chức vụ'), organisation: optionalText(300) }))
    .max(60)
    .default([]),
});

export const planActivitySchema = z.object({
  title: text(500, 'Tên hoạt động'),
  ownerOrganisation: text(300, 'Đơn vị chủ trì'),
  dueDate: isoDate,
  description: optionalText(2000),
});

export const planContentSchema = z.object({
  legalReferences: z.array(legalReferenceSchema).max(30).default([]),
  steeringCommittee: steeringCommitteeSchema.optional(),
  activities: z.array(planActivitySchema).max(200).default([]),
  budget: z
    .object({
      amountVnd: z.number().int('Kinh phí tính bằng đồng, không có phần lẻ').min(0).max(1e13),
      source: optionalText(300),
      note: optionalText(1000),
    })
    .optional(),
  targets: z.array(z.object({ criterionCode, target: text(1000, 'Chỉ tiêu') })).max(200).default([]),
  notes: optionalText(5000),
});
export type PlanContent = z.infer<typeof planContentSchema>;

/** What a plan needs before it can be submitted (a draft may be incomplete). */
export function planSubmitProblems(content: PlanContent): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  if (content.legalReferences.length === 0) problems.push({ path: 'content.legalReferences', message: 'Cần ít nhất một văn bản (nghị quyết, kế hoạch…)' });
  if (!content.steeringCommittee) problems.push({ path: 'content.steeringCommittee', message: 'Cần thông tin Ban chỉ đạo' });
  if (content.activities.length === 0) problems.push({ path: 'content.activities', message: 'Cần ít nhất một hoạt động' });
  return problems;
}

const wardTarget = { campaignId: entityId, wardId: wardCode };

export const savePlanInput = z.object({ ...wardTarget, content: planContentSchema, ...mutationFields });
/** `receivedOn`: a coordinator entering a paper plan later gives the day it was actually received. */
export const submitPlanInput = z.object({ ...wardTarget, content: planContentSchema.optional(), receivedOn: isoDate.optional(), ...mutationFields });
export const returnPlanInput = z.object({ ...wardTarget, reason: text(2000, 'Lý do trả lại'), ...mutationFields });
export const approvePlanInput = z.object({ ...wardTarget, note: optionalText(2000), ...mutationFields });
export const wardCampaignInput = z.object(wardTarget);
export const planSubmissionInput = z.object({ ...wardTarget, submission: z.number().int().positive() });

export interface WardPlan extends ReviewedHead {
  content: PlanContent;
}

/** An immutable copy of what a ward sent. */
export interface PlanSubmission extends SubmissionMeta {
  content: PlanContent;
}
