import { z } from 'zod';
import { entityId, isoDate, mutationFields, optionalText, text } from '../common/fields.js';
import type { ReviewedHead, SubmissionMeta } from '../common/workflow.js';
import { criterionCode, statusValues } from '../criteria/catalogue.js';
import type { CriterionValue } from '../criteria/score.js';
import { wardCode } from '../tenancy/codes.js';

export const criterionValueSchema = z.union([
  z.object({ status: z.enum(statusValues, { error: 'Mức đánh giá là Đạt, Cơ bản đạt hoặc Chưa đạt' }) }),
  z.object({ points: z.number().min(0, 'Điểm không được âm') }),
]);

export const assessmentEntrySchema = z.object({
  criterionCode,
  value: criterionValueSchema,
  evidence: optionalText(4000),
});
export type AssessmentEntry = z.infer<typeof assessmentEntrySchema>;

const entries = z
  .array(assessmentEntrySchema)
  .max(200)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.criterionCode)) ctx.addIssue({ code: 'custom', path: [i, 'criterionCode'], message: `Tiêu chí ${e.criterionCode} bị nhập hai lần` });
      seen.add(e.criterionCode);
    });
  });

const wardTarget = { campaignId: entityId, wardId: wardCode };

export const saveAssessmentInput = z.object({ ...wardTarget, entries, ...mutationFields });
/** `receivedOn`: a coordinator entering a paper self-assessment later gives the day it was actually received. */
export const submitAssessmentInput = z.object({ ...wardTarget, entries: entries.optional(), receivedOn: isoDate.optional(), ...mutationFields });
export const returnAssessmentInput = z.object({ ...wardTarget, reason: text(2000, 'Lý do trả lại'), ...mutationFields });
/** The district accepts, as the ward reported them, every criterion it has not verified yet. */
export const acceptRemainingInput = z.object({ ...wardTarget, ...mutationFields });

/** The district's verdict on one criterion: accept the ward's value, or adjust it with a note. */
export const verifyCriterionInput = z
  .object({
    ...wardTarget,
    criterionCode,
    decision: z.enum(['accept', 'adjust']),
    value: criterionValueSchema.optional(),
    note: optionalText(2000),
    ...mutationFields,
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'adjust' && !v.value) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Cần nhập kết quả điều chỉnh' });
    if (v.decision === 'adjust' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Cần ghi lý do điều chỉnh' });
  });

export interface Verification {
  value: CriterionValue;
  decision: 'accept' | 'adjust';
  note?: string;
  by: string;
  at: string;
}

export interface WardAssessment extends ReviewedHead {
  entries: AssessmentEntry[];
  verifications: Record<string, Verification>;
}

export interface AssessmentSubmission extends SubmissionMeta {
  entries: AssessmentEntry[];
}
